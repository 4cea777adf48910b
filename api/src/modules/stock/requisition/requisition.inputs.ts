import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayNotEmpty, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ListFilter } from '../../../graphql/list';
import { DateBound, DateOrDateTime } from '../../../graphql/date-range';
import { MAX_LINE_QUANTITY, MAX_LINES, StockLineInput } from '../documents/document.inputs';
import { RequisitionStatus } from '../stock.enums';

@InputType()
export class RequisitionCreateInput {
  @Field(() => ID, { description: 'The parts warehouse of the technician’s station' }) @IsUUID() warehouseId!: string;
  @Field(() => ID, { description: 'Who the parts are issued to' }) @IsUUID() technicianId!: string;
  @Field(() => ID, { nullable: true, description: 'The service order they are for' }) @IsUUID() serviceOrderId?: string;
  @Field(() => [StockLineInput]) @ArrayNotEmpty() @ArrayMaxSize(200) @ValidateNested({ each: true }) lines!: StockLineInput[];
  @Field(() => String, { nullable: true }) @MaxLength(2000) note?: string;
}

@InputType({ description: 'What comes back on a requisition line' })
export class RequisitionReturnLineInput {
  @Field(() => ID) @IsUUID() lineId!: string;
  @Field(() => Int, { nullable: true, description: 'Unused parts back into the warehouse' }) @Min(0) @Max(MAX_LINE_QUANTITY) unused?: number;
  @Field(() => Int, { nullable: true, description: 'Old parts the used ones replaced, into the old-parts warehouse' }) @Min(0) @Max(MAX_LINE_QUANTITY) oldParts?: number;
}

@InputType()
export class RequisitionReturnInput {
  @Field(() => [RequisitionReturnLineInput]) @ArrayNotEmpty() @ArrayMaxSize(MAX_LINES) @ValidateNested({ each: true }) lines!: RequisitionReturnLineInput[];
  @Field(() => ID, { nullable: true, description: 'Where old parts go; defaults to the station’s old-parts warehouse' }) @IsUUID() oldPartsWarehouseId?: string;
  @Field(() => String, { nullable: true }) @MaxLength(2000) note?: string;
}

@InputType()
export class RequisitionFilter extends ListFilter {
  @Field(() => RequisitionStatus, { nullable: true }) status?: RequisitionStatus;
  @Field(() => [RequisitionStatus], { nullable: true }) @ArrayMaxSize(10) statuses?: RequisitionStatus[];
  @Field(() => ID, { nullable: true }) @IsUUID() stationId?: string;
  @Field(() => ID, { nullable: true }) @IsUUID() warehouseId?: string;
  @Field(() => ID, { nullable: true }) @IsUUID() technicianId?: string;
  @Field(() => ID, { nullable: true }) @IsUUID() serviceOrderId?: string;
  @Field({ nullable: true, description: 'Past the return date with parts still held or old parts due' }) late?: boolean;
  @Field(() => DateOrDateTime, { nullable: true }) createdFrom?: DateBound;
  @Field(() => DateOrDateTime, { nullable: true }) createdTo?: DateBound;
}
