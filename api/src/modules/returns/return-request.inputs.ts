import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayNotEmpty, IsNotEmpty, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { ListFilter } from '../../graphql/list';
import { DateBound, DateOrDateTime } from '../../graphql/date-range';
import { IsAmount, IsPhone } from '../../common/validators';
import { ReturnKind, ReturnStatus } from './return-request.enums';

@InputType({ description: 'A line: a serialised unit, or a quantity of a product' })
export class ReturnLineInput {
  @Field(() => ID, { nullable: true, description: 'The unit (then its product, quantity 1)' }) @IsUUID() productUnitId?: string;
  @Field(() => ID, { nullable: true, description: 'A product without a unit' }) @IsUUID() productId?: string;
  @Field(() => Int, { defaultValue: 1 }) @Min(1) @Max(1000) quantity!: number;
  @Field(() => Float, { nullable: true, description: '单价 Price paid per piece (default: the product’s list price)' }) @IsAmount() unitPrice?: number;
  @Field(() => Float, { nullable: true, description: 'Refund asked (default: quantity × unit price; nothing for an exchange)' }) @IsAmount() refundAmount?: number;
}

@InputType()
export class ReturnRequestCreateInput {
  @Field(() => ReturnKind) kind!: ReturnKind;
  @Field(() => ID, { nullable: true, description: 'Start from a service order: its customer, unit and station, and the 三包 exchange or return it offers' })
  @IsUUID()
  serviceOrderId?: string;
  @Field(() => ID, { nullable: true, description: 'Required unless a service order is given' }) @IsUUID() customerId?: string;
  @Field(() => String, { nullable: true, description: 'Defaults to the customer’s name' }) @MaxLength(100) contactName?: string;
  @Field(() => String, { nullable: true, description: 'Defaults to the customer’s mobile' }) @IsPhone() @MaxLength(20) contactPhone?: string;
  @Field(() => ID, { description: '售后原因 An active after-sales reason code' }) @IsUUID() reasonCodeId!: string;
  @Field(() => String, { nullable: true }) @MaxLength(2000) description?: string;
  @Field(() => String, { nullable: true, description: '订单编号 The sales order at the seller' }) @MaxLength(40) salesOrderNumber?: string;
  @Field(() => LocalDateResolver, { nullable: true, description: '签收日期 For lines without a unit (a unit brings its own)' }) deliveredOn?: string;
  @Field(() => ID, { nullable: true, description: 'The station taking the goods back (default: the order’s, or yours)' }) @IsUUID() stationId?: string;
  @Field(() => [ReturnLineInput], { nullable: true, description: 'Default, from a service order: its unit at its product’s list price' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  lines?: ReturnLineInput[];
  @Field(() => String, { nullable: true, description: 'Internal note, not shown to partners or customers' }) @MaxLength(2000) note?: string;
}

@InputType()
export class ReturnApproveInput {
  @Field(() => String, { nullable: true, description: '退货地址 Where the customer sends the goods' }) @MaxLength(200) returnAddress?: string;
  @Field(() => String, { nullable: true }) @MaxLength(2000) note?: string;
}

@InputType()
export class LineRefundInput {
  @Field(() => ID) @IsUUID() lineId!: string;
  @Field(() => Float) @IsAmount() refundAmount!: number;
}

@InputType({ description: 'Operations change the refund: a reason is required (audited, and shown to the customer)' })
export class RefundChangeInput {
  @Field(() => [LineRefundInput]) @ArrayNotEmpty() @ArrayMaxSize(50) @ValidateNested({ each: true }) lines!: LineRefundInput[];
  @Field() @IsNotEmpty() @MaxLength(2000) reason!: string;
}

@InputType()
export class ReturnShipmentInput {
  @Field() @IsNotEmpty() @MaxLength(40) logisticsCompany!: string;
  @Field() @IsNotEmpty() @MaxLength(60) logisticsNumber!: string;
}

@InputType()
export class ReceiveGoodsInput {
  @Field(() => ID, { description: 'A warehouse of the request’s station (the office: any)' }) @IsUUID() warehouseId!: string;
  @Field(() => String, { nullable: true }) @MaxLength(2000) note?: string;
}

@InputType()
export class RefundInput {
  @Field({ description: '退款流水号 The payment’s reference' }) @IsNotEmpty() @MaxLength(60) reference!: string;
  @Field(() => String, { nullable: true }) @MaxLength(2000) note?: string;
}

@InputType({ description: 'The replacement of one line that has a unit: a new unit, linked to the one it replaces' })
export class ReplacementUnitInput {
  @Field(() => ID) @IsUUID() lineId!: string;
  @Field({ description: 'The replacement’s serial number' }) @IsNotEmpty() @MaxLength(60) serialNumber!: string;
  @Field(() => ID, { nullable: true, description: 'Another model when the same is no longer made (default: the same product)' }) @IsUUID() productId?: string;
}

@InputType()
export class ShipReplacementInput {
  @Field(() => ID, { description: 'The warehouse the replacement leaves' }) @IsUUID() warehouseId!: string;
  @Field(() => [ReplacementUnitInput], { description: 'One per line with a unit' }) @ArrayMaxSize(50) @ValidateNested({ each: true }) replacements!: ReplacementUnitInput[];
  @Field(() => String, { nullable: true }) @MaxLength(60) logisticsNumber?: string;
  @Field(() => String, { nullable: true }) @MaxLength(2000) note?: string;
}

@InputType()
export class ReturnRequestFilter extends ListFilter {
  @Field({ nullable: true }) @MaxLength(20) number?: string;
  @Field(() => ReturnKind, { nullable: true }) kind?: ReturnKind;
  @Field(() => [ReturnKind], { nullable: true }) @ArrayMaxSize(10) kinds?: ReturnKind[];
  @Field(() => ReturnStatus, { nullable: true }) status?: ReturnStatus;
  @Field(() => [ReturnStatus], { nullable: true }) @ArrayMaxSize(20) statuses?: ReturnStatus[];
  @Field(() => ID, { nullable: true }) @IsUUID() customerId?: string;
  @Field(() => ID, { nullable: true }) @IsUUID() serviceOrderId?: string;
  @Field(() => ID, { nullable: true }) @IsUUID() stationId?: string;
  @Field(() => ID, { nullable: true, description: 'Requests with a line of this unit' }) @IsUUID() productUnitId?: string;
  @Field(() => ID, { nullable: true }) @IsUUID() reasonCodeId?: string;
  @Field(() => ID, { nullable: true, description: 'Requests filed by this partner key' }) @IsUUID() createdByApiKeyId?: string;
  @Field({ nullable: true }) @MaxLength(40) salesOrderNumber?: string;
  @Field({ nullable: true, description: 'In a final state: rejected, completed or cancelled' }) closed?: boolean;
  @Field({ nullable: true, description: '待我处理 Waiting for a step you may take (your review queue)' }) awaitingMe?: boolean;
  @Field(() => DateOrDateTime, { nullable: true }) createdFrom?: DateBound;
  @Field(() => DateOrDateTime, { nullable: true }) createdTo?: DateBound;
  @Field(() => DateOrDateTime, { nullable: true }) completedFrom?: DateBound;
  @Field(() => DateOrDateTime, { nullable: true }) completedTo?: DateBound;
  @Field(() => DateOrDateTime, { nullable: true, description: 'Refunded from (the refund step’s time)' }) refundedFrom?: DateBound;
  @Field(() => DateOrDateTime, { nullable: true }) refundedTo?: DateBound;
}
