import { Entity, Enum, Index, ManyToOne, type Ref, OptionalProps } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { TimelineEntry } from '../../common/lifecycle/timeline-entry';
import { ServiceOrder } from './service-order.entity';
import { ServiceOrderStatus, TimelineAction } from './service-order.enums';

/** 处理信息: one line of an order's tracking timeline, like a courier's. */
@Entity({ tableName: 'service_order_event' })
@Index({ properties: ['order', 'at'] })
@ObjectType({ simpleResolvers: true, description: '处理信息 Timeline event of a service order' })
export class TimelineEvent extends TimelineEntry {
  [OptionalProps]?: 'id' | 'at' | 'internal' | 'orderId' | 'stationId';

  @ManyToOne(() => ServiceOrder, { ref: true, deleteRule: 'cascade' })
  order!: Ref<ServiceOrder>;

  @Field(() => ID)
  get orderId(): string {
    return this.order.id;
  }

  @Field(() => TimelineAction)
  @Enum({ items: () => TimelineAction })
  action!: TimelineAction;

  @Field(() => ServiceOrderStatus, { nullable: true })
  @Enum({ items: () => ServiceOrderStatus, nullable: true })
  fromStatus?: ServiceOrderStatus | null;

  @Field(() => ServiceOrderStatus)
  @Enum({ items: () => ServiceOrderStatus })
  status!: ServiceOrderStatus;
}
