import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsNotEmpty, IsUUID, MaxLength } from 'class-validator';
import { ListFilter } from '../../graphql/list';
import { DateBound, DateOrDateTime } from '../../graphql/date-range';
import { IsPhone } from '../../common/validators';
import { OrderChannel } from '../service-order/service-order.enums';
import { ComplaintCategory, ComplaintSeverity, ComplaintStatus } from './complaint.enums';

@InputType()
export class ComplaintCreateInput {
  @Field(() => OrderChannel, { nullable: true, description: 'Default: phone (partners: partner API)' }) channel?: OrderChannel;
  @Field(() => ID, { nullable: true, description: 'Required unless a service order is given' }) @IsUUID() customerId?: string;
  @Field(() => ID, { nullable: true, description: '关联服务单 The order complained about: its customer, station and product' }) @IsUUID() serviceOrderId?: string;
  @Field(() => ID, { nullable: true, description: 'The station complained about, when no order is linked' }) @IsUUID() stationId?: string;
  @Field(() => ID, { nullable: true, description: 'The product, when no order is linked' }) @IsUUID() productId?: string;
  @Field(() => ComplaintCategory) category!: ComplaintCategory;
  @Field(() => ComplaintSeverity, { defaultValue: ComplaintSeverity.MEDIUM }) severity!: ComplaintSeverity;
  @Field() @IsNotEmpty() @MaxLength(4000) description!: string;
  @Field(() => String, { nullable: true, description: 'Defaults to the customer’s mobile' }) @IsPhone() @MaxLength(20) contactPhone?: string;
  @Field(() => Date, { nullable: true, description: 'When the customer complained (default: now; not in the future): the deadlines count from it' }) receivedAt?: Date;
  @Field(() => ID, { nullable: true, description: '负责人 A user to handle it (default: the person filing, for office staff)' }) @IsUUID() ownerId?: string;
}

@InputType()
export class ComplaintResponseInput {
  @Field({ description: '答复 What the customer was told' }) @IsNotEmpty() @MaxLength(4000) response!: string;
}

@InputType()
export class ComplaintResolutionInput {
  @Field({ description: '处理结果 How it was resolved' }) @IsNotEmpty() @MaxLength(4000) resolution!: string;
}

@InputType()
export class ComplaintAssignInput {
  @Field(() => ID, { description: 'An active office user' }) @IsUUID() ownerId!: string;
  @Field(() => String, { nullable: true }) @MaxLength(2000) note?: string;
}

@InputType()
export class ComplaintFilter extends ListFilter {
  @Field({ nullable: true }) @MaxLength(20) number?: string;
  @Field(() => ComplaintStatus, { nullable: true }) status?: ComplaintStatus;
  @Field(() => [ComplaintStatus], { nullable: true }) @ArrayMaxSize(10) statuses?: ComplaintStatus[];
  @Field(() => ComplaintCategory, { nullable: true }) category?: ComplaintCategory;
  @Field(() => ComplaintSeverity, { nullable: true }) severity?: ComplaintSeverity;
  @Field(() => OrderChannel, { nullable: true }) channel?: OrderChannel;
  @Field(() => ID, { nullable: true }) @IsUUID() customerId?: string;
  @Field(() => ID, { nullable: true }) @IsUUID() serviceOrderId?: string;
  @Field(() => ID, { nullable: true }) @IsUUID() stationId?: string;
  @Field(() => ID, { nullable: true }) @IsUUID() productId?: string;
  @Field(() => ID, { nullable: true }) @IsUUID() ownerId?: string;
  @Field({ nullable: true, description: '超时 Past its response or resolution deadline without that step' }) overdue?: boolean;
  @Field({ nullable: true, description: 'Past the response deadline without a response' }) responseOverdue?: boolean;
  @Field({ nullable: true, description: 'Closed or cancelled' }) closed?: boolean;
  @Field(() => DateOrDateTime, { nullable: true }) receivedFrom?: DateBound;
  @Field(() => DateOrDateTime, { nullable: true }) receivedTo?: DateBound;
  @Field(() => DateOrDateTime, { nullable: true }) closedFrom?: DateBound;
  @Field(() => DateOrDateTime, { nullable: true }) closedTo?: DateBound;
  @Field({ nullable: true, description: '曾超时 Went past a deadline: answered or resolved at or after it, or not yet and past it (cancelled ones never); the monthly report’s complaintsOverdue' })
  late?: boolean;
}
