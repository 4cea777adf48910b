import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { TimelineEntry } from '../../../common/lifecycle/timeline-entry';
import { Technician } from '../../station/technician.entity';
import { Cost } from '../ledger/cost';
import { StockDocument, StockDocumentLine } from '../documents/stock-document';
import { BorrowingStatus, StockEventAction } from '../stock.enums';

/** 借用: parts lent to a technician (a test board, a tool part) that come back, not used up. */
@Entity({ tableName: 'borrowing' })
@Index({ properties: ['status', 'returnDueAt'] })
@Index({ properties: ['technician', 'status'] })
@ObjectType({ simpleResolvers: true, description: '借用单 Borrowing: applied → lent → returned (in one or more returns)' })
export class Borrowing extends StockDocument {
  @Field(() => BorrowingStatus)
  @Enum({ items: () => BorrowingStatus })
  status: BorrowingStatus = BorrowingStatus.APPLIED;

  @ManyToOne(() => Technician, { ref: true, deleteRule: 'restrict' })
  technician!: Ref<Technician>;

  @Field(() => ID, { description: '维修员 Who borrows' })
  get technicianId(): string {
    return this.technician.id;
  }

  @Field(() => String, { nullable: true, description: '用途 What for' })
  @Property({ type: 'string', length: 200, nullable: true })
  purpose?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  lentAt?: Date | null;

  @Field(() => Date, { nullable: true, description: '应还时间 Due back by then' })
  @Property({ type: 'timestamptz', nullable: true })
  returnDueAt?: Date | null;

  @Field(() => Int, { description: '未归还 Lent and not yet back' })
  @Property({ default: 0 })
  heldQuantity: number = 0;
}

@Entity({ tableName: 'borrowing_line' })
@ObjectType({ simpleResolvers: true, description: '借用单明细 A line of a borrowing' })
export class BorrowingLine extends StockDocumentLine {
  @ManyToOne(() => Borrowing, { ref: true, deleteRule: 'cascade' })
  @Index()
  document!: Ref<Borrowing>;

  @Field(() => ID)
  get documentId(): string {
    return this.document.id;
  }

  @Field(() => Int, { description: '已还 Back' })
  @Property({ default: 0 })
  returnedQuantity: number = 0;

  @Field(() => Float, { nullable: true, description: '单位成本 What it left at (hidden from partners)' })
  @Cost({ nullable: true })
  unitCost?: number | null;
}

@Entity({ tableName: 'borrowing_event' })
@Index({ properties: ['document', 'at'] })
@ObjectType({ simpleResolvers: true, description: '借用单记录 Timeline entry of a borrowing' })
export class BorrowingEvent extends TimelineEntry {
  @ManyToOne(() => Borrowing, { ref: true, deleteRule: 'cascade' })
  document!: Ref<Borrowing>;

  @Field(() => ID)
  get documentId(): string {
    return this.document.id;
  }

  @Field(() => StockEventAction)
  @Enum({ items: () => StockEventAction })
  action!: StockEventAction;

  @Field(() => BorrowingStatus, { nullable: true })
  @Enum({ items: () => BorrowingStatus, nullable: true })
  fromStatus?: BorrowingStatus | null;

  @Field(() => BorrowingStatus)
  @Enum({ items: () => BorrowingStatus })
  status!: BorrowingStatus;
}
