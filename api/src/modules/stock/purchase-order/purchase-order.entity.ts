import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { CalendarDate } from '../../../common/columns';
import { TimelineEntry } from '../../../common/lifecycle/timeline-entry';
import { Manufacturer } from '../../product/manufacturer.entity';
import { Cost } from '../ledger/cost';
import { StockDocument, StockDocumentLine } from '../documents/stock-document';
import { PurchaseOrderStatus, StockEventAction } from '../stock.enums';

/** 采购订单: parts ordered from a supplier for a warehouse, received in one or more deliveries at the received cost. */
@Entity({ tableName: 'purchase_order' })
@Index({ properties: ['status', 'createdAt'] })
@ObjectType({ simpleResolvers: true, description: '采购订单 Purchase order: applied → ordering → received (partial receipts until all is in)' })
export class PurchaseOrder extends StockDocument {
  @Field(() => PurchaseOrderStatus)
  @Enum({ items: () => PurchaseOrderStatus })
  status: PurchaseOrderStatus = PurchaseOrderStatus.APPLIED;

  @Field({ description: '供应商 Supplier' })
  @Property({ length: 100 })
  supplier!: string;

  @ManyToOne(() => Manufacturer, { ref: true, nullable: true, deleteRule: 'restrict' })
  manufacturer?: Ref<Manufacturer> | null;

  @Field(() => ID, { nullable: true, description: 'The manufacturer supplying it, when it is one' })
  get manufacturerId(): string | null {
    return this.manufacturer?.id ?? null;
  }

  @Field(() => LocalDateResolver, { nullable: true, description: '预计到货 Expected delivery date' })
  @CalendarDate({ nullable: true })
  expectedOn?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  placedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the first delivery came in' })
  @Property({ type: 'timestamptz', nullable: true })
  receivedAt?: Date | null;

  @Field(() => Int, { description: '未到 Ordered and not yet received' })
  @Property({ default: 0 })
  outstandingQuantity: number = 0;
}

@Entity({ tableName: 'purchase_order_line' })
@ObjectType({ simpleResolvers: true, description: '采购订单明细 A line of a purchase order' })
export class PurchaseOrderLine extends StockDocumentLine {
  @ManyToOne(() => PurchaseOrder, { ref: true, deleteRule: 'cascade' })
  @Index()
  document!: Ref<PurchaseOrder>;

  @Field(() => ID)
  get documentId(): string {
    return this.document.id;
  }

  @Field(() => Float, { nullable: true, description: '单价 Ordered price per unit (hidden from partners)' })
  @Cost()
  unitCost!: number;

  @Field(() => Int, { description: '已到 Received so far' })
  @Property({ default: 0 })
  receivedQuantity: number = 0;

  @Field(() => Int, { description: '未到 Still to come' })
  get outstandingQuantity(): number {
    return this.quantity - this.receivedQuantity;
  }
}

@Entity({ tableName: 'purchase_order_event' })
@Index({ properties: ['document', 'at'] })
@ObjectType({ simpleResolvers: true, description: '采购订单记录 Timeline entry of a purchase order' })
export class PurchaseOrderEvent extends TimelineEntry {
  @ManyToOne(() => PurchaseOrder, { ref: true, deleteRule: 'cascade' })
  document!: Ref<PurchaseOrder>;

  @Field(() => ID)
  get documentId(): string {
    return this.document.id;
  }

  @Field(() => StockEventAction)
  @Enum({ items: () => StockEventAction })
  action!: StockEventAction;

  @Field(() => PurchaseOrderStatus, { nullable: true })
  @Enum({ items: () => PurchaseOrderStatus, nullable: true })
  fromStatus?: PurchaseOrderStatus | null;

  @Field(() => PurchaseOrderStatus)
  @Enum({ items: () => PurchaseOrderStatus })
  status!: PurchaseOrderStatus;
}
