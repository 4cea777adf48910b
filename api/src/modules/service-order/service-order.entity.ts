import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, Property, type Ref } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { BaseEntity } from '../../common/base.entity';
import { CalendarDate, Money } from '../../common/columns';
import { Code } from '../code-table/code.entity';
import { Customer } from '../customer/customer.entity';
import { ApiKey } from '../auth/api-key.entity';
import { DistanceBand } from '../fee/fee-enums';
import { Product } from '../product/product.entity';
import { ProductUnit } from '../product/product-unit.entity';
import { Region } from '../region/region.entity';
import { ServiceStation } from '../station/service-station.entity';
import { OrderTechnician } from './order-technician.entity';
import {
  AppraisalVerdict,
  CustomerRequest,
  OrderChannel,
  Payer,
  SaleAttribute,
  ServiceOrderKind,
  ServiceOrderStatus,
} from './service-order.enums';

const restrict = { nullable: true, ref: true, deleteRule: 'restrict' } as const;

/** 服务单/维修单: one repair request from intake to return visit. Status changes only through the state machine. */
@Entity()
@Index({ properties: ['status', 'slaDueAt'] })
@Index({ properties: ['station', 'status'] })
@Index({ properties: ['createdAt'] })
// Ad-hoc queries and reports, one station's newest orders: one station's (or fault code's) orders over a period.
@Index({ properties: ['station', 'createdAt'] })
@Index({ properties: ['symptomCode', 'createdAt'] })
// Reports (api/src/modules/report): SLA breaches by due time, satisfaction by visit time, cancellations by closing time.
@Index({ properties: ['slaDueAt'] })
@Index({ properties: ['visitedAt'] })
// The monthly report reads a month's (or a year's) intake, completions and cancellations from
// these alone (index-only scans: the heap is not visited for old, all-visible pages).
@Index({
  name: 'service_order_report_received_index',
  expression:
    'create index "service_order_report_received_index" on "service_order" ("created_at") include ("station_id", "product_id", "symptom_code_id", "repeat_repair", "in_warranty")',
})
@Index({
  name: 'service_order_report_completed_index',
  expression:
    'create index "service_order_report_completed_index" on "service_order" ("completed_at") include ("created_at", "sla_due_at", "station_id", "product_id", "symptom_code_id") where "completed_at" is not null',
})
@Index({
  name: 'service_order_report_closed_index',
  expression:
    'create index "service_order_report_closed_index" on "service_order" ("status", "closed_at") include ("station_id", "product_id", "symptom_code_id") where "closed_at" is not null',
})
// Reports ask which orders came back (a later order's previous order) and which visits made rework orders.
@Index({
  name: 'service_order_previous_order_id_index',
  expression: 'create index "service_order_previous_order_id_index" on "service_order" ("previous_order_id") where "previous_order_id" is not null',
})
@Index({
  name: 'service_order_rework_of_id_index',
  expression: 'create index "service_order_rework_of_id_index" on "service_order" ("rework_of_id") where "rework_of_id" is not null',
})
@Index({
  name: 'service_order_search_trgm',
  expression:
    'create index "service_order_search_trgm" on "service_order" using gin ("number" gin_trgm_ops, "contact_phone" gin_trgm_ops, "contact_name" gin_trgm_ops, "serial_number" gin_trgm_ops)',
})
@ObjectType({ simpleResolvers: true, description: '服务单 Service order' })
export class ServiceOrder extends BaseEntity {
  @Field({ description: '单号 Number, e.g. SO-2026-000123 (consecutive per year)' })
  @Property({ length: 20, unique: true })
  number!: string;

  @Field(() => ServiceOrderKind)
  @Enum({ items: () => ServiceOrderKind })
  kind: ServiceOrderKind = ServiceOrderKind.REPAIR;

  @Field(() => SaleAttribute)
  @Enum({ items: () => SaleAttribute })
  attribute: SaleAttribute = SaleAttribute.AFTER_SALE;

  @Field(() => OrderChannel)
  @Enum({ items: () => OrderChannel })
  channel: OrderChannel = OrderChannel.PHONE;

  @Field({ description: '上门 On-site service (otherwise in-shop / carried in)' })
  @Property({ default: true })
  onSite: boolean = true;

  @Field(() => ServiceOrderStatus)
  @Enum({ items: () => ServiceOrderStatus })
  status: ServiceOrderStatus = ServiceOrderStatus.RECEIVED;

  @ManyToOne(() => Customer, { ref: true, deleteRule: 'restrict' })
  @Index()
  customer!: Ref<Customer>;

  @Field(() => ID, { description: 'The customer; for pre-sale orders, the store' })
  get customerId(): string {
    return this.customer.id;
  }

  @Field({ description: '联系人 Contact name (masked for partners)' })
  @Property({ length: 100 })
  contactName!: string;

  @Field({ description: '联系电话 Contact phone (masked for partners)' })
  @Property({ length: 20 })
  @Index()
  contactPhone!: string;

  @Field(() => String, { nullable: true, description: '地址 Address (hidden from partners)' })
  @Property({ type: 'string', length: 200, nullable: true })
  address?: string | null;

  @ManyToOne(() => Region, restrict)
  region?: Ref<Region> | null;

  @Field(() => ID, { nullable: true })
  get regionId(): string | null {
    return this.region?.id ?? null;
  }

  @ManyToOne(() => ProductUnit, { ref: true, deleteRule: 'restrict' })
  @Index()
  productUnit!: Ref<ProductUnit>;

  @Field(() => ID)
  get productUnitId(): string {
    return this.productUnit.id;
  }

  @ManyToOne(() => Product, { ref: true, deleteRule: 'restrict' })
  @Index()
  product!: Ref<Product>;

  @Field(() => ID, { description: 'The unit’s product (kept on the order for partner scoping and reports)' })
  get productId(): string {
    return this.product.id;
  }

  @Field({ description: '序列号 Serial number at intake' })
  @Property({ length: 60 })
  serialNumber!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: '购买日期 Purchase date at intake' })
  @CalendarDate({ nullable: true })
  purchaseDate?: string | null;

  @Field({ description: '故障描述 Reported symptom as the customer describes it' })
  @Property({ type: 'text' })
  reportedSymptom!: string;

  @ManyToOne(() => Code, restrict)
  symptomCode?: Ref<Code> | null;

  @Field(() => ID, { nullable: true, description: '故障现象代码 Symptom code (reported, corrected at completion)' })
  get symptomCodeId(): string | null {
    return this.symptomCode?.id ?? null;
  }

  @ManyToOne(() => Code, restrict)
  causeCode?: Ref<Code> | null;

  @Field(() => ID, { nullable: true, description: '故障原因代码 Cause code, recorded at completion' })
  get causeCodeId(): string | null {
    return this.causeCode?.id ?? null;
  }

  @ManyToOne(() => Code, restrict)
  locationCode?: Ref<Code> | null;

  @Field(() => ID, { nullable: true, description: '故障部位代码 Location code' })
  get locationCodeId(): string | null {
    return this.locationCode?.id ?? null;
  }

  @ManyToOne(() => Code, restrict)
  methodCode?: Ref<Code> | null;

  @Field(() => ID, { nullable: true, description: '维修方法代码 Repair method code, recorded at completion' })
  get methodCodeId(): string | null {
    return this.methodCode?.id ?? null;
  }

  @Field(() => CustomerRequest)
  @Enum({ items: () => CustomerRequest })
  customerRequest: CustomerRequest = CustomerRequest.REPAIR;

  @ManyToOne(() => ServiceStation, restrict)
  station?: Ref<ServiceStation> | null;

  @Field(() => ID, { nullable: true, description: '维修站 Station doing the work' })
  get stationId(): string | null {
    return this.station?.id ?? null;
  }

  @Field(() => Date, { nullable: true, description: '预约开始 Appointment window start' })
  @Property({ type: 'timestamptz', nullable: true })
  appointmentStart?: Date | null;

  @Field(() => Date, { nullable: true, description: '预约结束 Appointment window end' })
  @Property({ type: 'timestamptz', nullable: true })
  appointmentEnd?: Date | null;

  @Field(() => Float, { nullable: true, description: 'Distance from the station to the customer’s region (km)' })
  @Property({ type: 'double', nullable: true })
  distanceKm?: number | null;

  @Field(() => DistanceBand, { nullable: true })
  @Enum({ items: () => DistanceBand, nullable: true })
  distanceBand?: DistanceBand | null;

  @Field(() => Date, { description: 'SLA 到期 Due time from the distance band and service level' })
  @Property({ type: 'timestamptz' })
  slaDueAt!: Date;

  @Field({ description: '在保 Under warranty at intake' })
  @Property()
  inWarranty!: boolean;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The unit’s warranty end at intake' })
  @CalendarDate({ nullable: true })
  warrantyEndsOn?: string | null;

  @Field({ description: '重修 A repeat repair: an earlier order for the unit was completed within the configured days' })
  @Property({ default: false })
  @Index()
  repeatRepair: boolean = false;

  @ManyToOne(() => ServiceOrder, restrict)
  previousOrder?: Ref<ServiceOrder> | null;

  @Field(() => ID, { nullable: true, description: 'The earlier order a repeat repair follows' })
  get previousOrderId(): string | null {
    return this.previousOrder?.id ?? null;
  }

  @Field({ description: '三包换货 Twice repaired for the same symptom and failing again: exchange is offered' })
  @Property({ default: false })
  exchangeOffered: boolean = false;

  @Field({ description: '三包退货 The unit is a replacement from an exchange and fails again in warranty: return (包退) is offered' })
  @Property({ default: false })
  returnOffered: boolean = false;

  @ManyToOne(() => ServiceOrder, restrict)
  reworkOf?: Ref<ServiceOrder> | null;

  @Field(() => ID, { nullable: true, description: '整改单 The order whose unsatisfied return visit created this rework order' })
  get reworkOfId(): string | null {
    return this.reworkOf?.id ?? null;
  }

  @Field(() => Float, { nullable: true, description: '工时费 Labour fee' })
  @Money({ nullable: true })
  labourFee?: number | null;

  @Field(() => Float, { nullable: true, description: '上门费 Visit fee' })
  @Money({ nullable: true })
  visitFee?: number | null;

  @Field(() => Float, { nullable: true, description: '配件费 Parts fee' })
  @Money({ nullable: true })
  partsFee?: number | null;

  @Field(() => Payer, { nullable: true, description: '付费方 Who pays' })
  @Enum({ items: () => Payer, nullable: true })
  payer?: Payer | null;

  @Field({ description: 'Fees were set by hand (with a reason, audited)' })
  @Property({ default: false })
  feesOverridden: boolean = false;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  feeOverrideReason?: string | null;

  @Field(() => AppraisalVerdict, { nullable: true, description: '质量鉴定 Quality appraisal verdict' })
  @Enum({ items: () => AppraisalVerdict, nullable: true })
  appraisalVerdict?: AppraisalVerdict | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  appraisalNote?: string | null;

  @ManyToOne(() => ServiceStation, restrict)
  agentStation?: Ref<ServiceStation> | null;

  @Field(() => ID, { nullable: true, description: 'Agent or manufacturer station the unit was sent to' })
  get agentStationId(): string | null {
    return this.agentStation?.id ?? null;
  }

  @Field(() => String, { nullable: true, description: '物流单号 Logistics number of the shipment to/from the agent' })
  @Property({ type: 'string', length: 60, nullable: true })
  logisticsNumber?: string | null;

  @Field(() => Int, { nullable: true, description: '回访评分 Return-visit score 1-5' })
  @Property({ type: 'smallint', nullable: true })
  returnVisitScore?: number | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  returnVisitComment?: string | null;

  @Field(() => String, { nullable: true, description: '取消原因 Cancellation reason' })
  @Property({ type: 'text', nullable: true })
  cancelReason?: string | null;

  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true }) dispatchedAt?: Date | null;
  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true }) startedAt?: Date | null;
  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true }) @Index() completedAt?: Date | null;
  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true }) returnedAt?: Date | null;
  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true }) visitedAt?: Date | null;
  @Field(() => Date, { nullable: true, description: 'When the order reached a final state' })
  @Property({ type: 'timestamptz', nullable: true })
  closedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Token of the no-login tracking link a dispatcher can send by SMS (office only)' })
  @Property({ length: 40, unique: true })
  trackingToken!: string;

  @ManyToOne(() => ApiKey, restrict)
  createdByApiKey?: Ref<ApiKey> | null;

  @Field(() => ID, { nullable: true, description: 'The partner key that created the order' })
  get createdByApiKeyId(): string | null {
    return this.createdByApiKey?.id ?? null;
  }

  @Field(() => String, { nullable: true, description: 'Internal note (hidden from partners)' })
  @Property({ type: 'text', nullable: true })
  internalNote?: string | null;

  /** Technician assignments; read through DataLoaders, here for filtering by technician. */
  @OneToMany(() => OrderTechnician, (a) => a.order)
  assignments = new Collection<OrderTechnician>(this);
}
