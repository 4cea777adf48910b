import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsNotEmpty, IsUUID, MaxLength } from 'class-validator';
import { ListFilter } from '../../graphql/list';
import { CodeKind } from './code-kind';

@InputType()
export class CodeGroupCreateInput {
  @Field(() => CodeKind) kind!: CodeKind;
  @Field() @IsNotEmpty() @MaxLength(20) code!: string;
  @Field() @IsNotEmpty() @MaxLength(60) name!: string;
  @Field(() => String, { nullable: true }) @MaxLength(100) nameEn?: string | null;
  @Field(() => [ID], { nullable: true }) @ArrayMaxSize(200) @IsUUID('all', { each: true }) categoryIds?: string[];
  @Field(() => Int, { nullable: true }) sortOrder?: number;
  @Field({ nullable: true }) active?: boolean;
}

@InputType()
export class CodeGroupUpdateInput {
  @Field({ nullable: true }) @IsNotEmpty() @MaxLength(20) code?: string;
  @Field({ nullable: true }) @IsNotEmpty() @MaxLength(60) name?: string;
  @Field(() => String, { nullable: true }) @MaxLength(100) nameEn?: string | null;
  @Field(() => [ID], { nullable: true }) @ArrayMaxSize(200) @IsUUID('all', { each: true }) categoryIds?: string[];
  @Field(() => Int, { nullable: true }) sortOrder?: number;
  @Field({ nullable: true }) active?: boolean;
}

@InputType()
export class CodeGroupFilter extends ListFilter {
  @Field(() => CodeKind, { nullable: true }) kind?: CodeKind;
  @Field(() => ID, { nullable: true, description: 'Groups in the catalog profile of this category' }) @IsUUID() categoryId?: string;
  @Field({ nullable: true }) active?: boolean;
}

@InputType()
export class CodeCreateInput {
  @Field(() => ID, { description: 'The group decides the kind' }) @IsUUID() groupId!: string;
  @Field() @IsNotEmpty() @MaxLength(20) code!: string;
  @Field() @IsNotEmpty() @MaxLength(100) name!: string;
  @Field(() => String, { nullable: true }) @MaxLength(100) nameEn?: string | null;
  @Field(() => [ID], { nullable: true }) @ArrayMaxSize(200) @IsUUID('all', { each: true }) categoryIds?: string[];
  @Field({ nullable: true }) shownToCustomers?: boolean;
  @Field(() => Int, { nullable: true, description: 'Defaults to the end of the table' }) sortOrder?: number;
  @Field({ nullable: true }) active?: boolean;
}

@InputType()
export class CodeUpdateInput {
  @Field(() => ID, { nullable: true, description: 'Another group of the same kind' }) @IsUUID() groupId?: string;
  @Field({ nullable: true }) @IsNotEmpty() @MaxLength(20) code?: string;
  @Field({ nullable: true }) @IsNotEmpty() @MaxLength(100) name?: string;
  @Field(() => String, { nullable: true }) @MaxLength(100) nameEn?: string | null;
  @Field(() => [ID], { nullable: true }) @ArrayMaxSize(200) @IsUUID('all', { each: true }) categoryIds?: string[];
  @Field({ nullable: true }) shownToCustomers?: boolean;
  @Field(() => Int, { nullable: true }) sortOrder?: number;
  @Field({ nullable: true }) active?: boolean;
}

@InputType()
export class CodeFilter extends ListFilter {
  @Field(() => CodeKind, { nullable: true }) kind?: CodeKind;
  @Field(() => ID, { nullable: true }) @IsUUID() groupId?: string;
  @Field({ nullable: true }) @MaxLength(20) code?: string;
  @Field(() => ID, { nullable: true, description: 'Codes allowed for this product category' }) @IsUUID() categoryId?: string;
  @Field({ nullable: true }) shownToCustomers?: boolean;
  @Field({ nullable: true }) active?: boolean;
}
