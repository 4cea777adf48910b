import { Entity, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { v7 as uuidv7 } from 'uuid';
import { ServiceStation } from '../../modules/station/service-station.entity';
import type { TimelineLine } from './lifecycle';

/**
 * What every document's timeline entry holds (its own table per document adds the document, the
 * action and the states): when, who, where, the system-written lines as data (rendered in the
 * reader's language) and the person's own note. Appended, never changed; not audited (it is the record).
 */
@Entity({ abstract: true })
@ObjectType()
export abstract class TimelineEntry {
  static readonly noAudit = true;

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Field({ description: '时间 When' })
  @Property({ type: 'timestamptz' })
  at: Date = new Date();

  @Field({ description: 'user, partner or system' })
  @Property({ length: 10 })
  actorKind!: string;

  @Property({ length: 64 })
  actorId!: string;

  @Field(() => String, { nullable: true, description: '操作人 Who: the person’s name or the partner (hidden from partners)' })
  @Property({ length: 100 })
  actorLabel!: string;

  @ManyToOne(() => ServiceStation, { nullable: true, ref: true, deleteRule: 'restrict' })
  station?: Ref<ServiceStation> | null;

  @Field(() => ID, { nullable: true, description: '网点 The station (none: the call centre)' })
  get stationId(): string | null {
    return this.station?.id ?? null;
  }

  /** The department's name when the entry was made (a station's, or none for the call centre). */
  @Property({ type: 'string', length: 100, nullable: true })
  departmentName?: string | null;

  /** System-written lines as data (catalogue text keys and parameters); `summary` renders them. */
  @Property({ type: 'jsonb', nullable: true })
  lines?: TimelineLine[] | null;

  @Field(() => String, { nullable: true, description: '备注 The person’s own note' })
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Field({ description: 'Internal entries are hidden from partners and customers' })
  @Property({ default: false })
  internal: boolean = false;
}
