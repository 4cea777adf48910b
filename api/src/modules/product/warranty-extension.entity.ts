import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { v7 as uuidv7 } from 'uuid';
import { CalendarDate } from '../../common/columns';
import { labelledEnum } from '../../graphql/enums';
import { ServiceOrder } from '../service-order/service-order.entity';
import { ProductUnit } from './product-unit.entity';
import './product.labels';

export enum WarrantyExtensionReason {
  REPAIR = 'repair',
  EXCHANGE = 'exchange',
}
labelledEnum(WarrantyExtensionReason, 'WarrantyExtensionReason', { description: '三包顺延原因 Why a warranty was extended' });

/**
 * 三包顺延: the time a unit spent in an in-warranty repair (intake to hand-back) or in an exchange
 * does not count against its warranty; each such stay pushes its end back by its days. Appended,
 * never changed (it is the record).
 */
@Entity()
@Index({ properties: ['unit', 'createdAt'] })
@ObjectType({ simpleResolvers: true, description: '三包顺延 Days a repair or exchange added to a unit’s warranty' })
export class WarrantyExtension {
  static readonly noAudit = true;

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @ManyToOne(() => ProductUnit, { ref: true, deleteRule: 'cascade' })
  unit!: Ref<ProductUnit>;

  @Field(() => ID)
  get unitId(): string {
    return this.unit.id;
  }

  @Field(() => WarrantyExtensionReason)
  @Enum({ items: () => WarrantyExtensionReason })
  reason!: WarrantyExtensionReason;

  @Field(() => Int, { description: '顺延天数 Days added' })
  @Property({ type: 'smallint' })
  days!: number;

  @Field(() => LocalDateResolver, { description: 'The stay began (intake, or the exchange request)' })
  @CalendarDate()
  fromDate!: string;

  @Field(() => LocalDateResolver, { description: 'The stay ended (hand-back, or the replacement handed over)' })
  @CalendarDate()
  toDate!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Warranty end before' })
  @CalendarDate({ nullable: true })
  endsBefore?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Warranty end after' })
  @CalendarDate({ nullable: true })
  endsAfter?: string | null;

  @ManyToOne(() => ServiceOrder, { ref: true, nullable: true, deleteRule: 'restrict' })
  serviceOrder?: Ref<ServiceOrder> | null;

  @Field(() => ID, { nullable: true, description: 'The repair order that extended it' })
  get serviceOrderId(): string | null {
    return this.serviceOrder?.id ?? null;
  }

  /** The exchange that extended it: a return request (never deleted; kept by id so that units do not depend on the returns module). */
  @Field(() => ID, { nullable: true, description: 'The exchange (return request) that extended it' })
  @Property({ type: 'uuid', nullable: true })
  returnRequestId?: string | null;

  @Field(() => String, { nullable: true, description: 'The document’s number (service order or return request)' })
  @Property({ type: 'string', length: 20, nullable: true })
  documentNumber?: string | null;

  @Field({ description: 'When it was recorded' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
