import { Collection, Entity, Index, ManyToOne, OneToMany, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { BaseEntity } from '../../common/base.entity';
import { CalendarDate } from '../../common/columns';
import { Customer } from '../customer/customer.entity';
import { Product } from './product.entity';
import { ApiKey } from '../auth/api-key.entity';
import { ServiceOrder } from '../service-order/service-order.entity';

/** 三包产品: one sold item, identified by its serial number within its product. */
@Entity()
@Unique({ properties: ['product', 'serialNumber'] })
@ObjectType({ simpleResolvers: true, description: '产品序列号/三包产品 Product unit (a serialised sold item)' })
export class ProductUnit extends BaseEntity {
  @Field({ description: '序列号 Serial number (unique per product)' })
  @Property({ length: 60 })
  @Index()
  serialNumber!: string;

  @ManyToOne(() => Product, { ref: true })
  product!: Ref<Product>;

  @Field(() => ID)
  get productId(): string {
    return this.product.id;
  }

  @ManyToOne(() => Customer, { nullable: true, ref: true, deleteRule: 'restrict' })
  @Index()
  owner?: Ref<Customer> | null;

  @Field(() => ID, { nullable: true, description: '购买人 Owner' })
  get ownerId(): string | null {
    return this.owner?.id ?? null;
  }

  @ManyToOne(() => Customer, { nullable: true, ref: true, deleteRule: 'restrict' })
  user?: Ref<Customer> | null;

  @Field(() => ID, { nullable: true, description: '使用人 User, when not the owner' })
  get userId(): string | null {
    return this.user?.id ?? null;
  }

  @Field(() => LocalDateResolver, { nullable: true, description: '购买日期 Purchase date' })
  @CalendarDate({ nullable: true })
  purchaseDate?: string | null;

  @Field(() => String, { nullable: true, description: '销售单位 Seller' })
  @Property({ type: 'string', length: 100, nullable: true })
  seller?: string | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: '签收日期 Delivered to the customer: the 三包 period runs from here (from the purchase date when unknown)',
  })
  @CalendarDate({ nullable: true })
  deliveredOn?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: '安装日期 Installation date' })
  @CalendarDate({ nullable: true })
  installationDate?: string | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description:
      '保修截止日 Last day of warranty: the same day, the product’s warranty months after purchase (month end if none), unless overridden',
  })
  @CalendarDate({ nullable: true })
  @Index()
  warrantyEndsOn?: string | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description:
      '换货承继保修 A replacement’s warranty end taken at the exchange (restarted from the exchange date, or the replaced unit’s remaining warranty, as the after-sales rules say); later repairs extend it',
  })
  @CalendarDate({ nullable: true })
  carriedWarrantyEndsOn?: string | null;

  @ManyToOne(() => ProductUnit, { nullable: true, ref: true, deleteRule: 'restrict' })
  @Index()
  replaces?: Ref<ProductUnit> | null;

  @Field(() => ID, { nullable: true, description: '换货前的产品 The unit this one replaced in an exchange' })
  get replacesId(): string | null {
    return this.replaces?.id ?? null;
  }

  @Field({ description: 'True when warrantyEndsOn was set by hand instead of derived' })
  @Property({ default: false })
  warrantyOverridden: boolean = false;

  @Field(() => String, { nullable: true, description: 'Why warrantyEndsOn was set by hand (required with the override; audited)' })
  @Property({ type: 'text', nullable: true })
  warrantyOverrideReason?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  notes?: string | null;

  @Field()
  @Property({ default: true })
  active: boolean = true;

  /** The partner key that registered the unit (a retailer sees the units it sold). */
  @ManyToOne(() => ApiKey, { nullable: true, ref: true, deleteRule: 'restrict' })
  createdByApiKey?: Ref<ApiKey> | null;

  /** For access scopes ("units serviced at this station"), not exposed as such. */
  @OneToMany(() => ServiceOrder, (o) => o.productUnit)
  orders = new Collection<ServiceOrder>(this);
}
