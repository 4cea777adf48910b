import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, ArrayNotEmpty, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { ListFilter } from '../../../graphql/list';
import { DateBound, DateOrDateTime } from '../../../graphql/date-range';
import { CostedLineInput, MAX_LINES } from '../documents/document.inputs';
import { StockInKind, StockInStatus } from '../stock.enums';

@InputType()
export class StockInCreateInput {
  @Field(() => StockInKind) kind!: StockInKind;
  @Field(() => ID, { description: 'A parts warehouse; an old-parts warehouse for OLD_PART_IN' }) @IsUUID() warehouseId!: string;
  @Field(() => ID, { nullable: true, description: 'The service order the parts come back from' }) @IsUUID() serviceOrderId?: string;
  @Field(() => [CostedLineInput]) @ArrayNotEmpty() @ArrayMaxSize(MAX_LINES) @ValidateNested({ each: true }) lines!: CostedLineInput[];
  @Field(() => String, { nullable: true }) @MaxLength(2000) note?: string;
}

@InputType()
export class StockInFilter extends ListFilter {
  @Field(() => StockInStatus, { nullable: true }) status?: StockInStatus;
  @Field(() => [StockInStatus], { nullable: true }) @ArrayMaxSize(10) statuses?: StockInStatus[];
  @Field(() => StockInKind, { nullable: true }) kind?: StockInKind;
  @Field(() => ID, { nullable: true }) @IsUUID() stationId?: string;
  @Field(() => ID, { nullable: true }) @IsUUID() warehouseId?: string;
  @Field(() => ID, { nullable: true }) @IsUUID() serviceOrderId?: string;
  @Field(() => DateOrDateTime, { nullable: true }) createdFrom?: DateBound;
  @Field(() => DateOrDateTime, { nullable: true }) createdTo?: DateBound;
}
