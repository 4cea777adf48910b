import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { ArrayMaxSize, ArrayNotEmpty, IsNotEmpty, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ListFilter } from '../../../graphql/list';
import { DateBound, DateOrDateTime } from '../../../graphql/date-range';
import { IsAmount } from '../../../common/validators';
import { CostedLineInput, MAX_LINE_QUANTITY, MAX_LINES } from '../documents/document.inputs';
import { PurchaseOrderStatus } from '../stock.enums';

@InputType()
export class PurchaseOrderCreateInput {
  @Field(() => ID, { description: 'The parts warehouse it is for' }) @IsUUID() warehouseId!: string;
  @Field({ description: '供应商 Supplier' }) @IsNotEmpty() @MaxLength(100) supplier!: string;
  @Field(() => ID, { nullable: true }) @IsUUID() manufacturerId?: string;
  @Field(() => LocalDateResolver, { nullable: true }) expectedOn?: string;
  @Field(() => [CostedLineInput], { nullable: true, description: 'Lines at their price (the part’s cost price when none is given)' })
  @ArrayMaxSize(MAX_LINES)
  @ValidateNested({ each: true })
  lines?: CostedLineInput[];
  @Field(() => [ID], { nullable: true, description: 'Awaited order lines of the warehouse’s station it brings (their parts are added to the lines)' })
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  awaitedPartIds?: string[];
  @Field(() => String, { nullable: true }) @MaxLength(2000) note?: string;
}

@InputType({ description: 'A delivery of a line' })
export class PurchaseReceiptLineInput {
  @Field(() => ID) @IsUUID() lineId!: string;
  @Field(() => Int) @Min(1) @Max(MAX_LINE_QUANTITY) quantity!: number;
  @Field(() => Float, { nullable: true, description: 'The received cost per unit; defaults to the ordered price' }) @IsAmount() unitCost?: number;
}

@InputType({ description: 'What came in; without lines, everything outstanding at the ordered prices' })
export class PurchaseReceiptInput {
  @Field(() => [PurchaseReceiptLineInput], { nullable: true }) @ArrayMaxSize(MAX_LINES) @ValidateNested({ each: true }) lines?: PurchaseReceiptLineInput[];
  @Field(() => String, { nullable: true }) @MaxLength(2000) note?: string;
}

@InputType({ description: 'A shortage to order' })
export class ShortageOrderLineInput {
  @Field(() => ID) @IsUUID() partId!: string;
  @Field(() => ID) @IsUUID() warehouseId!: string;
  @Field(() => Int, { nullable: true, description: 'Defaults to the suggested quantity' }) @Min(1) @Max(MAX_LINE_QUANTITY) quantity?: number;
}

@InputType()
export class ShortagePurchaseInput {
  @Field(() => [ShortageOrderLineInput]) @ArrayNotEmpty() @ArrayMaxSize(MAX_LINES) @ValidateNested({ each: true }) items!: ShortageOrderLineInput[];
  @Field({ description: '供应商 Supplier' }) @IsNotEmpty() @MaxLength(100) supplier!: string;
  @Field(() => LocalDateResolver, { nullable: true }) expectedOn?: string;
  @Field(() => String, { nullable: true }) @MaxLength(2000) note?: string;
}

@InputType()
export class PurchaseOrderFilter extends ListFilter {
  @Field(() => PurchaseOrderStatus, { nullable: true }) status?: PurchaseOrderStatus;
  @Field(() => [PurchaseOrderStatus], { nullable: true }) @ArrayMaxSize(10) statuses?: PurchaseOrderStatus[];
  @Field(() => ID, { nullable: true }) @IsUUID() stationId?: string;
  @Field(() => ID, { nullable: true }) @IsUUID() warehouseId?: string;
  @Field(() => ID, { nullable: true }) @IsUUID() manufacturerId?: string;
  @Field(() => DateOrDateTime, { nullable: true }) createdFrom?: DateBound;
  @Field(() => DateOrDateTime, { nullable: true }) createdTo?: DateBound;
}
