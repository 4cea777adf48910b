import { Entity, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { BaseEntity } from '../../common/base.entity';
import { User } from '../auth/user.entity';

/** A list filter a user saved under a name (e.g. "超期未派工"), kept on the server so it follows them. */
@Entity()
@Unique({ properties: ['user', 'resource', 'name'] })
@ObjectType({ simpleResolvers: true, description: '已保存的筛选 Saved list filter' })
export class SavedFilter extends BaseEntity {
  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Field({ description: 'The list it belongs to, e.g. serviceOrders' })
  @Property({ length: 60 })
  resource!: string;

  @Field()
  @Property({ length: 60 })
  name!: string;

  @Field(() => GraphQLJSONObject, { description: 'The filter input, as the list query takes it' })
  @Property({ type: 'jsonb' })
  filter!: Record<string, unknown>;
}
