import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';

/** 区域: province > city > district. Coordinates give distance bands to stations (SLA, visit fees). */
@Entity()
@ObjectType({ simpleResolvers: true, description: '区域 Region' })
export class Region extends BaseEntity {
  @Field({ description: '区域代码 Code (e.g. GB/T 2260 division code)' })
  @Property({ length: 20, unique: true })
  code!: string;

  @Field({ description: '名称 Name' })
  @Property({ length: 60 })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 60, nullable: true })
  nameEn?: string | null;

  @Field(() => Int, { description: '1 province, 2 city, 3 district' })
  @Property({ type: 'smallint', default: 2 })
  level: number = 2;

  @ManyToOne(() => Region, { nullable: true, ref: true, deleteRule: 'restrict' })
  @Index()
  parent?: Ref<Region> | null;

  @Field(() => ID, { nullable: true })
  get parentId(): string | null {
    return this.parent?.id ?? null;
  }

  @Field(() => Float, { nullable: true, description: 'Centre latitude' })
  @Property({ type: 'double', nullable: true })
  latitude?: number | null;

  @Field(() => Float, { nullable: true, description: 'Centre longitude' })
  @Property({ type: 'double', nullable: true })
  longitude?: number | null;

  @Field()
  @Property({ default: true })
  active: boolean = true;
}
