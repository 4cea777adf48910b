import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { ServiceStation } from './service-station.entity';

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

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  address?: string | null;

  @Field()
  @Property({ default: true })
  active: boolean = true;
}
