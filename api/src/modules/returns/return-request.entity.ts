import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { BaseEntity } from '../../common/base.entity';
import { CalendarDate, Money } from '../../common/columns';
import { ApiKey } from '../auth/api-key.entity';
import { Code } from '../code-table/code.entity';
import { Customer } from '../customer/customer.entity';
import { Product } from '../product/product.entity';
import { ProductUnit } from '../product/product-unit.entity';
import { ServiceOrder } from '../service-order/service-order.entity';
import { ServiceStation } from '../station/service-station.entity';
import { Warehouse } from '../station/warehouse.entity';
import { ReturnKind, ReturnStatus } from './return-request.enums';

const restrict = { nullable: true, ref: true, deleteRule: 'restrict' } as const;

/**
 * 退换货申请 (售后单): a refund, a return and refund, or an exchange, from filing through the two
 * reviews, the goods coming back and the refund or the replacement. Its status changes only
 * through its lifecycle; its totals follow from its lines.
 */
@Entity({ tableName: 'return_request' })
@Index({ properties: ['status', 'createdAt'] })
@Index({ properties: ['station', 'status'] })
@Index({ properties: ['customer', 'createdAt'] })
@Index({ properties: ['createdAt'] })
@ObjectType({ simpleResolvers: true, description: '退换货申请 Return, refund or exchange request' })
export class ReturnRequest extends BaseEntity {
  @Field({ description: '售后单号 Number, e.g. RR-2026-000123 (consecutive per year)' })
  @Property({ length: 20, unique: true })
  number!: string;

  @Field(() => ReturnKind)
  @Enum({ items: () => ReturnKind })
  kind!: ReturnKind;

  @Field(() => ReturnStatus)
  @Enum({ items: () => ReturnStatus })
  status: ReturnStatus = ReturnStatus.PENDING_REVIEW;

  @ManyToOne(() => Customer, { ref: true, deleteRule: 'restrict' })
  customer!: Ref<Customer>;

  @Field(() => ID)
  get customerId(): string {
    return this.customer.id;
  }

  @Field({ description: '联系人 Contact name (masked for partners)' })
  @Property({ length: 100 })
  contactName!: string;

  @Field({ description: '联系电话 Contact phone (masked for partners); its last four digits open the tracking page' })
  @Property({ length: 20 })
  @Index()
  contactPhone!: string;

  @ManyToOne(() => ServiceOrder, restrict)
  @Index()
  serviceOrder?: Ref<ServiceOrder> | null;

  @Field(() => ID, { nullable: true, description: 'The service order it started from' })
  get serviceOrderId(): string | null {
    return this.serviceOrder?.id ?? null;
  }

  @ManyToOne(() => ServiceStation, restrict)
  station?: Ref<ServiceStation> | null;

  @Field(() => ID, { nullable: true, description: '受理网点 The station taking the goods back (its staff follow the request)' })
  get stationId(): string | null {
    return this.station?.id ?? null;
  }

  @ManyToOne(() => Code, { ref: true, deleteRule: 'restrict' })
  reasonCode!: Ref<Code>;

  @Field(() => ID, { description: '售后原因 An after-sales reason code' })
  get reasonCodeId(): string {
    return this.reasonCode.id;
  }

  @Field(() => String, { nullable: true, description: '问题描述 What the customer says' })
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true, description: '订单编号 The sales order at the seller' })
  @Property({ type: 'string', length: 40, nullable: true })
  salesOrderNumber?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: '签收日期 Delivery date the window was counted from (the earliest of the lines)' })
  @CalendarDate({ nullable: true })
  deliveredOn?: string | null;

  @Field(() => Int, { nullable: true, description: 'The window (days) that applied at filing' })
  @Property({ type: 'smallint', nullable: true })
  windowDays?: number | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The last day of that window' })
  @CalendarDate({ nullable: true })
  windowEndsOn?: string | null;

  @Field({ description: '三包: filed on a service order offering an exchange or a return, the window did not apply' })
  @Property({ default: false })
  windowWaived: boolean = false;

  @Field(() => Float, { description: '申请金额 What the customer asked back, over the lines' })
  @Money({ default: 0 })
  requestedTotal: number = 0;

  @Field(() => Float, { description: '退款金额 The refund, over the lines (operations may change it, with a reason)' })
  @Money({ default: 0 })
  refundTotal: number = 0;

  @Field(() => String, { nullable: true, description: 'Why operations last changed the refund (audited)' })
  @Property({ type: 'text', nullable: true })
  refundChangeReason?: string | null;

  @Field(() => String, { nullable: true, description: '退货地址 Where the customer sends the goods (given at approval)' })
  @Property({ type: 'string', length: 200, nullable: true })
  returnAddress?: string | null;

  @Field(() => String, { nullable: true }) @Property({ type: 'string', length: 40, nullable: true }) returnLogisticsCompany?: string | null;
  @Field(() => String, { nullable: true }) @Property({ type: 'string', length: 60, nullable: true }) returnLogisticsNumber?: string | null;
  @Field(() => String, { nullable: true }) @Property({ type: 'string', length: 60, nullable: true }) replacementLogisticsNumber?: string | null;

  @ManyToOne(() => Warehouse, restrict)
  warehouse?: Ref<Warehouse> | null;

  @Field(() => ID, { nullable: true, description: 'The warehouse the goods came back into' })
  get warehouseId(): string | null {
    return this.warehouse?.id ?? null;
  }

  @Field(() => String, { nullable: true, description: '拒绝原因 Shown to the customer' }) @Property({ type: 'text', nullable: true }) rejectReason?: string | null;
  @Field(() => String, { nullable: true, description: 'Why finance sent it back to operations' }) @Property({ type: 'text', nullable: true }) sendBackReason?: string | null;
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) cancelReason?: string | null;
  @Field(() => String, { nullable: true, description: '退款流水号 The payment’s reference' }) @Property({ type: 'string', length: 60, nullable: true }) refundReference?: string | null;

  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true }) reviewedAt?: Date | null;
  @Field(() => String, { nullable: true, description: 'Operations reviewer (hidden from partners)' }) @Property({ type: 'string', length: 100, nullable: true }) reviewedBy?: string | null;
  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true }) financeReviewedAt?: Date | null;
  @Field(() => String, { nullable: true, description: 'Finance reviewer (hidden from partners)' }) @Property({ type: 'string', length: 100, nullable: true }) financeReviewedBy?: string | null;
  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true }) goodsReceivedAt?: Date | null;
  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true }) refundedAt?: Date | null;
  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true }) completedAt?: Date | null;
  @Field(() => Date, { nullable: true, description: 'When it reached a final state' }) @Property({ type: 'timestamptz', nullable: true }) closedAt?: Date | null;

  @Field(() => Int, { description: '买家售后次数 The customer’s return requests before this one' })
  @Property({ type: 'smallint', default: 0 })
  customerAfterSalesCount: number = 0;

  @Field(() => String, { nullable: true, description: 'Token of the no-login tracking link (office only)' })
  @Property({ length: 40, unique: true })
  trackingToken!: string;

  @ManyToOne(() => ApiKey, restrict)
  createdByApiKey?: Ref<ApiKey> | null;

  @Field(() => ID, { nullable: true, description: 'The partner key that filed it' })
  get createdByApiKeyId(): string | null {
    return this.createdByApiKey?.id ?? null;
  }

  @Field(() => String, { nullable: true, description: 'Internal note (hidden from partners)' })
  @Property({ type: 'text', nullable: true })
  internalNote?: string | null;
}

/** One line of a request: a product (a serialised unit, or a quantity of a model) with its price and refund. */
@Entity({ tableName: 'return_request_line' })
@ObjectType({ simpleResolvers: true, description: '退换货商品 A line of a return request' })
export class ReturnLine extends BaseEntity {
  @ManyToOne(() => ReturnRequest, { ref: true, deleteRule: 'cascade' })
  @Index()
  request!: Ref<ReturnRequest>;

  @Field(() => ID)
  get requestId(): string {
    return this.request.id;
  }

  @ManyToOne(() => Product, { ref: true, deleteRule: 'restrict' })
  product!: Ref<Product>;

  @Field(() => ID)
  get productId(): string {
    return this.product.id;
  }

  @ManyToOne(() => ProductUnit, restrict)
  @Index()
  productUnit?: Ref<ProductUnit> | null;

  @Field(() => ID, { nullable: true, description: 'The serialised unit (its quantity is 1)' })
  get productUnitId(): string | null {
    return this.productUnit?.id ?? null;
  }

  @Field(() => Int) @Property({ type: 'smallint' }) quantity!: number;
  @Field(() => Float, { description: '单价 Price paid per piece' }) @Money() unitPrice!: number;
  @Field(() => Float, { description: 'What the customer asked back (0 for an exchange)' }) @Money() requestedAmount!: number;
  @Field(() => Float, { description: '退款金额 The refund (at most quantity × unit price)' }) @Money() refundAmount!: number;
  @Field(() => Int, { description: '已入库 Pieces back in a warehouse' }) @Property({ type: 'smallint', default: 0 }) receivedQuantity: number = 0;
  @Field(() => Int, { description: '已发换货 Replacement pieces shipped' }) @Property({ type: 'smallint', default: 0 }) shippedQuantity: number = 0;

  @ManyToOne(() => ProductUnit, restrict)
  replacementUnit?: Ref<ProductUnit> | null;

  @Field(() => ID, { nullable: true, description: '换货新机 The unit registered as the replacement' })
  get replacementUnitId(): string | null {
    return this.replacementUnit?.id ?? null;
  }
}
