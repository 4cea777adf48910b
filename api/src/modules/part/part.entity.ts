import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Money } from '../../common/columns';
import { Manufacturer } from '../product/manufacturer.entity';
import { Product } from '../product/product.entity';

@Entity()
@ObjectType({ simpleResolvers: true, description: '配件 Part' })
export class Part extends BaseEntity {
  @Field({ description: '配件编码 Code' })
  @Property({ length: 40, unique: true })
  code!: string;

  @Field({ description: '名称 Name' })
  @Property({ length: 100 })
  @Index()
  name!: string;

  @Field(() => String, { nullable: true, description: '规格 Specification' })
  @Property({ type: 'string', length: 200, nullable: true })
  spec?: string | null;

  @Field({ description: '单位 Unit of measure, e.g. 个, 套, 米' })
  @Property({ length: 10, default: '个' })
  unit: string = '个';

  @ManyToOne(() => Manufacturer, { nullable: true, ref: true, deleteRule: 'restrict' })
  @Index()
  manufacturer?: Ref<Manufacturer> | null;

  @Field(() => ID, { nullable: true })
  get manufacturerId(): string | null {
    return this.manufacturer?.id ?? null;
  }

  @Field(() => [ID], { description: '适用产品 Compatible products' })
  @Property({ type: 'text[]', default: '{}' })
  compatibleProductIds: string[] = [];

  @Field(() => Float, { nullable: true, description: '成本价 Cost price (hidden from partners)' })
  @Money({ default: 0 })
  costPrice: number = 0;

  @Field(() => Float, { description: '销售价 Sale price (charged on orders)' })
  @Money({ default: 0 })
  salePrice: number = 0;

  @Field(() => Int, { description: '最低库存 Reorder point' })
  @Property({ default: 0 })
  reorderPoint: number = 0;

  @Field()
  @Property({ default: true })
  active: boolean = true;

  /**
   * 整机: this stock item is a whole product (goods a return brings back, a replacement an exchange
   * sends out), so finished goods move through the same ledger as parts. Created on first need.
   */
  @ManyToOne(() => Product, { nullable: true, ref: true, deleteRule: 'restrict', unique: true })
  product?: Ref<Product> | null;

  @Field(() => ID, { nullable: true, description: '整机 The product this stock item is, for finished goods (null for a part)' })
  get productId(): string | null {
    return this.product?.id ?? null;
  }
}
