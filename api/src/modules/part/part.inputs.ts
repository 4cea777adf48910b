import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsNotEmpty, IsUUID, MaxLength, Min } from 'class-validator';
import { ListFilter } from '../../graphql/list';

@InputType()
export class PartCreateInput {
  @Field() @IsNotEmpty() @MaxLength(40) code!: string;
  @Field() @IsNotEmpty() @MaxLength(100) name!: string;
  @Field(() => String, { nullable: true }) @MaxLength(200) spec?: string | null;
  @Field({ nullable: true }) @IsNotEmpty() @MaxLength(10) unit?: string;
  @Field(() => ID, { nullable: true }) @IsUUID() manufacturerId?: string | null;
  @Field(() => [ID], { nullable: true }) @ArrayMaxSize(500) @IsUUID('all', { each: true }) compatibleProductIds?: string[];
  @Field(() => Float, { nullable: true }) @Min(0) costPrice?: number;
  @Field(() => Float, { nullable: true }) @Min(0) salePrice?: number;
  @Field(() => Int, { nullable: true }) @Min(0) reorderPoint?: number;
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
  @Field(() => Float, { nullable: true }) @Min(0) costPrice?: number;
  @Field(() => Float, { nullable: true }) @Min(0) salePrice?: number;
  @Field(() => Int, { nullable: true }) @Min(0) reorderPoint?: number;
  @Field({ nullable: true }) active?: boolean;
}

@InputType()
export class PartFilter extends ListFilter {
  @Field({ nullable: true }) code?: string;
  @Field(() => ID, { nullable: true }) manufacturerId?: string;
  @Field(() => ID, { nullable: true, description: 'Parts compatible with this product' }) productId?: string;
  @Field({ nullable: true }) active?: boolean;
}
