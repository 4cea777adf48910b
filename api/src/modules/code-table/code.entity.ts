import { Entity, Enum, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { CodeGroup } from './code-group.entity';
import { CodeKind } from './code-kind';

/** One entry of a code table. A code in use is deactivated, never deleted. */
@Entity()
@Unique({ properties: ['kind', 'code'] })
@Index({ properties: ['kind', 'sortOrder'] })
@ObjectType({ simpleResolvers: true, description: '代码 Code (fault symptom, cause, location, repair method, after-sales reason)' })
export class Code extends BaseEntity {
  @Field(() => CodeKind, { description: 'Always the kind of its group' })
  @Enum({ items: () => CodeKind })
  kind!: CodeKind;

  @ManyToOne(() => CodeGroup, { ref: true })
  @Index()
  group!: Ref<CodeGroup>;

  @Field(() => ID)
  get groupId(): string {
    return this.group.id;
  }

  @Field({ description: '代码 Code' })
  @Property({ length: 20 })
  code!: string;

  @Field({ description: '名称 Name (Chinese)' })
  @Property({ length: 100 })
  name!: string;

  @Field(() => String, { nullable: true, description: 'English name' })
  @Property({ type: 'string', length: 100, nullable: true })
  nameEn?: string | null;

  @Field(() => [ID], { description: 'Limited to these product categories (empty: all)' })
  @Property({ type: 'text[]', default: '{}' })
  categoryIds: string[] = [];

  @Field({ description: '对客户显示 Shown to customers (after-sales reasons)' })
  @Property({ default: true })
  shownToCustomers: boolean = true;

  @Field(() => Int)
  @Property({ default: 0 })
  sortOrder: number = 0;

  @Field()
  @Property({ default: true })
  active: boolean = true;
}
