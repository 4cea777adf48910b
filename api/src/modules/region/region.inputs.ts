import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { IsNotEmpty, Max, MaxLength, Min, IsUUID } from 'class-validator';
import { ListFilter } from '../../graphql/list';

@InputType()
export class RegionCreateInput {
  @Field() @IsNotEmpty() @MaxLength(20) code!: string;
  @Field() @IsNotEmpty() @MaxLength(60) name!: string;
  @Field(() => String, { nullable: true }) @MaxLength(60) nameEn?: string | null;
  @Field(() => Int, { nullable: true }) @Min(1) @Max(3) level?: number;
  @Field(() => ID, { nullable: true }) @IsUUID() parentId?: string | null;
  @Field(() => Float, { nullable: true }) @Min(-90) @Max(90) latitude?: number | null;
  @Field(() => Float, { nullable: true }) @Min(-180) @Max(180) longitude?: number | null;
  @Field({ nullable: true }) active?: boolean;
}

@InputType()
export class RegionUpdateInput {
  @Field({ nullable: true }) @IsNotEmpty() @MaxLength(20) code?: string;
  @Field({ nullable: true }) @IsNotEmpty() @MaxLength(60) name?: string;
  @Field(() => String, { nullable: true }) @MaxLength(60) nameEn?: string | null;
  @Field(() => Int, { nullable: true }) @Min(1) @Max(3) level?: number;
  @Field(() => ID, { nullable: true }) @IsUUID() parentId?: string | null;
  @Field(() => Float, { nullable: true }) @Min(-90) @Max(90) latitude?: number | null;
  @Field(() => Float, { nullable: true }) @Min(-180) @Max(180) longitude?: number | null;
  @Field({ nullable: true }) active?: boolean;
}

@InputType()
export class RegionFilter extends ListFilter {
  @Field(() => ID, { nullable: true }) @IsUUID() parentId?: string;
  @Field(() => Int, { nullable: true }) @Min(1) @Max(3) level?: number;
  @Field({ nullable: true }) active?: boolean;
}
