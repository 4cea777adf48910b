import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { ListFilter } from '../../../graphql/list';
import { DateBound, DateOrDateTime } from '../../../graphql/date-range';
import { MAX_LINES, StockLineInput } from '../documents/document.inputs';
import { TransferStatus } from '../stock.enums';

@InputType()
export class StockTransferCreateInput {
  @Field(() => ID, { description: '调出 The warehouse the parts leave' }) @IsUUID() warehouseId!: string;
  @Field(() => ID, { description: '调入 The warehouse they go to (of the same kind)' }) @IsUUID() toWarehouseId!: string;
  @Field(() => [StockLineInput], { nullable: true }) @ArrayMaxSize(MAX_LINES) @ValidateNested({ each: true }) lines?: StockLineInput[];
  @Field(() => [ID], { nullable: true, description: 'Awaited order lines at the destination’s station this transfer brings (their parts are added to the lines)' })
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  awaitedPartIds?: string[];
  @Field(() => String, { nullable: true }) @MaxLength(2000) note?: string;
}

@InputType()
export class StockTransferFilter extends ListFilter {
  @Field(() => TransferStatus, { nullable: true }) status?: TransferStatus;
  @Field(() => [TransferStatus], { nullable: true }) @ArrayMaxSize(10) statuses?: TransferStatus[];
  @Field(() => ID, { nullable: true, description: 'Leaving or going to this station' }) @IsUUID() stationId?: string;
  @Field(() => ID, { nullable: true, description: 'Leaving or going to this warehouse' }) @IsUUID() warehouseId?: string;
  @Field(() => DateOrDateTime, { nullable: true }) createdFrom?: DateBound;
  @Field(() => DateOrDateTime, { nullable: true }) createdTo?: DateBound;
}
