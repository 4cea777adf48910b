import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { v7 as uuidv7 } from 'uuid';
import { BaseEntity } from '../../common/base.entity';
import { Money } from '../../common/columns';
import { Manufacturer } from '../product/manufacturer.entity';
import { ServiceOrder } from '../service-order/service-order.entity';

/**
 * 对厂结算单: a manufacturer's month, confirmed. Its lines are a snapshot of the orders as they
 * were then; from that moment those orders' fees and payer are frozen (changes are refused with
 * SETTLED). Only confirmed statements exist: an open month is the live report.
 */
@Entity({ tableName: 'settlement_statement' })
@Unique({ properties: ['manufacturer', 'month'] })
@ObjectType({ simpleResolvers: true, description: '对厂结算单 A manufacturer’s confirmed monthly settlement statement (frozen)' })
export class SettlementStatement extends BaseEntity {
  @Field({ description: '结算单号 e.g. JS-202611-M001' })
  @Property({ length: 40, unique: true })
  number!: string;

  @ManyToOne(() => Manufacturer, { ref: true, deleteRule: 'restrict' })
  manufacturer!: Ref<Manufacturer>;

  @Field(() => ID)
  get manufacturerId(): string {
    return this.manufacturer.id;
  }

  @Field({ description: 'YYYY-MM, business time zone' })
  @Property({ length: 7 })
  month!: string;

  @Field(() => Int) @Property() orders!: number;
  @Field(() => Float, { description: '工时费 Labour' }) @Money() labourFee!: number;
  @Field(() => Float, { description: '上门费 Visit fees' }) @Money() visitFee!: number;
  @Field(() => Float, { description: '配件费 Parts' }) @Money() partsFee!: number;
  @Field(() => Float, { description: '合计 Total' }) @Money() total!: number;

  @Field({ description: '确认时间 Confirmed at' })
  @Property({ type: 'timestamptz' })
  confirmedAt!: Date;

  @Field({ description: '确认人 Who confirmed it (hidden from partners)', nullable: true })
  @Property({ length: 100 })
  confirmedBy!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note?: string | null;
}

/** One order on a confirmed statement, as it was when confirmed. An order is on one statement at most. */
@Entity({ tableName: 'settlement_line' })
export class SettlementLine {
  /** Written once with its statement (whose creation is audited) and never changed: the snapshot is the record. */
  static readonly noAudit = true;

  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @ManyToOne(() => SettlementStatement, { ref: true, deleteRule: 'cascade' })
  @Index()
  statement!: Ref<SettlementStatement>;

  @ManyToOne(() => ServiceOrder, { ref: true, deleteRule: 'restrict', unique: true })
  order!: Ref<ServiceOrder>;

  @Property({ length: 20 }) orderNumber!: string;
  @Property({ type: 'timestamptz' }) completedAt!: Date;
  @Money() labourFee!: number;
  @Money() visitFee!: number;
  @Money() partsFee!: number;
  @Money() total!: number;
  /** Completed in an earlier month whose statement was already confirmed (its payer changed later). */
  @Property({ default: false }) carriedOver: boolean = false;
}
