import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Region } from '../region/region.entity';
import { labelledEnum } from '../../graphql/enums';
import './station.labels';

export enum StationKind {
  OWN_CENTER = 'own_center',
  AUTHORISED = 'authorised',
  GENERAL_AGENT = 'general_agent',
  RETAIL_STORE = 'retail_store',
}
labelledEnum(StationKind, 'StationKind', { description: '网点类型 Station kind' });

@Entity()
@ObjectType({ simpleResolvers: true, description: '维修站/服务网点 Service station' })
export class ServiceStation extends BaseEntity {
  @Field({ description: '网点代码 Code' })
  @Property({ length: 30, unique: true })
  code!: string;

  @Field({ description: '名称 Name' })
  @Property({ length: 100 })
  name!: string;

  @Field(() => StationKind)
  @Enum({ items: () => StationKind })
  @Index()
  kind!: StationKind;

  @ManyToOne(() => Region, { nullable: true, ref: true, deleteRule: 'restrict' })
  @Index()
  region?: Ref<Region> | null;

  @Field(() => ID, { nullable: true })
  get regionId(): string | null {
    return this.region?.id ?? null;
  }

  @ManyToOne(() => ServiceStation, { nullable: true, ref: true, deleteRule: 'restrict' })
  @Index()
  parent?: Ref<ServiceStation> | null;

  @Field(() => ID, {
    nullable: true,
    description: '上级网点 Network parent: where this station sends defective goods (a store to its general agent)',
  })
  get parentId(): string | null {
    return this.parent?.id ?? null;
  }

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true, description: '联系人 Contact' })
  @Property({ type: 'string', length: 60, nullable: true })
  contact?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 30, nullable: true })
  phone?: string | null;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  latitude?: number | null;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  longitude?: number | null;

  @Field(() => Int, { description: '服务半径 Service radius (km)' })
  @Property({ default: 50 })
  serviceRadiusKm: number = 50;

  @Field(() => Int, { description: '每日接单能力 Daily capacity (orders)' })
  @Property({ default: 20 })
  dailyCapacity: number = 20;

  @Field()
  @Property({ default: true })
  active: boolean = true;
}
