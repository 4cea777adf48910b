import { Entity, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { BaseEntity } from '../../common/base.entity';
import { User } from '../auth/user.entity';
import { Role } from '../auth/role';

/**
 * 已保存的查询: an ad-hoc query under a name, private to its owner or shared with roles and
 * partner keys. Whoever runs it sees what their own scope and masking allow, never the owner's.
 */
@Entity()
@Unique({ properties: ['owner', 'name'] })
@ObjectType({ simpleResolvers: true, description: '已保存的查询 Saved query' })
export class SavedQuery extends BaseEntity {
  @Field()
  @Property({ length: 100 })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Field({ description: 'The query root (QueryRoot), e.g. serviceOrders' })
  @Property({ length: 40 })
  @Index()
  root!: string;

  @Field(() => GraphQLJSONObject, { description: 'The query (the shape of AdHocQueryInput); pass it to runQuery, or run the saved query with runSavedQuery' })
  @Property({ type: 'jsonb' })
  definition!: Record<string, unknown>;

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  owner!: Ref<User>;

  @Field(() => ID)
  get ownerId(): string {
    return this.owner.id;
  }

  @Field(() => String, { nullable: true, description: 'Who saved it (hidden from partners)' })
  @Property({ length: 100 })
  ownerName!: string;

  @Field(() => [Role], { nullable: true, description: 'Roles it is shared with (hidden from partners)' })
  @Property({ type: 'text[]', default: '{}' })
  sharedWithRoles: Role[] = [];

  @Field(() => [ID], { nullable: true, description: 'Partner keys it is shared with (hidden from partners)' })
  @Property({ type: 'text[]', default: '{}' })
  sharedWithApiKeyIds: string[] = [];
}
