import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsUUID, MaxLength } from 'class-validator';
import { ListFilter } from '../../../graphql/list';
import { DateBound, DateOrDateTime } from '../../../graphql/date-range';
import { MovementKind, StockDocumentType } from '../stock.enums';

@InputType()
export class StockBalanceFilter extends ListFilter {
  @Field(() => ID, { nullable: true }) @IsUUID() partId?: string;
  @Field(() => ID, { nullable: true }) @IsUUID() warehouseId?: string;
  @Field(() => ID, { nullable: true, description: 'The warehouses of this station' }) @IsUUID() stationId?: string;
  @Field({ nullable: true, description: 'Only what is (true) or is not (false) on hand' }) inStock?: boolean;
}

@InputType()
export class StockMovementFilter extends ListFilter {
  @Field(() => ID, { nullable: true }) @IsUUID() partId?: string;
  @Field(() => ID, { nullable: true }) @IsUUID() warehouseId?: string;
  @Field(() => ID, { nullable: true, description: 'The warehouses of this station' }) @IsUUID() stationId?: string;
  @Field(() => MovementKind, { nullable: true }) kind?: MovementKind;
  @Field(() => [MovementKind], { nullable: true }) @ArrayMaxSize(20) kinds?: MovementKind[];
  @Field(() => StockDocumentType, { nullable: true }) documentType?: StockDocumentType;
  @Field(() => ID, { nullable: true }) @IsUUID() documentId?: string;
  @Field({ nullable: true }) @MaxLength(20) documentNumber?: string;
  @Field(() => ID, { nullable: true }) @IsUUID() serviceOrderId?: string;
  @Field(() => DateOrDateTime, { nullable: true }) atFrom?: DateBound;
  @Field(() => DateOrDateTime, { nullable: true }) atTo?: DateBound;
}
