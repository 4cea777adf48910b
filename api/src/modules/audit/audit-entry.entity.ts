import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { v7 as uuidv7 } from 'uuid';
import { labelledEnum } from '../../graphql/enums';
import './audit.labels';

export enum AuditAction {
  CREATE = 'create',
  UPDATE = 'update',
  DELETE = 'delete',
}
labelledEnum(AuditAction, 'AuditAction');

/** One row per changed record per flush: who, when, what changed (日志). Never updated or deleted. */
@Entity({ tableName: 'audit_entry' })
@Index({ properties: ['entityName', 'entityId'] })
@ObjectType({ simpleResolvers: true, description: '审计日志 Audit entry' })
export class AuditEntry {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Field({ description: '时间 When' })
  @Property({ type: 'timestamptz' })
  @Index()
  at: Date = new Date();

  @Field({ description: 'user, partner or system' })
  @Property({ length: 10 })
  actorKind!: string;

  @Field({ description: 'User id or API key id' })
  @Property({ length: 64 })
  @Index()
  actorId!: string;

  @Field({ description: 'Username or partner key name' })
  @Property({ length: 100 })
  actorLabel!: string;

  @Field(() => AuditAction)
  @Enum({ items: () => AuditAction })
  action!: AuditAction;

  @Field({ description: 'Entity type, e.g. Customer' })
  @Property({ length: 60 })
  entityName!: string;

  @Field()
  @Property({ length: 64 })
  entityId!: string;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Changed fields before the change' })
  @Property({ type: 'jsonb', nullable: true })
  before?: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Changed fields after the change' })
  @Property({ type: 'jsonb', nullable: true })
  after?: Record<string, unknown> | null;

  @Field(() => String, { nullable: true, description: 'Reason given, e.g. for a fee override' })
  @Property({ type: 'text', nullable: true })
  reason?: string | null;
}
