import { Entity, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';

@Entity()
@ObjectType({ simpleResolvers: true, description: '厂家 Manufacturer' })
export class Manufacturer extends BaseEntity {
  @Field({ description: '代码 Code' })
  @Property({ length: 30, unique: true })
  code!: string;

  @Field({ description: '名称 Name' })
  @Property({ length: 100 })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 100, nullable: true })
  nameEn?: string | null;

  @Field(() => String, { nullable: true, description: '联系人 Contact' })
  @Property({ type: 'string', length: 60, nullable: true })
  contact?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 30, nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  address?: string | null;

  @Field()
  @Property({ default: true })
  active: boolean = true;
}
