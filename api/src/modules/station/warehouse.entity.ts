import { Entity, Enum, Index, ManyToOne, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { labelledEnum } from '../../graphql/enums';
import { ServiceStation } from './service-station.entity';
import './station.labels';

/** Good parts are issued; replaced (old) parts are kept apart until they go back to the maker (旧件仓). */
export enum WarehouseKind {
  PARTS = 'parts',
  OLD_PARTS = 'old_parts',
}
labelledEnum(WarehouseKind, 'WarehouseKind', { description: '仓库类型 What a warehouse keeps' });

@Entity()
@ObjectType({ simpleResolvers: true, description: '仓库 Warehouse' })
export class Warehouse extends BaseEntity {
  @Field({ description: '仓库代码 Code' })
  @Property({ length: 30, unique: true })
  code!: string;

  @Field({ description: '名称 Name' })
  @Property({ length: 100 })
  name!: string;

  @ManyToOne(() => ServiceStation, { ref: true })
  @Index()
  station!: Ref<ServiceStation>;

  @Field(() => ID, { description: 'The station that keeps it' })
  get stationId(): string {
    return this.station.id;
  }

  @Field({ description: '中心仓 The central warehouse' })
  @Property({ default: false })
  central: boolean = false;

  @Field(() => WarehouseKind, { description: '配件仓 or 旧件仓: old parts come in only to an old-parts warehouse; shortages count parts warehouses only' })
  @Enum({ items: () => WarehouseKind, default: WarehouseKind.PARTS })
  kind: Opt<WarehouseKind> = WarehouseKind.PARTS;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  address?: string | null;

  @Field()
  @Property({ default: true })
  active: boolean = true;
}
