import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { v7 as uuidv7 } from 'uuid';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { TimelineEntry } from '../../common/lifecycle/timeline-entry';
import { ApiKey } from '../auth/api-key.entity';
import { Code } from '../code-table/code.entity';
import { Manufacturer } from '../product/manufacturer.entity';
import { Product } from '../product/product.entity';
import { ServiceOrder } from '../service-order/service-order.entity';
import { ServiceStation } from '../station/service-station.entity';
import { QualityFeedbackEventAction, QualityFeedbackStatus } from './quality-feedback.enums';

const restrict = { nullable: true, ref: true, deleteRule: 'restrict' } as const;

/** 质量反馈: a defect pattern on one product (model), with the service orders that show it, through review, approval and the manufacturer's confirmation. */
@Entity()
@Index({ properties: ['status', 'createdAt'] })
@Index({ properties: ['product', 'createdAt'] })
@ObjectType({ simpleResolvers: true, description: '质量反馈 Quality feedback: a defect pattern on a product' })
export class QualityFeedback extends BaseEntity {
  @Field({ description: '反馈单号 Number, e.g. QF-2026-000004' })
  @Property({ length: 20, unique: true })
  number!: string;

  @Field(() => QualityFeedbackStatus)
  @Enum({ items: () => QualityFeedbackStatus })
  status: QualityFeedbackStatus = QualityFeedbackStatus.APPLIED;

  @ManyToOne(() => Product, { ref: true, deleteRule: 'restrict' })
  product!: Ref<Product>;

  @Field(() => ID, { description: '产品型号 The product (model) with the defect' })
  get productId(): string {
    return this.product.id;
  }

  @ManyToOne(() => Manufacturer, { ref: true, deleteRule: 'restrict' })
  @Index()
  manufacturer!: Ref<Manufacturer>;

  @Field(() => ID, { description: '厂家 The product’s manufacturer, who confirms the defect' })
  get manufacturerId(): string {
    return this.manufacturer.id;
  }

  @ManyToOne(() => Code, restrict)
  symptomCode?: Ref<Code> | null;

  @Field(() => ID, { nullable: true, description: '不良现象 The fault symptom code of the pattern' })
  get symptomCodeId(): string | null {
    return this.symptomCode?.id ?? null;
  }

  @Field({ description: '标题 Short title' })
  @Property({ length: 200 })
  title!: string;

  @Field({ description: '问题描述 The defect pattern' })
  @Property({ type: 'text' })
  description!: string;

  @Field(() => Int, { description: '关联服务单数 Service orders linked' })
  @Property({ default: 0 })
  orderCount: number = 0;

  @ManyToOne(() => ServiceStation, restrict)
  station?: Ref<ServiceStation> | null;

  @Field(() => ID, { nullable: true, description: '提报网点 The station that filed it (none: the office)' })
  get stationId(): string | null {
    return this.station?.id ?? null;
  }

  @Field(() => String, { nullable: true, description: '审核意见 Operations’ review' }) @Property({ type: 'text', nullable: true }) reviewNote?: string | null;
  @Field(() => String, { nullable: true, description: '厂家答复 The manufacturer’s answer at confirmation' }) @Property({ type: 'text', nullable: true }) manufacturerResponse?: string | null;
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) rejectReason?: string | null;
  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true }) reviewedAt?: Date | null;
  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true }) approvedAt?: Date | null;
  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true }) confirmedAt?: Date | null;
  @Field(() => Date, { nullable: true, description: 'When it reached a final state' }) @Property({ type: 'timestamptz', nullable: true }) closedAt?: Date | null;

  @ManyToOne(() => ApiKey, restrict)
  createdByApiKey?: Ref<ApiKey> | null;

  @Field(() => ID, { nullable: true })
  get createdByApiKeyId(): string | null {
    return this.createdByApiKey?.id ?? null;
  }
}

/** A service order showing the pattern (the join behind `QualityFeedback.orders`). */
@Entity()
@Unique({ properties: ['feedback', 'serviceOrder'] })
export class QualityFeedbackOrder {
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @ManyToOne(() => QualityFeedback, { ref: true, deleteRule: 'cascade' })
  @Index()
  feedback!: Ref<QualityFeedback>;

  @ManyToOne(() => ServiceOrder, { ref: true, deleteRule: 'restrict' })
  @Index()
  serviceOrder!: Ref<ServiceOrder>;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;
}

@Entity({ tableName: 'quality_feedback_event' })
@Index({ properties: ['document', 'at'] })
@ObjectType({ simpleResolvers: true, description: '质量反馈记录 Timeline entry of a quality feedback' })
export class QualityFeedbackEvent extends TimelineEntry {
  @ManyToOne(() => QualityFeedback, { ref: true, deleteRule: 'cascade' })
  document!: Ref<QualityFeedback>;

  @Field(() => ID)
  get feedbackId(): string {
    return this.document.id;
  }

  @Field(() => QualityFeedbackEventAction)
  @Enum({ items: () => QualityFeedbackEventAction })
  action!: QualityFeedbackEventAction;

  @Field(() => QualityFeedbackStatus, { nullable: true })
  @Enum({ items: () => QualityFeedbackStatus, nullable: true })
  fromStatus?: QualityFeedbackStatus | null;

  @Field(() => QualityFeedbackStatus)
  @Enum({ items: () => QualityFeedbackStatus })
  status!: QualityFeedbackStatus;
}
