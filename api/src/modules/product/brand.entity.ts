import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Manufacturer } from './manufacturer.entity';

@Entity()
@ObjectType({ simpleResolvers: true, description: '品牌 Brand' })
export class Brand extends BaseEntity {
  @Field({ description: '代码 Code' })
  @Property({ length: 30, unique: true })
  code!: string;

  @Field({ description: '名称 Name' })
  @Property({ length: 100 })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 100, nullable: true })
  nameEn?: string | null;

  @ManyToOne(() => Manufacturer, { ref: true })
  @Index()
  manufacturer!: Ref<Manufacturer>;

  @Field(() => ID)
  get manufacturerId(): string {
    return this.manufacturer.id;
  }

  @Field()
  @Property({ default: true })
  active: boolean = true;
}
