import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayNotEmpty, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ListFilter } from '../../../graphql/list';
import { DateBound, DateOrDateTime } from '../../../graphql/date-range';
import { MAX_LINE_QUANTITY, MAX_LINES, StockLineInput } from '../documents/document.inputs';
import { BorrowingStatus } from '../stock.enums';

@InputType()
export class BorrowingCreateInput {
  @Field(() => ID) @IsUUID() warehouseId!: string;
  @Field(() => ID) @IsUUID() technicianId!: string;
  @Field(() => String, { nullable: true }) @MaxLength(200) purpose?: string;
  @Field(() => [StockLineInput]) @ArrayNotEmpty() @ArrayMaxSize(200) @ValidateNested({ each: true }) lines!: StockLineInput[];
  @Field(() => String, { nullable: true }) @MaxLength(2000) note?: string;
}

@InputType()
export class BorrowingReturnLineInput {
  @Field(() => ID) @IsUUID() lineId!: string;
  @Field(() => Int) @Min(1) @Max(MAX_LINE_QUANTITY) quantity!: number;
}

@InputType({ description: 'What comes back; without lines, everything still out' })
export class BorrowingReturnInput {
  @Field(() => [BorrowingReturnLineInput], { nullable: true }) @ArrayMaxSize(MAX_LINES) @ValidateNested({ each: true }) lines?: BorrowingReturnLineInput[];
  @Field(() => String, { nullable: true }) @MaxLength(2000) note?: string;
}

@InputType()
export class BorrowingFilter extends ListFilter {
  @Field(() => BorrowingStatus, { nullable: true }) status?: BorrowingStatus;
  @Field(() => [BorrowingStatus], { nullable: true }) @ArrayMaxSize(10) statuses?: BorrowingStatus[];
  @Field(() => ID, { nullable: true }) @IsUUID() stationId?: string;
  @Field(() => ID, { nullable: true }) @IsUUID() warehouseId?: string;
  @Field(() => ID, { nullable: true }) @IsUUID() technicianId?: string;
  @Field({ nullable: true, description: 'Past the return date with parts still out' }) late?: boolean;
  @Field(() => DateOrDateTime, { nullable: true }) createdFrom?: DateBound;
  @Field(() => DateOrDateTime, { nullable: true }) createdTo?: DateBound;
}
