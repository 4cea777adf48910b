import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TimelineEntry } from '../../../common/lifecycle/timeline-entry';
import { StockDocument, StockDocumentLine } from '../documents/stock-document';
import { StockEventAction, StocktakeStatus } from '../stock.enums';

/**
 * 盘点单: a count sheet of a warehouse. Each line keeps the book quantity when the sheet was opened
 * and, when counted, the book quantity at that moment: confirming posts counted − book-at-count,
 * so movements while the count goes on are neither lost nor counted twice. Read-only once confirmed.
 */
@Entity({ tableName: 'stocktake' })
@Index({ properties: ['status', 'createdAt'] })
@ObjectType({ simpleResolvers: true, description: '盘点单 Stocktake: open (counts entered) → confirmed (gains and losses posted)' })
export class Stocktake extends StockDocument {
  @Field(() => StocktakeStatus)
  @Enum({ items: () => StocktakeStatus })
  status: StocktakeStatus = StocktakeStatus.OPEN;

  @Field({ description: '全部配件 Every active part (else a selection)' })
  @Property({ default: true })
  allParts: boolean = true;

  @Field(() => Int, { description: 'Lines counted so far' })
  @Property({ default: 0 })
  countedLines: number = 0;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  confirmedAt?: Date | null;
}

@Entity({ tableName: 'stocktake_line' })
@ObjectType({ simpleResolvers: true, description: '盘点单明细 A part on a count sheet' })
export class StocktakeLine extends StockDocumentLine {
  @ManyToOne(() => Stocktake, { ref: true, deleteRule: 'cascade' })
  @Index()
  document!: Ref<Stocktake>;

  @Field(() => ID)
  get documentId(): string {
    return this.document.id;
  }

  @Field(() => Int, { nullable: true, description: '实盘数 Counted' })
  @Property({ type: 'integer', nullable: true })
  countedQuantity?: number | null;

  @Field(() => Int, { nullable: true, description: '盘点时账面数 The book quantity when the count was entered' })
  @Property({ type: 'integer', nullable: true })
  expectedQuantity?: number | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  countedAt?: Date | null;

  @Field(() => Int, { nullable: true, description: '盈亏 Counted minus the book at count time (posted on confirmation)' })
  get difference(): number | null {
    return this.countedQuantity == null || this.expectedQuantity == null ? null : this.countedQuantity - this.expectedQuantity;
  }
}

@Entity({ tableName: 'stocktake_event' })
@Index({ properties: ['document', 'at'] })
@ObjectType({ simpleResolvers: true, description: '盘点单记录 Timeline entry of a stocktake' })
export class StocktakeEvent extends TimelineEntry {
  @ManyToOne(() => Stocktake, { ref: true, deleteRule: 'cascade' })
  document!: Ref<Stocktake>;

  @Field(() => ID)
  get documentId(): string {
    return this.document.id;
  }

  @Field(() => StockEventAction)
  @Enum({ items: () => StockEventAction })
  action!: StockEventAction;

  @Field(() => StocktakeStatus, { nullable: true })
  @Enum({ items: () => StocktakeStatus, nullable: true })
  fromStatus?: StocktakeStatus | null;

  @Field(() => StocktakeStatus)
  @Enum({ items: () => StocktakeStatus })
  status!: StocktakeStatus;
}
