import { Field, ID, InputType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { ArrayMaxSize, IsNotEmpty, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { ListFilter } from '../../graphql/list';
import { DateBound, DateOrDateTime } from '../../graphql/date-range';
import { QualityFeedbackStatus } from './quality-feedback.enums';

@InputType({ description: '从故障排列图发起 The orders behind one bar of the fault Pareto: the product’s orders with this symptom received in the period' })
export class FaultSelectionInput {
  @Field(() => ID) @IsUUID() symptomCodeId!: string;
  @Field(() => LocalDateResolver, { description: 'First day (business time zone)' }) from!: string;
  @Field(() => LocalDateResolver, { description: 'Last day' }) to!: string;
}

@InputType()
export class QualityFeedbackCreateInput {
  @Field(() => ID, { description: '产品型号 The product with the defect' }) @IsUUID() productId!: string;
  @Field() @IsNotEmpty() @MaxLength(200) title!: string;
  @Field() @IsNotEmpty() @MaxLength(4000) description!: string;
  @Field(() => ID, { nullable: true, description: '不良现象 The symptom code of the pattern' }) @IsUUID() symptomCodeId?: string;
  @Field(() => [ID], { nullable: true, description: 'Service orders of this product showing it' }) @ArrayMaxSize(200) @IsUUID('all', { each: true }) serviceOrderIds?: string[];
  @Field(() => FaultSelectionInput, { nullable: true, description: 'Link every order of a fault Pareto bar (at most 200)' }) @ValidateNested() fromFault?: FaultSelectionInput;
}

@InputType()
export class QualityLinkInput {
  @Field(() => [ID]) @ArrayMaxSize(200) @IsUUID('all', { each: true }) serviceOrderIds!: string[];
}

@InputType()
export class QualityConfirmInput {
  @Field({ description: '厂家答复 The manufacturer’s answer: cause, fix, what it pays' }) @IsNotEmpty() @MaxLength(4000) response!: string;
}

@InputType()
export class QualityFeedbackFilter extends ListFilter {
  @Field({ nullable: true }) @MaxLength(20) number?: string;
  @Field(() => QualityFeedbackStatus, { nullable: true }) status?: QualityFeedbackStatus;
  @Field(() => [QualityFeedbackStatus], { nullable: true }) @ArrayMaxSize(10) statuses?: QualityFeedbackStatus[];
  @Field(() => ID, { nullable: true }) @IsUUID() productId?: string;
  @Field(() => ID, { nullable: true }) @IsUUID() manufacturerId?: string;
  @Field(() => ID, { nullable: true }) @IsUUID() symptomCodeId?: string;
  @Field(() => ID, { nullable: true }) @IsUUID() stationId?: string;
  @Field(() => DateOrDateTime, { nullable: true }) createdFrom?: DateBound;
  @Field(() => DateOrDateTime, { nullable: true }) createdTo?: DateBound;
}
