import { Field, Float, ID, InputType } from 'type-graphql';
import { IsNotEmpty, IsUUID, MaxLength } from 'class-validator';
import { IsAmount } from '../../common/validators';
import { LocalDateResolver } from 'graphql-scalars';
import { ListFilter } from '../../graphql/list';
import { DistanceBand, FeeKind, ServiceKind } from './fee-enums';

@InputType()
export class FeeRuleCreateInput {
  @Field() @IsNotEmpty() @MaxLength(100) name!: string;
  @Field(() => FeeKind) feeKind!: FeeKind;
  @Field(() => ServiceKind) serviceKind!: ServiceKind;
  @Field(() => ID, { nullable: true }) @IsUUID() brandId?: string | null;
  @Field(() => ID, { nullable: true }) @IsUUID() categoryId?: string | null;
  @Field(() => DistanceBand, { nullable: true }) distanceBand?: DistanceBand | null;
  @Field(() => Float) @IsAmount() amount!: number;
  @Field(() => LocalDateResolver, { nullable: true }) validFrom?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) validTo?: string | null;
  @Field({ nullable: true }) active?: boolean;
}

@InputType()
export class FeeRuleUpdateInput {
  @Field({ nullable: true }) @IsNotEmpty() @MaxLength(100) name?: string;
  @Field(() => FeeKind, { nullable: true }) feeKind?: FeeKind;
  @Field(() => ServiceKind, { nullable: true }) serviceKind?: ServiceKind;
  @Field(() => ID, { nullable: true }) @IsUUID() brandId?: string | null;
  @Field(() => ID, { nullable: true }) @IsUUID() categoryId?: string | null;
  @Field(() => DistanceBand, { nullable: true }) distanceBand?: DistanceBand | null;
  @Field(() => Float, { nullable: true }) @IsAmount() amount?: number;
  @Field(() => LocalDateResolver, { nullable: true }) validFrom?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) validTo?: string | null;
  @Field({ nullable: true }) active?: boolean;
}

@InputType()
export class FeeRuleFilter extends ListFilter {
  @Field(() => FeeKind, { nullable: true }) feeKind?: FeeKind;
  @Field(() => ServiceKind, { nullable: true }) serviceKind?: ServiceKind;
  @Field(() => ID, { nullable: true }) @IsUUID() brandId?: string;
  @Field(() => ID, { nullable: true }) @IsUUID() categoryId?: string;
  @Field(() => DistanceBand, { nullable: true }) distanceBand?: DistanceBand;
  @Field({ nullable: true }) active?: boolean;
}
