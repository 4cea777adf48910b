import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayNotEmpty, IsNotEmpty, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { ListFilter } from '../../graphql/list';
import { DateBound, DateOrDateTime } from '../../graphql/date-range';
import { IsAmount, IsMobileCN, IsPhone } from '../../common/validators';
import { CustomerKind, ServiceLevel } from '../customer/customer.entity';
import {
  AppraisalVerdict,
  CustomerRequest,
  OrderChannel,
  Payer,
  SaleAttribute,
  ServiceOrderKind,
  ServiceOrderStatus,
} from './service-order.enums';

@InputType({ description: 'A customer registered during intake' })
export class IntakeCustomerInput {
  @Field() @IsNotEmpty() @MaxLength(100) name!: string;
  @Field(() => CustomerKind, { nullable: true }) kind?: CustomerKind;
  @Field(() => String, { nullable: true }) @IsMobileCN() mobile?: string | null;
  @Field(() => [String], { nullable: true }) @ArrayMaxSize(10) @IsPhone({ each: true }) phones?: string[];
  @Field(() => String, { nullable: true }) @MaxLength(200) address?: string | null;
  @Field(() => ID, { nullable: true }) @IsUUID() regionId?: string | null;
  @Field(() => ServiceLevel, { nullable: true }) serviceLevel?: ServiceLevel;
}

@InputType()
export class ServiceOrderCreateInput {
  @Field(() => ServiceOrderKind, { nullable: true }) kind?: ServiceOrderKind;
  @Field(() => SaleAttribute, { nullable: true, description: 'PRE_SALE orders need a store as the customer' })
  attribute?: SaleAttribute;
  @Field(() => OrderChannel, { nullable: true, description: 'Partner keys always create PARTNER_API orders' })
  channel?: OrderChannel;
  @Field({ nullable: true, description: 'On-site service (default) or carried in' }) onSite?: boolean;

  @Field(() => ID, { nullable: true, description: 'An existing customer, or give `customer`' }) @IsUUID() customerId?: string;
  @Field(() => IntakeCustomerInput, { nullable: true }) @ValidateNested() customer?: IntakeCustomerInput;
  @Field(() => String, { nullable: true, description: 'Defaults to the customer’s name' }) @MaxLength(100) contactName?: string;
  @Field(() => String, { nullable: true, description: 'Defaults to the customer’s mobile' }) @IsPhone() @MaxLength(20) contactPhone?: string;
  @Field(() => String, { nullable: true, description: 'Defaults to the customer’s address' }) @MaxLength(200) address?: string;
  @Field(() => ID, { nullable: true, description: 'Defaults to the customer’s region' }) @IsUUID() regionId?: string;

  @Field(() => ID, { nullable: true, description: 'The unit, or give productId + serialNumber' }) @IsUUID() productUnitId?: string;
  @Field(() => ID, { nullable: true }) @IsUUID() productId?: string;
  @Field({ nullable: true, description: 'A new serial registers the unit' }) @IsNotEmpty() @MaxLength(60) serialNumber?: string;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Purchase date, when registering the unit' }) purchaseDate?: string;

  @Field({ description: '故障描述 What the customer reports' }) @IsNotEmpty() @MaxLength(2000) reportedSymptom!: string;
  @Field(() => ID, { nullable: true, description: 'A fault-symptom code allowed for the product’s category' })
  @IsUUID()
  symptomCodeId?: string;
  @Field(() => CustomerRequest, { nullable: true }) customerRequest?: CustomerRequest;
  @Field(() => ID, { nullable: true, description: 'Pre-selects the station (dispatch assigns technicians)' })
  @IsUUID()
  stationId?: string;
  @Field(() => Date, { nullable: true }) appointmentStart?: Date;
  @Field(() => Date, { nullable: true }) appointmentEnd?: Date;
  @Field(() => String, { nullable: true, description: 'Internal note, not shown to partners or customers' })
  @MaxLength(2000)
  note?: string;
}

@InputType({ description: 'Details that may change before the repair starts' })
export class ServiceOrderUpdateInput {
  @Field(() => String, { nullable: true }) @IsNotEmpty() @MaxLength(100) contactName?: string;
  @Field(() => String, { nullable: true }) @IsPhone() @MaxLength(20) contactPhone?: string;
  @Field(() => String, { nullable: true }) @MaxLength(200) address?: string | null;
  @Field(() => ID, { nullable: true }) @IsUUID() regionId?: string | null;
  @Field({ nullable: true }) onSite?: boolean;
  @Field({ nullable: true }) @IsNotEmpty() @MaxLength(2000) reportedSymptom?: string;
  @Field(() => ID, { nullable: true }) @IsUUID() symptomCodeId?: string | null;
  @Field(() => CustomerRequest, { nullable: true }) customerRequest?: CustomerRequest;
  @Field(() => Date, { nullable: true }) appointmentStart?: Date | null;
  @Field(() => Date, { nullable: true }) appointmentEnd?: Date | null;
  @Field(() => String, { nullable: true }) @MaxLength(2000) internalNote?: string | null;
}

@InputType()
export class PartQuantityInput {
  @Field(() => ID) @IsUUID() partId!: string;
  @Field(() => Int) @Min(1) @Max(1000) quantity!: number;
}

@InputType()
export class DispatchInput {
  @Field(() => ID) @IsUUID() stationId!: string;
  @Field(() => [ID], { nullable: true, description: 'One or more technicians of the station; the first leads' })
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true })
  technicianIds?: string[];
  @Field(() => Date, { nullable: true }) appointmentStart?: Date;
  @Field(() => Date, { nullable: true }) appointmentEnd?: Date;
  @Field(() => String, { nullable: true }) @MaxLength(2000) note?: string;
}

@InputType()
export class ReasonInput {
  @Field({ description: 'Why (shown on the timeline)' }) @IsNotEmpty() @MaxLength(2000) reason!: string;
}

@InputType()
export class NoteInput {
  @Field(() => String, { nullable: true }) @MaxLength(2000) note?: string;
}

@InputType()
export class AwaitPartsInput {
  @Field(() => [PartQuantityInput]) @ArrayNotEmpty() @ArrayMaxSize(50) @ValidateNested({ each: true }) parts!: PartQuantityInput[];
  @Field(() => String, { nullable: true }) @MaxLength(2000) note?: string;
}

@InputType()
export class CompleteInput {
  @Field(() => ID, { nullable: true, description: 'Corrects the symptom code found on site' }) @IsUUID() symptomCodeId?: string;
  @Field(() => ID) @IsUUID() causeCodeId!: string;
  @Field(() => ID, { nullable: true }) @IsUUID() locationCodeId?: string;
  @Field(() => ID) @IsUUID() methodCodeId!: string;
  @Field(() => [PartQuantityInput], { nullable: true, description: 'Parts used, priced at their sale price' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  parts?: PartQuantityInput[];
  @Field(() => String, { nullable: true }) @MaxLength(2000) note?: string;
}

@InputType()
export class SendToAgentInput {
  @Field(() => ID, { nullable: true, description: 'Defaults to the station’s network parent (its general agent)' })
  @IsUUID()
  agentStationId?: string;
  @Field(() => String, { nullable: true }) @MaxLength(60) logisticsNumber?: string;
  @Field(() => String, { nullable: true }) @MaxLength(2000) note?: string;
}

@InputType()
export class ReceiveFromAgentInput {
  @Field(() => String, { nullable: true }) @MaxLength(60) logisticsNumber?: string;
  @Field(() => String, { nullable: true }) @MaxLength(2000) note?: string;
}

@InputType()
export class ReturnVisitInput {
  @Field(() => Int, { description: '1 (very unhappy) to 5 (very happy)' }) @Min(1) @Max(5) score!: number;
  @Field(() => String, { nullable: true }) @MaxLength(2000) comment?: string;
}

@InputType()
export class AppraisalInput {
  @Field(() => AppraisalVerdict) verdict!: AppraisalVerdict;
  @Field(() => String, { nullable: true }) @MaxLength(2000) note?: string;
}

@InputType()
export class FeeOverrideInput {
  @Field({ nullable: true }) @IsAmount() labourFee?: number;
  @Field({ nullable: true }) @IsAmount() visitFee?: number;
  @Field({ nullable: true }) @IsAmount() partsFee?: number;
  @Field(() => Payer, { nullable: true }) payer?: Payer;
  @Field({ description: 'Required: why the computed fees do not apply (audited)' }) @IsNotEmpty() @MaxLength(2000) reason!: string;
}

@InputType()
export class ServiceOrderFilter extends ListFilter {
  @Field({ nullable: true }) @MaxLength(20) number?: string;
  @Field(() => [ServiceOrderStatus], { nullable: true }) @ArrayMaxSize(50) statuses?: ServiceOrderStatus[];
  @Field(() => ServiceOrderStatus, { nullable: true }) status?: ServiceOrderStatus;
  @Field(() => ServiceOrderKind, { nullable: true }) kind?: ServiceOrderKind;
  @Field(() => SaleAttribute, { nullable: true }) attribute?: SaleAttribute;
  @Field(() => OrderChannel, { nullable: true }) channel?: OrderChannel;
  @Field(() => ID, { nullable: true }) @IsUUID() customerId?: string;
  @Field(() => ID, { nullable: true }) @IsUUID() productUnitId?: string;
  @Field(() => ID, { nullable: true }) @IsUUID() productId?: string;
  @Field({ nullable: true, description: 'Part of the product’s model number, in any case' }) @MaxLength(60) modelNumber?: string;
  @Field(() => ID, { nullable: true }) @IsUUID() manufacturerId?: string;
  @Field(() => ID, { nullable: true }) @IsUUID() stationId?: string;
  @Field(() => ID, { nullable: true }) @IsUUID() technicianId?: string;
  @Field(() => ID, { nullable: true, description: 'Orders created by this partner key' }) @IsUUID() createdByApiKeyId?: string;
  @Field({ nullable: true, description: 'Past the SLA deadline and not yet done' }) overdue?: boolean;
  @Field({ nullable: true, description: 'In a final state: visited, cancelled, or a pre-sale order back from the agent' }) closed?: boolean;
  @Field(() => ID, { nullable: true, description: 'Rework orders of this order' }) @IsUUID() reworkOfId?: string;
  @Field(() => ID, { nullable: true, description: 'Repeat repairs following this order' }) @IsUUID() previousOrderId?: string;
  @Field({ nullable: true }) repeatRepair?: boolean;
  @Field({ nullable: true }) inWarranty?: boolean;
  @Field({ nullable: true }) exchangeOffered?: boolean;
  @Field({ nullable: true }) returnOffered?: boolean;
  @Field(() => DateOrDateTime, { nullable: true }) createdFrom?: DateBound;
  @Field(() => DateOrDateTime, { nullable: true }) createdTo?: DateBound;
  @Field(() => DateOrDateTime, { nullable: true }) completedFrom?: DateBound;
  @Field(() => DateOrDateTime, { nullable: true }) completedTo?: DateBound;
  @Field(() => DateOrDateTime, { nullable: true, description: 'SLA due from (a day: from its first instant)' }) slaDueFrom?: DateBound;
  @Field(() => DateOrDateTime, { nullable: true, description: 'SLA due up to (a day: through its last instant)' }) slaDueTo?: DateBound;
}
