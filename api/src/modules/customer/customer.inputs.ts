import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsEmail, IsNotEmpty, IsUUID, MaxLength } from 'class-validator';
import { ListFilter } from '../../graphql/list';
import { DateBound, DateOrDateTime } from '../../graphql/date-range';
import { IsMobileCN, IsPhone } from '../../common/validators';
import { CustomerKind, ServiceLevel } from './customer.entity';

@InputType()
export class CustomerCreateInput {
  @Field() @IsNotEmpty() @MaxLength(100) name!: string;
  @Field(() => CustomerKind, { nullable: true }) kind?: CustomerKind;
  @Field(() => String, { nullable: true, description: 'Required for individuals' }) @IsMobileCN() mobile?: string | null;
  @Field(() => [String], { nullable: true }) @ArrayMaxSize(10) @IsPhone({ each: true }) phones?: string[];
  @Field(() => String, { nullable: true }) @IsEmail() @MaxLength(100) email?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(200) address?: string | null;
  @Field(() => ID, { nullable: true }) @IsUUID() regionId?: string | null;
  @Field(() => ServiceLevel, { nullable: true }) serviceLevel?: ServiceLevel;
  @Field(() => ID, { nullable: true }) @IsUUID() defaultTechnicianId?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(2000) notes?: string | null;
  @Field({ nullable: true }) active?: boolean;
}

@InputType()
export class CustomerUpdateInput {
  @Field({ nullable: true }) @IsNotEmpty() @MaxLength(100) name?: string;
  @Field(() => CustomerKind, { nullable: true }) kind?: CustomerKind;
  @Field(() => String, { nullable: true }) @IsMobileCN() mobile?: string | null;
  @Field(() => [String], { nullable: true }) @ArrayMaxSize(10) @IsPhone({ each: true }) phones?: string[];
  @Field(() => String, { nullable: true }) @IsEmail() @MaxLength(100) email?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(200) address?: string | null;
  @Field(() => ID, { nullable: true }) @IsUUID() regionId?: string | null;
  @Field(() => ServiceLevel, { nullable: true }) serviceLevel?: ServiceLevel;
  @Field(() => ID, { nullable: true }) @IsUUID() defaultTechnicianId?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(2000) notes?: string | null;
  @Field({ nullable: true }) active?: boolean;
}

@InputType()
export class CustomerFilter extends ListFilter {
  @Field({ nullable: true, description: 'Any phone number, or part of one (mobile or other phones)' })
  @MaxLength(30)
  phone?: string;

  @Field(() => CustomerKind, { nullable: true }) kind?: CustomerKind;
  @Field(() => ServiceLevel, { nullable: true }) serviceLevel?: ServiceLevel;
  @Field(() => ID, { nullable: true }) @IsUUID() regionId?: string;
  @Field(() => ID, { nullable: true }) @IsUUID() defaultTechnicianId?: string;
  @Field({ nullable: true }) active?: boolean;
  @Field(() => DateOrDateTime, { nullable: true }) createdFrom?: DateBound;
  @Field(() => DateOrDateTime, { nullable: true }) createdTo?: DateBound;
}
