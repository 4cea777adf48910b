import { Entity, Enum, Index, ManyToOne, type Ref, OptionalProps } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { TimelineEntry } from '../../common/lifecycle/timeline-entry';
import { ReturnRequest } from './return-request.entity';
import { ReturnEventAction, ReturnStatus } from './return-request.enums';

/** 处理记录: one entry of a return request's timeline (the customer follows the public ones). */
@Entity({ tableName: 'return_request_event' })
@Index({ properties: ['request', 'at'] })
@ObjectType({ simpleResolvers: true, description: '售后处理记录 Timeline entry of a return request' })
export class ReturnEvent extends TimelineEntry {
  [OptionalProps]?: 'id' | 'at' | 'internal' | 'requestId' | 'stationId';

  @ManyToOne(() => ReturnRequest, { ref: true, deleteRule: 'cascade' })
  request!: Ref<ReturnRequest>;

  @Field(() => ID)
  get requestId(): string {
    return this.request.id;
  }

  @Field(() => ReturnEventAction)
  @Enum({ items: () => ReturnEventAction })
  action!: ReturnEventAction;

  @Field(() => ReturnStatus, { nullable: true })
  @Enum({ items: () => ReturnStatus, nullable: true })
  fromStatus?: ReturnStatus | null;

  @Field(() => ReturnStatus)
  @Enum({ items: () => ReturnStatus })
  status!: ReturnStatus;
}
