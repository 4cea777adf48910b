import { BeforeCreate, BeforeUpdate, Collection, Entity, Enum, Index, ManyToOne, OneToMany, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Region } from '../region/region.entity';
import { Technician } from '../station/technician.entity';
import { ApiKey } from '../auth/api-key.entity';
import { ProductUnit } from '../product/product-unit.entity';
import { ServiceOrder } from '../service-order/service-order.entity';
import { labelledEnum } from '../../graphql/enums';
import './customer.labels';

export enum CustomerKind {
  INDIVIDUAL = 'individual',
  DEALER = 'dealer',
  STORE = 'store',
  ENTERPRISE = 'enterprise',
}
labelledEnum(CustomerKind, 'CustomerKind', { description: '客户类型 Customer kind', notes: { STORE: 'the customer of pre-sale orders' } });

export enum ServiceLevel {
  NORMAL = 'normal',
  VIP = 'vip',
  CONTRACT = 'contract',
}
labelledEnum(ServiceLevel, 'ServiceLevel', { description: '服务等级 Service level (差异化服务: VIP and contract customers get shorter SLA deadlines)' });

@Entity()
@ObjectType({ simpleResolvers: true, description: '客户 Customer' })
export class Customer extends BaseEntity {
  @Field({ description: '客户名称 Name' })
  @Property({ length: 100 })
  name!: string;

  @Field(() => CustomerKind)
  @Enum({ items: () => CustomerKind, default: CustomerKind.INDIVIDUAL })
  kind: CustomerKind = CustomerKind.INDIVIDUAL;

  @Field(() => String, { nullable: true, description: '手机 Mobile (required for individuals)' })
  @Property({ type: 'string', length: 20, nullable: true })
  @Index()
  mobile?: string | null;

  @Field(() => [String], { description: '其他电话 Other phones' })
  @Property({ type: 'text[]', default: '{}' })
  phones: string[] = [];

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 100, nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true, description: '地址 Address' })
  @Property({ type: 'string', length: 200, nullable: true })
  address?: string | null;

  @ManyToOne(() => Region, { nullable: true, ref: true, deleteRule: 'restrict' })
  @Index()
  region?: Ref<Region> | null;

  @Field(() => ID, { nullable: true })
  get regionId(): string | null {
    return this.region?.id ?? null;
  }

  @Field(() => ServiceLevel)
  @Enum({ items: () => ServiceLevel, default: ServiceLevel.NORMAL })
  serviceLevel: ServiceLevel = ServiceLevel.NORMAL;

  @ManyToOne(() => Technician, { nullable: true, ref: true, deleteRule: 'restrict' })
  defaultTechnician?: Ref<Technician> | null;

  @Field(() => ID, { nullable: true, description: '默认维修员 Default technician, offered first at dispatch' })
  get defaultTechnicianId(): string | null {
    return this.defaultTechnician?.id ?? null;
  }

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  notes?: string | null;

  @Field()
  @Property({ default: true })
  active: boolean = true;

  /** Name and every phone, digits only, in one trigram-indexed column: the incoming-call lookup (来电显示). */
  @Property({ type: 'text', lazy: true, default: '' })
  @Index({
    name: 'customer_search_text_trgm',
    expression: 'create index "customer_search_text_trgm" on "customer" using gin ("search_text" gin_trgm_ops)',
  })
  searchText: string = '';

  /** The partner key that registered the customer (a retailer sees the customers it brought). */
  @ManyToOne(() => ApiKey, { nullable: true, ref: true, deleteRule: 'restrict' })
  createdByApiKey?: Ref<ApiKey> | null;

  /** For access scopes ("customers owning this maker's units"), not exposed as such. */
  @OneToMany(() => ProductUnit, (u) => u.owner)
  ownedUnits = new Collection<ProductUnit>(this);

  @OneToMany(() => ServiceOrder, (o) => o.customer)
  orders = new Collection<ServiceOrder>(this);

  @BeforeCreate()
  @BeforeUpdate()
  refreshSearchText(): void {
    this.phones = [...new Set(this.phones.map((p) => p.trim()).filter(Boolean))];
    const phones = [this.mobile ?? '', ...this.phones].map((p) => p.replace(/\D/g, ''));
    this.searchText = [this.name, ...phones].filter(Boolean).join(' ');
  }
}
