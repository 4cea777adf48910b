import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { TimelineEntry } from '../../../common/lifecycle/timeline-entry';
import { ServiceOrder } from '../../service-order/service-order.entity';
import { Cost } from '../ledger/cost';
import { StockDocument, StockDocumentLine } from '../documents/stock-document';
import { StockEventAction, StockOutKind, StockOutStatus } from '../stock.enums';

/** 出库单: parts leaving a warehouse other than to a technician or an order (sale, loss, exchange, old parts back to the maker). */
@Entity({ tableName: 'stock_out' })
@Index({ properties: ['status', 'createdAt'] })
@ObjectType({ simpleResolvers: true, description: '出库单 Stock out: applied → processing → issued (posts the lines) → closed' })
export class StockOut extends StockDocument {
  @Field(() => StockOutKind)
  @Enum({ items: () => StockOutKind })
  kind!: StockOutKind;

  @Field(() => StockOutStatus)
  @Enum({ items: () => StockOutStatus })
  status: StockOutStatus = StockOutStatus.APPLIED;

  @ManyToOne(() => ServiceOrder, { ref: true, nullable: true, deleteRule: 'restrict' })
  serviceOrder?: Ref<ServiceOrder> | null;

  @Field(() => ID, { nullable: true, description: 'The service order it is for (an exchange, a sale to its customer)' })
  get serviceOrderId(): string | null {
    return this.serviceOrder?.id ?? null;
  }

  @Field(() => String, { nullable: true, description: '领受方 Who takes the parts (a buyer, the manufacturer)' })
  @Property({ type: 'string', length: 100, nullable: true })
  recipient?: string | null;

  @Field(() => Date, { nullable: true, description: '出库时间 When the lines were posted' })
  @Property({ type: 'timestamptz', nullable: true })
  issuedAt?: Date | null;
}

@Entity({ tableName: 'stock_out_line' })
@ObjectType({ simpleResolvers: true, description: '出库单明细 A line of a stock out' })
export class StockOutLine extends StockDocumentLine {
  @ManyToOne(() => StockOut, { ref: true, deleteRule: 'cascade' })
  @Index()
  document!: Ref<StockOut>;

  @Field(() => ID)
  get documentId(): string {
    return this.document.id;
  }

  @Field(() => Float, { nullable: true, description: '单位成本 The moving average it left at (hidden from partners); empty until issued' })
  @Cost({ nullable: true })
  unitCost?: number | null;
}

@Entity({ tableName: 'stock_out_event' })
@Index({ properties: ['document', 'at'] })
@ObjectType({ simpleResolvers: true, description: '出库单记录 Timeline entry of a stock out' })
export class StockOutEvent extends TimelineEntry {
  @ManyToOne(() => StockOut, { ref: true, deleteRule: 'cascade' })
  document!: Ref<StockOut>;

  @Field(() => ID)
  get documentId(): string {
    return this.document.id;
  }

  @Field(() => StockEventAction)
  @Enum({ items: () => StockEventAction })
  action!: StockEventAction;

  @Field(() => StockOutStatus, { nullable: true })
  @Enum({ items: () => StockOutStatus, nullable: true })
  fromStatus?: StockOutStatus | null;

  @Field(() => StockOutStatus)
  @Enum({ items: () => StockOutStatus })
  status!: StockOutStatus;
}
