import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsNotEmpty, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { IsAmount } from '../../common/validators';
import { ListFilter } from '../../graphql/list';

@InputType()
export class PartCreateInput {
  @Field() @IsNotEmpty() @MaxLength(40) code!: string;
  @Field() @IsNotEmpty() @MaxLength(100) name!: string;
  @Field(() => String, { nullable: true }) @MaxLength(200) spec?: string | null;
  @Field({ nullable: true }) @IsNotEmpty() @MaxLength(10) unit?: string;
  @Field(() => ID, { nullable: true }) @IsUUID() manufacturerId?: string | null;
  @Field(() => [ID], { nullable: true }) @ArrayMaxSize(500) @IsUUID('all', { each: true }) compatibleProductIds?: string[];
  @Field(() => Float, { nullable: true }) @IsAmount() costPrice?: number;
  @Field(() => Float, { nullable: true }) @IsAmount() salePrice?: number;
  @Field(() => Int, { nullable: true }) @Min(0) @Max(1_000_000) reorderPoint?: number;
  @Field({ nullable: true }) active?: boolean;
}

@InputType()
export class PartUpdateInput {
  @Field({ nullable: true }) @IsNotEmpty() @MaxLength(40) code?: string;
  @Field({ nullable: true }) @IsNotEmpty() @MaxLength(100) name?: string;
  @Field(() => String, { nullable: true }) @MaxLength(200) spec?: string | null;
  @Field({ nullable: true }) @IsNotEmpty() @MaxLength(10) unit?: string;
  @Field(() => ID, { nullable: true }) @IsUUID() manufacturerId?: string | null;
  @Field(() => [ID], { nullable: true }) @ArrayMaxSize(500) @IsUUID('all', { each: true }) compatibleProductIds?: string[];
  @Field(() => Float, { nullable: true }) @IsAmount() costPrice?: number;
  @Field(() => Float, { nullable: true }) @IsAmount() salePrice?: number;
  @Field(() => Int, { nullable: true }) @Min(0) @Max(1_000_000) reorderPoint?: number;
  @Field({ nullable: true }) active?: boolean;
}

@InputType()
export class PartFilter extends ListFilter {
  @Field({ nullable: true }) @MaxLength(40) code?: string;
  @Field(() => ID, { nullable: true }) @IsUUID() manufacturerId?: string;
  @Field(() => ID, { nullable: true, description: 'Parts compatible with this product' }) @IsUUID() productId?: string;
  @Field({ nullable: true }) active?: boolean;
}
