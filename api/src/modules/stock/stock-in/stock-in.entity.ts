import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { TimelineEntry } from '../../../common/lifecycle/timeline-entry';
import { ServiceOrder } from '../../service-order/service-order.entity';
import { Cost } from '../ledger/cost';
import { StockDocument, StockDocumentLine } from '../documents/stock-document';
import { StockEventAction, StockInKind, StockInStatus } from '../stock.enums';

/** 入库单: parts coming into a warehouse (a purchase without an order, returns, old parts, opening balances). */
@Entity({ tableName: 'stock_in' })
@Index({ properties: ['status', 'createdAt'] })
@ObjectType({ simpleResolvers: true, description: '入库单 Stock in: applied → received (posts the lines) → closed' })
export class StockIn extends StockDocument {
  @Field(() => StockInKind)
  @Enum({ items: () => StockInKind })
  kind!: StockInKind;

  @Field(() => StockInStatus)
  @Enum({ items: () => StockInStatus })
  status: StockInStatus = StockInStatus.APPLIED;

  @ManyToOne(() => ServiceOrder, { ref: true, nullable: true, deleteRule: 'restrict' })
  serviceOrder?: Ref<ServiceOrder> | null;

  @Field(() => ID, { nullable: true, description: 'The service order the parts come back from (old parts, returns)' })
  get serviceOrderId(): string | null {
    return this.serviceOrder?.id ?? null;
  }

  @Field(() => Date, { nullable: true, description: '入库时间 When the lines were posted' })
  @Property({ type: 'timestamptz', nullable: true })
  receivedAt?: Date | null;
}

@Entity({ tableName: 'stock_in_line' })
@ObjectType({ simpleResolvers: true, description: '入库单明细 A line of a stock in' })
export class StockInLine extends StockDocumentLine {
  @ManyToOne(() => StockIn, { ref: true, deleteRule: 'cascade' })
  @Index()
  document!: Ref<StockIn>;

  @Field(() => ID)
  get documentId(): string {
    return this.document.id;
  }

  @Field(() => Float, { nullable: true, description: '单位成本 Cost per unit (hidden from partners); empty until received when the moving average applies' })
  @Cost({ nullable: true })
  unitCost?: number | null;
}

@Entity({ tableName: 'stock_in_event' })
@Index({ properties: ['document', 'at'] })
@ObjectType({ simpleResolvers: true, description: '入库单记录 Timeline entry of a stock in' })
export class StockInEvent extends TimelineEntry {
  @ManyToOne(() => StockIn, { ref: true, deleteRule: 'cascade' })
  document!: Ref<StockIn>;

  @Field(() => ID)
  get documentId(): string {
    return this.document.id;
  }

  @Field(() => StockEventAction)
  @Enum({ items: () => StockEventAction })
  action!: StockEventAction;

  @Field(() => StockInStatus, { nullable: true })
  @Enum({ items: () => StockInStatus, nullable: true })
  fromStatus?: StockInStatus | null;

  @Field(() => StockInStatus)
  @Enum({ items: () => StockInStatus })
  status!: StockInStatus;
}
