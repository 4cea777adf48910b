import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref, OptionalProps } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { v7 as uuidv7 } from 'uuid';
import { ServiceStation } from '../station/service-station.entity';
import { ServiceOrder } from './service-order.entity';
import { ServiceOrderStatus, TimelineAction } from './service-order.enums';

/** 处理信息: one line of an order's tracking timeline, like a courier's. Appended, never changed. */
@Entity({ tableName: 'service_order_event' })
@Index({ properties: ['order', 'at'] })
@ObjectType({ simpleResolvers: true, description: '处理信息 Timeline event of a service order' })
export class TimelineEvent {
  [OptionalProps]?: 'id' | 'at' | 'internal' | 'orderId' | 'stationId';

  static readonly noAudit = true;

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @ManyToOne(() => ServiceOrder, { ref: true, deleteRule: 'cascade' })
  order!: Ref<ServiceOrder>;

  @Field(() => ID)
  get orderId(): string {
    return this.order.id;
  }

  @Field({ description: '时间 When' })
  @Property({ type: 'timestamptz' })
  at: Date = new Date();

  @Field(() => TimelineAction)
  @Enum({ items: () => TimelineAction })
  action!: TimelineAction;

  @Field(() => ServiceOrderStatus, { nullable: true })
  @Enum({ items: () => ServiceOrderStatus, nullable: true })
  fromStatus?: ServiceOrderStatus | null;

  @Field(() => ServiceOrderStatus)
  @Enum({ items: () => ServiceOrderStatus })
  status!: ServiceOrderStatus;

  @Field({ description: 'user, partner or system' })
  @Property({ length: 10 })
  actorKind!: string;

  @Property({ length: 64 })
  actorId!: string;

  @Field(() => String, { nullable: true, description: '操作人 Who (hidden from partners)' })
  @Property({ length: 100 })
  actorLabel!: string;

  @ManyToOne(() => ServiceStation, { nullable: true, ref: true, deleteRule: 'restrict' })
  station?: Ref<ServiceStation> | null;

  @Field(() => ID, { nullable: true, description: '网点/部门 The station (or none: the call centre)' })
  get stationId(): string | null {
    return this.station?.id ?? null;
  }

  @Field(() => String, { nullable: true, description: '备注 Note' })
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Field({ description: 'Internal events are hidden from partners and customers' })
  @Property({ default: false })
  internal: boolean = false;
}
