import { Check, Entity, Index, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { v7 as uuidv7 } from 'uuid';
import { Part } from '../../part/part.entity';
import { Warehouse } from '../../station/warehouse.entity';
import { Cost } from './cost';

/**
 * 库存: what a warehouse holds of a part, kept with the ledger in the same transaction (never
 * read-then-written: a conditional UPDATE takes stock out, and the CHECK refuses a negative
 * balance). Its moving-average cost values the stock. Changes are recorded by the ledger rows
 * that make them, not by the audit log.
 */
@Entity({ tableName: 'stock_balance' })
@Unique({ properties: ['part', 'warehouse'] })
@Check({ name: 'stock_balance_on_hand_check', expression: 'on_hand >= 0' })
@ObjectType({ simpleResolvers: true, description: '库存 On hand of a part in a warehouse, with its moving-average cost' })
export class StockBalance {
  static readonly noAudit = true;

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @ManyToOne(() => Part, { ref: true, deleteRule: 'restrict' })
  part!: Ref<Part>;

  @Field(() => ID)
  get partId(): string {
    return this.part.id;
  }

  @ManyToOne(() => Warehouse, { ref: true, deleteRule: 'restrict' })
  @Index()
  warehouse!: Ref<Warehouse>;

  @Field(() => ID)
  get warehouseId(): string {
    return this.warehouse.id;
  }

  @Field(() => Int, { description: '在库数量 On hand' })
  @Property()
  onHand!: number;

  @Field(() => Float, { nullable: true, description: '移动平均成本 Moving-average cost per unit (hidden from partners)' })
  @Cost()
  averageCost!: number;

  @Field({ description: 'When it was first stocked' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Field({ description: '最近变动 Last movement' })
  @Property({ type: 'timestamptz' })
  updatedAt: Date = new Date();
}
