import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Money } from '../../common/columns';
import { ServiceStation } from './service-station.entity';
import { labelledEnum } from '../../graphql/enums';
import './station.labels';

export enum TechnicianStatus {
  IDLE = 'idle',
  ON_THE_WAY = 'on_the_way',
  ON_SITE = 'on_site',
  OFF_DUTY = 'off_duty',
}
labelledEnum(TechnicianStatus, 'TechnicianStatus', { description: '当前状态 Current status' });

@Entity()
@ObjectType({ simpleResolvers: true, description: '维修员/工程师 Technician' })
export class Technician extends BaseEntity {
  @Field({ description: '工号 Code' })
  @Property({ length: 30, unique: true })
  code!: string;

  @Field({ description: '姓名 Name' })
  @Property({ length: 60 })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 20, nullable: true })
  mobile?: string | null;

  @ManyToOne(() => ServiceStation, { ref: true })
  @Index()
  station!: Ref<ServiceStation>;

  @Field(() => ID)
  get stationId(): string {
    return this.station.id;
  }

  @Field(() => Int, { description: '技能等级 Skill grade, 1 (junior) to 5 (expert)' })
  @Property({ type: 'smallint', default: 1 })
  skillGrade: number = 1;

  @Field(() => Int, { description: '每日单量上限 Daily order limit (overload warning above it)' })
  @Property({ type: 'smallint', default: 8 })
  dailyOrderLimit: number = 8;

  @Field(() => Float, { nullable: true, description: '底薪 Base wage (yuan / month; managers and finance only)' })
  @Money({ default: 0 })
  baseWage: number = 0;

  @Field(() => Float, { nullable: true, description: '工资上限 Wage cap (yuan / month; managers and finance only)' })
  @Money({ nullable: true })
  wageCap?: number | null;

  @Field(() => Float, { nullable: true, description: '提成系数 Commission coefficient (managers and finance only)' })
  @Property({ type: 'double', default: 0 })
  commissionCoefficient: number = 0;

  @Field(() => [ID], { description: 'Regions this technician covers (区域派工)' })
  @Property({ type: 'text[]', default: '{}' })
  regionIds: string[] = [];

  @Field(() => TechnicianStatus)
  @Enum({ items: () => TechnicianStatus, default: TechnicianStatus.IDLE })
  status: TechnicianStatus = TechnicianStatus.IDLE;

  @Field()
  @Property({ default: true })
  active: boolean = true;
}
