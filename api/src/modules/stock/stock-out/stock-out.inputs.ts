import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, ArrayNotEmpty, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { ListFilter } from '../../../graphql/list';
import { DateBound, DateOrDateTime } from '../../../graphql/date-range';
import { MAX_LINES, StockLineInput } from '../documents/document.inputs';
import { StockOutKind, StockOutStatus } from '../stock.enums';

@InputType()
export class StockOutCreateInput {
  @Field(() => StockOutKind) kind!: StockOutKind;
  @Field(() => ID, { description: 'Sales and exchanges leave a parts warehouse; losses and returns to the maker either kind' })
  @IsUUID()
  warehouseId!: string;
  @Field(() => ID, { nullable: true }) @IsUUID() serviceOrderId?: string;
  @Field(() => String, { nullable: true }) @MaxLength(100) recipient?: string;
  @Field(() => [StockLineInput]) @ArrayNotEmpty() @ArrayMaxSize(MAX_LINES) @ValidateNested({ each: true }) lines!: StockLineInput[];
  @Field(() => String, { nullable: true }) @MaxLength(2000) note?: string;
}

@InputType()
export class StockOutFilter extends ListFilter {
  @Field(() => StockOutStatus, { nullable: true }) status?: StockOutStatus;
  @Field(() => [StockOutStatus], { nullable: true }) @ArrayMaxSize(10) statuses?: StockOutStatus[];
  @Field(() => StockOutKind, { nullable: true }) kind?: StockOutKind;
  @Field(() => ID, { nullable: true }) @IsUUID() stationId?: string;
  @Field(() => ID, { nullable: true }) @IsUUID() warehouseId?: string;
  @Field(() => ID, { nullable: true }) @IsUUID() serviceOrderId?: string;
  @Field(() => DateOrDateTime, { nullable: true }) createdFrom?: DateBound;
  @Field(() => DateOrDateTime, { nullable: true }) createdTo?: DateBound;
}
