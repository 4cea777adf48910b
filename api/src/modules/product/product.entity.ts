import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Money } from '../../common/columns';
import { Brand } from './brand.entity';
import { Manufacturer } from './manufacturer.entity';
import { ProductCategory } from './product-category.entity';

@Entity()
@ObjectType({ simpleResolvers: true, description: '产品 Product (model)' })
export class Product extends BaseEntity {
  @Field({ description: '型号/款号 Model number (unique)' })
  @Property({ length: 60, unique: true })
  modelNumber!: string;

  @Field({ description: '品名 Name' })
  @Property({ length: 120 })
  @Index({
    name: 'product_name_trgm',
    expression: 'create index "product_name_trgm" on "product" using gin ("name" gin_trgm_ops)',
  })
  name!: string;

  @ManyToOne(() => Brand, { ref: true })
  @Index()
  brand!: Ref<Brand>;

  @Field(() => ID)
  get brandId(): string {
    return this.brand.id;
  }

  @ManyToOne(() => ProductCategory, { ref: true })
  @Index()
  category!: Ref<ProductCategory>;

  @Field(() => ID)
  get categoryId(): string {
    return this.category.id;
  }

  @ManyToOne(() => Manufacturer, { ref: true })
  @Index()
  manufacturer!: Ref<Manufacturer>;

  @Field(() => ID)
  get manufacturerId(): string {
    return this.manufacturer.id;
  }

  @Field(() => Int, { description: '保修月数 Warranty months' })
  @Property({ type: 'smallint' })
  warrantyMonths!: number;

  @Field(() => Float, { nullable: true, description: '零售价 List price (yuan)' })
  @Money({ nullable: true })
  listPrice?: number | null;

  @Field()
  @Property({ default: true })
  active: boolean = true;
}
