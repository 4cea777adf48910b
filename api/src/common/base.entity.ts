import { OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { v7 as uuidv7 } from 'uuid';

/** Time-ordered UUIDs: unguessable for partners, index-friendly for millions of rows. */
@ObjectType()
export abstract class BaseEntity {
  /** Properties with defaults, which `em.create()` need not be given. */
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'active' | 'sortOrder';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Field({ description: '创建时间 Created at' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Field({ description: '更新时间 Updated at' })
  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
