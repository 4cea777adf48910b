import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Money } from '../../common/columns';
import { labelledEnum } from '../../graphql/enums';
import { Technician } from '../station/technician.entity';
import './report.labels';

export enum AdjustmentKind {
  REWARD = 'reward',
  DEDUCTION = 'deduction',
}
labelledEnum(AdjustmentKind, 'AdjustmentKind', { description: '奖惩 A reward (added) or a deduction (taken off) of a technician’s month' });

/** 奖励/扣款: entered by a manager with a reason for one technician's month; audited like every record. */
@Entity({ tableName: 'commission_adjustment' })
@Index({ properties: ['technician', 'month'] })
@ObjectType({ simpleResolvers: true, description: '奖惩 A reward or deduction of a technician’s monthly commission, with its reason' })
export class CommissionAdjustment extends BaseEntity {
  @ManyToOne(() => Technician, { ref: true, deleteRule: 'restrict' })
  technician!: Ref<Technician>;

  @Field(() => ID)
  get technicianId(): string {
    return this.technician.id;
  }

  @Field({ description: 'YYYY-MM' })
  @Property({ length: 7 })
  month!: string;

  @Field(() => AdjustmentKind)
  @Enum({ items: () => AdjustmentKind })
  kind!: AdjustmentKind;

  @Field(() => Float, { description: 'Yuan, always positive: the kind says which way' })
  @Money()
  amount!: number;

  @Field({ description: '原因 Why' })
  @Property({ type: 'text' })
  reason!: string;

  @Field({ description: 'Who entered it' })
  @Property({ length: 100 })
  enteredBy!: string;
}
