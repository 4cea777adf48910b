import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { TimelineEntry } from '../../common/lifecycle/timeline-entry';
import { ApiKey } from '../auth/api-key.entity';
import { User } from '../auth/user.entity';
import { Customer } from '../customer/customer.entity';
import { Product } from '../product/product.entity';
import { ServiceOrder } from '../service-order/service-order.entity';
import { OrderChannel } from '../service-order/service-order.enums';
import { ServiceStation } from '../station/service-station.entity';
import { ComplaintCategory, ComplaintEventAction, ComplaintSeverity, ComplaintStatus } from './complaint.enums';

const restrict = { nullable: true, ref: true, deleteRule: 'restrict' } as const;

/**
 * 投诉: a customer's complaint, answered within the response deadline and resolved within the
 * resolution deadline (both fixed at filing from the after-sales rules, counted on the business
 * time zone's clock). Its station and product follow from the linked order, for scopes and the summary.
 */
@Entity()
@Index({ properties: ['status', 'respondDueAt'] })
@Index({ properties: ['status', 'resolveDueAt'] })
@Index({ properties: ['receivedAt'] })
@Index({ properties: ['station', 'receivedAt'] })
@ObjectType({ simpleResolvers: true, description: '投诉 Complaint' })
export class Complaint extends BaseEntity {
  @Field({ description: '投诉单号 Number, e.g. CP-2026-000012' })
  @Property({ length: 20, unique: true })
  number!: string;

  @Field(() => OrderChannel)
  @Enum({ items: () => OrderChannel })
  channel!: OrderChannel;

  @Field(() => ComplaintStatus)
  @Enum({ items: () => ComplaintStatus })
  status: ComplaintStatus = ComplaintStatus.OPEN;

  @ManyToOne(() => Customer, { ref: true, deleteRule: 'restrict' })
  @Index()
  customer!: Ref<Customer>;

  @Field(() => ID)
  get customerId(): string {
    return this.customer.id;
  }

  @Field({ description: '联系电话 Contact phone (masked for partners)' })
  @Property({ length: 20 })
  contactPhone!: string;

  @ManyToOne(() => ServiceOrder, restrict)
  @Index()
  serviceOrder?: Ref<ServiceOrder> | null;

  @Field(() => ID, { nullable: true, description: '关联服务单 The order complained about' })
  get serviceOrderId(): string | null {
    return this.serviceOrder?.id ?? null;
  }

  @ManyToOne(() => ServiceStation, restrict)
  station?: Ref<ServiceStation> | null;

  @Field(() => ID, { nullable: true, description: '责任网点 The station complained about (the linked order’s)' })
  get stationId(): string | null {
    return this.station?.id ?? null;
  }

  @ManyToOne(() => Product, restrict)
  @Index()
  product?: Ref<Product> | null;

  @Field(() => ID, { nullable: true, description: '产品 The product (the linked order’s)' })
  get productId(): string | null {
    return this.product?.id ?? null;
  }

  @Field(() => ComplaintCategory)
  @Enum({ items: () => ComplaintCategory })
  category!: ComplaintCategory;

  @Field(() => ComplaintSeverity)
  @Enum({ items: () => ComplaintSeverity })
  severity!: ComplaintSeverity;

  @Field({ description: '投诉内容 What the customer says' })
  @Property({ type: 'text' })
  description!: string;

  @ManyToOne(() => User, restrict)
  owner?: Ref<User> | null;

  @Field(() => ID, { nullable: true, description: '负责人 Who handles it' })
  get ownerId(): string | null {
    return this.owner?.id ?? null;
  }

  @Field(() => String, { nullable: true, description: '负责人 The owner’s name (hidden from partners)' })
  @Property({ type: 'string', length: 100, nullable: true })
  ownerName?: string | null;

  @Field({ description: '投诉时间 When the customer complained' })
  @Property({ type: 'timestamptz' })
  receivedAt!: Date;

  @Field({ description: '响应时限 Respond by (received + response hours, business time zone)' })
  @Property({ type: 'timestamptz' })
  respondDueAt!: Date;

  @Field({ description: '解决时限 Resolve by (received + resolution hours, business time zone)' })
  @Property({ type: 'timestamptz' })
  resolveDueAt!: Date;

  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true }) respondedAt?: Date | null;
  @Field(() => String, { nullable: true, description: '首次答复 The first answer to the customer' }) @Property({ type: 'text', nullable: true }) response?: string | null;
  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true }) resolvedAt?: Date | null;
  @Field(() => String, { nullable: true, description: '处理结果 How it was resolved' }) @Property({ type: 'text', nullable: true }) resolution?: string | null;
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) cancelReason?: string | null;
  @Field(() => Date, { nullable: true, description: 'When it reached a final state' }) @Property({ type: 'timestamptz', nullable: true }) closedAt?: Date | null;

  @ManyToOne(() => ServiceOrder, restrict)
  reworkOrder?: Ref<ServiceOrder> | null;

  @Field(() => ID, { nullable: true, description: '整改单 The rework order the complaint opened' })
  get reworkOrderId(): string | null {
    return this.reworkOrder?.id ?? null;
  }

  @ManyToOne(() => ApiKey, restrict)
  createdByApiKey?: Ref<ApiKey> | null;

  @Field(() => ID, { nullable: true, description: 'The partner key that filed it' })
  get createdByApiKeyId(): string | null {
    return this.createdByApiKey?.id ?? null;
  }
}

@Entity({ tableName: 'complaint_event' })
@Index({ properties: ['document', 'at'] })
@ObjectType({ simpleResolvers: true, description: '投诉处理记录 Timeline entry of a complaint' })
export class ComplaintEvent extends TimelineEntry {
  @ManyToOne(() => Complaint, { ref: true, deleteRule: 'cascade' })
  document!: Ref<Complaint>;

  @Field(() => ID)
  get complaintId(): string {
    return this.document.id;
  }

  @Field(() => ComplaintEventAction)
  @Enum({ items: () => ComplaintEventAction })
  action!: ComplaintEventAction;

  @Field(() => ComplaintStatus, { nullable: true })
  @Enum({ items: () => ComplaintStatus, nullable: true })
  fromStatus?: ComplaintStatus | null;

  @Field(() => ComplaintStatus)
  @Enum({ items: () => ComplaintStatus })
  status!: ComplaintStatus;
}
