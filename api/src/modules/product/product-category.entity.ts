import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';

@Entity()
@ObjectType({ simpleResolvers: true, description: '产品类别 Product category' })
export class ProductCategory extends BaseEntity {
  @Field({ description: '代码 Code' })
  @Property({ length: 30, unique: true })
  code!: string;

  @Field({ description: '名称 Name' })
  @Property({ length: 60 })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 60, nullable: true })
  nameEn?: string | null;

  @ManyToOne(() => ProductCategory, { nullable: true, ref: true, deleteRule: 'restrict' })
  @Index()
  parent?: Ref<ProductCategory> | null;

  @Field(() => ID, { nullable: true })
  get parentId(): string | null {
    return this.parent?.id ?? null;
  }

  @Field(() => Int)
  @Property({ default: 0 })
  sortOrder: number = 0;

  @Field()
  @Property({ default: true })
  active: boolean = true;
}
