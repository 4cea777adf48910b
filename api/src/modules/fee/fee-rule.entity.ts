import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { BaseEntity } from '../../common/base.entity';
import { CalendarDate, Money } from '../../common/columns';
import { Brand } from '../product/brand.entity';
import { ProductCategory } from '../product/product-category.entity';
import { DistanceBand, FeeKind, ServiceKind } from './fee-enums';

/**
 * One line of the fee table (费用表). The most specific active rule wins:
 * brand + category over brand over category over neither.
 */
@Entity()
@Index({ properties: ['feeKind', 'serviceKind'] })
@ObjectType({ simpleResolvers: true, description: '收费标准 Fee rule' })
export class FeeRule extends BaseEntity {
  @Field({ description: '名称 Name' })
  @Property({ length: 100 })
  name!: string;

  @Field(() => FeeKind)
  @Enum({ items: () => FeeKind })
  feeKind!: FeeKind;

  @Field(() => ServiceKind)
  @Enum({ items: () => ServiceKind })
  serviceKind!: ServiceKind;

  @ManyToOne(() => Brand, { nullable: true, ref: true, deleteRule: 'restrict' })
  brand?: Ref<Brand> | null;

  @Field(() => ID, { nullable: true, description: 'Only for this brand (empty: any)' })
  get brandId(): string | null {
    return this.brand?.id ?? null;
  }

  @ManyToOne(() => ProductCategory, { nullable: true, ref: true, deleteRule: 'restrict' })
  category?: Ref<ProductCategory> | null;

  @Field(() => ID, { nullable: true, description: 'Only for this category (empty: any)' })
  get categoryId(): string | null {
    return this.category?.id ?? null;
  }

  @Field(() => DistanceBand, { nullable: true, description: 'Visit fees: the distance band priced' })
  @Enum({ items: () => DistanceBand, nullable: true })
  distanceBand?: DistanceBand | null;

  @Field(() => Float, { description: '金额 Amount (yuan)' })
  @Money()
  amount!: number;

  @Field(() => LocalDateResolver, { nullable: true })
  @CalendarDate({ nullable: true })
  validFrom?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  @CalendarDate({ nullable: true })
  validTo?: string | null;

  @Field()
  @Property({ default: true })
  active: boolean = true;
}
