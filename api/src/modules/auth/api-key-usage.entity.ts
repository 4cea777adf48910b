import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';

/** Requests per partner key per day and operation: every request is attributed to its key. */
@Entity({ tableName: 'api_key_usage' })
@ObjectType({ simpleResolvers: true, description: 'API 调用统计 Requests made with a partner key' })
export class ApiKeyUsage {
  static readonly noAudit = true;

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  apiKeyId!: string;

  @Field(() => LocalDateResolver)
  @PrimaryKey({ type: 'date' })
  day!: string;

  @Field({ description: 'GraphQL operation name (or "anonymous")' })
  @PrimaryKey({ length: 100 })
  operation!: string;

  @Field(() => Int)
  @Property({ default: 0 })
  requests: number = 0;

  @Field({ nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  lastAt?: Date;
}
