import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref, OptionalProps } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { v7 as uuidv7 } from 'uuid';
import { Money } from '../../common/columns';
import { Part } from '../part/part.entity';
import { ServiceOrder } from './service-order.entity';
import { labelledEnum } from '../../graphql/enums';
import './service-order.labels';

export enum OrderPartKind {
  USED = 'used',
  AWAITED = 'awaited',
}
labelledEnum(OrderPartKind, 'OrderPartKind');

/**
 * A part on an order: used in the repair (priced at the part's sale price then) or waited for.
 * Used lines are what the stock ledger will consume when stock movements arrive.
 */
@Entity({ tableName: 'service_order_part' })
@Index({ properties: ['kind', 'arrivedAt'] })
@ObjectType({ simpleResolvers: true, description: '服务单配件 Part used on, or awaited by, a service order' })
export class OrderPart {
  [OptionalProps]?: 'id' | 'createdAt' | 'orderId' | 'partId';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @ManyToOne(() => ServiceOrder, { ref: true, deleteRule: 'cascade' })
  @Index()
  order!: Ref<ServiceOrder>;

  @Field(() => ID)
  get orderId(): string {
    return this.order.id;
  }

  @ManyToOne(() => Part, { ref: true, deleteRule: 'restrict' })
  @Index()
  part!: Ref<Part>;

  @Field(() => ID)
  get partId(): string {
    return this.part.id;
  }

  @Field(() => OrderPartKind)
  @Enum({ items: () => OrderPartKind })
  kind!: OrderPartKind;

  @Field(() => Int)
  @Property()
  quantity!: number;

  @Field(() => Float, { description: 'Unit price charged (the part’s sale price when recorded)' })
  @Money()
  unitPrice!: number;

  @Field({ description: 'When the line was recorded' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true, description: 'Awaited parts: when they arrived' })
  @Property({ type: 'timestamptz', nullable: true })
  arrivedAt?: Date | null;
}
