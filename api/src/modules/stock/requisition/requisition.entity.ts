import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { TimelineEntry } from '../../../common/lifecycle/timeline-entry';
import { ServiceOrder } from '../../service-order/service-order.entity';
import { Technician } from '../../station/technician.entity';
import { Cost } from '../ledger/cost';
import { StockDocument, StockDocumentLine } from '../documents/stock-document';
import { RequisitionStatus, StockEventAction } from '../stock.enums';

/**
 * 领用单: parts a technician asks for, approved by a manager and issued to them. From then the
 * technician holds them until they are used on their orders or come back unused; the old parts
 * the used ones replaced come back too, within the stock rules' return period.
 */
@Entity({ tableName: 'requisition' })
@Index({ properties: ['status', 'returnDueAt'] })
@Index({ properties: ['technician', 'status'] })
@ObjectType({ simpleResolvers: true, description: '领用单 Requisition: applied → approved (processing) → issued → closed' })
export class Requisition extends StockDocument {
  @Field(() => RequisitionStatus)
  @Enum({ items: () => RequisitionStatus })
  status: RequisitionStatus = RequisitionStatus.APPLIED;

  @ManyToOne(() => Technician, { ref: true, deleteRule: 'restrict' })
  technician!: Ref<Technician>;

  @Field(() => ID, { description: '维修员 The technician the parts are issued to' })
  get technicianId(): string {
    return this.technician.id;
  }

  @ManyToOne(() => ServiceOrder, { ref: true, nullable: true, deleteRule: 'restrict' })
  @Index()
  serviceOrder?: Ref<ServiceOrder> | null;

  @Field(() => ID, { nullable: true, description: 'The service order the parts are for (used on it first)' })
  get serviceOrderId(): string | null {
    return this.serviceOrder?.id ?? null;
  }

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  approvedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  issuedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: '应还时间 Unused parts and old parts are due back by then' })
  @Property({ type: 'timestamptz', nullable: true })
  returnDueAt?: Date | null;

  @Field(() => Int, { description: '未归还 Issued, not yet used on an order nor returned' })
  @Property({ default: 0 })
  heldQuantity: number = 0;

  @Field(() => Int, { description: '应交旧件 Old parts of the parts used on orders, not yet returned' })
  @Property({ default: 0 })
  oldPartsDue: number = 0;
}

@Entity({ tableName: 'requisition_line' })
@ObjectType({ simpleResolvers: true, description: '领用单明细 A line of a requisition' })
export class RequisitionLine extends StockDocumentLine {
  @ManyToOne(() => Requisition, { ref: true, deleteRule: 'cascade' })
  @Index()
  document!: Ref<Requisition>;

  @Field(() => ID)
  get documentId(): string {
    return this.document.id;
  }

  @Field(() => Int, { description: '已发 Issued to the technician' })
  @Property({ default: 0 })
  issuedQuantity: number = 0;

  @Field(() => Int, { description: '已用 Used on service orders' })
  @Property({ default: 0 })
  usedQuantity: number = 0;

  @Field(() => Int, { description: '已退 Returned unused' })
  @Property({ default: 0 })
  returnedQuantity: number = 0;

  @Field(() => Int, { description: '已交旧件 Old parts returned' })
  @Property({ default: 0 })
  oldReturnedQuantity: number = 0;

  @Field(() => Float, { nullable: true, description: '单位成本 What it left the warehouse at (hidden from partners)' })
  @Cost({ nullable: true })
  unitCost?: number | null;

  @Field(() => Int, { description: '持有 Still held by the technician' })
  get heldQuantity(): number {
    return this.issuedQuantity - this.usedQuantity - this.returnedQuantity;
  }

  @Field(() => Int, { description: '应交旧件 Old parts still due' })
  get oldPartsDue(): number {
    return Math.max(0, this.usedQuantity - this.oldReturnedQuantity);
  }
}

@Entity({ tableName: 'requisition_event' })
@Index({ properties: ['document', 'at'] })
@ObjectType({ simpleResolvers: true, description: '领用单记录 Timeline entry of a requisition' })
export class RequisitionEvent extends TimelineEntry {
  @ManyToOne(() => Requisition, { ref: true, deleteRule: 'cascade' })
  document!: Ref<Requisition>;

  @Field(() => ID)
  get documentId(): string {
    return this.document.id;
  }

  @Field(() => StockEventAction)
  @Enum({ items: () => StockEventAction })
  action!: StockEventAction;

  @Field(() => RequisitionStatus, { nullable: true })
  @Enum({ items: () => RequisitionStatus, nullable: true })
  fromStatus?: RequisitionStatus | null;

  @Field(() => RequisitionStatus)
  @Enum({ items: () => RequisitionStatus })
  status!: RequisitionStatus;
}
