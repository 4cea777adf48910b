import { Entity, Enum, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { CodeKind } from './code-kind';

/** SAP-style catalogue group; its categories form the catalog profile of those product categories. */
@Entity()
@Unique({ properties: ['kind', 'code'] })
@ObjectType({ simpleResolvers: true, description: '代码组 Code group' })
export class CodeGroup extends BaseEntity {
  @Field(() => CodeKind)
  @Enum({ items: () => CodeKind })
  kind!: CodeKind;

  @Field({ description: '代码 Code' })
  @Property({ length: 20 })
  code!: string;

  @Field({ description: '名称 Name' })
  @Property({ length: 60 })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 100, nullable: true })
  nameEn?: string | null;

  @Field(() => [ID], { description: 'Product categories this group applies to (empty: all)' })
  @Property({ type: 'text[]', default: '{}' })
  categoryIds: string[] = [];

  @Field(() => Int)
  @Property({ default: 0 })
  sortOrder: number = 0;

  @Field()
  @Property({ default: true })
  active: boolean = true;
}
