import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { GraphQLJSON } from 'graphql-scalars';
import { SortOrder } from '../../graphql/list';
import { DateBucketEnum, QueryAggregateFunction, QueryCombinator, QueryOperator, QueryRoot } from './query.enums';
import { LIMITS, type QueryDefinition } from './definition';

@InputType({
  description:
    '一个条件（field、operator、value）或一组条件（combinator、rules，可加 not），即 react-querybuilder 的格式。 ' +
    'A rule (field, operator, value) or a group (combinator and rules, optionally not): react-querybuilder’s shape',
})
export class QueryFilterInput {
  @Field(() => QueryCombinator, { nullable: true, description: 'Groups: how the rules combine (default and)' })
  combinator?: string;

  @Field({ nullable: true, description: 'Groups: negate the whole group' })
  not?: boolean;

  @Field(() => [QueryFilterInput], { nullable: true, description: 'Groups: the rules and groups inside' })
  @ArrayMaxSize(LIMITS.rules)
  @ValidateNested({ each: true })
  rules?: QueryFilterInput[];

  @Field({ nullable: true, description: 'Rules: a field path of the catalogue, e.g. customer.region.name' })
  @MaxLength(200)
  field?: string;

  @Field(() => QueryOperator, { nullable: true })
  operator?: string;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'Rules: a value of the field’s type; a list for in/notIn, [from, to] for between, days for inLast, a RelativePeriod for inPeriod',
  })
  value?: unknown;
}

@InputType()
export class QueryGroupInput {
  @Field() @MaxLength(200) field!: string;
  @Field(() => DateBucketEnum, { nullable: true, description: 'Dates and times: the bucket (default day)' }) bucket?: string;
}

@InputType()
export class QueryAggregateInput {
  @Field(() => QueryAggregateFunction) fn!: string;
  @Field({ nullable: true, description: 'The field aggregated (none: count rows)' }) @MaxLength(200) field?: string;
}

@InputType()
export class QuerySortInput {
  @Field({ description: 'Rows: a field path; grouped: a group key (path, or path:bucket) or an aggregate key (count, sum:labourFee …)' })
  @MaxLength(250)
  key!: string;

  @Field(() => SortOrder, { nullable: true }) direction?: SortOrder;
}

@InputType({ description: '即席查询 An ad-hoc query, as JSON: the same shape is saved in SavedQuery.definition' })
export class AdHocQueryInput {
  @Field(() => QueryRoot) root!: string;

  @Field(() => [String], { nullable: true, description: 'Field paths shown as columns (none: the root’s default columns)' })
  @ArrayMaxSize(LIMITS.columns)
  @MaxLength(200, { each: true })
  columns?: string[];

  @Field(() => QueryFilterInput, { nullable: true })
  @ValidateNested()
  filter?: QueryFilterInput;

  @Field(() => [QueryGroupInput], { nullable: true })
  @ArrayMaxSize(LIMITS.groupBy)
  @ValidateNested({ each: true })
  groupBy?: QueryGroupInput[];

  @Field(() => [QueryAggregateInput], { nullable: true, description: 'With groupBy, count is the default' })
  @ArrayMaxSize(LIMITS.aggregates)
  @ValidateNested({ each: true })
  aggregates?: QueryAggregateInput[];

  @Field(() => [QuerySortInput], { nullable: true })
  @ArrayMaxSize(LIMITS.sort)
  @ValidateNested({ each: true })
  sort?: QuerySortInput[];

  @Field(() => Int, { nullable: true, description: 'At most this many rows or groups in all (top N)' })
  @Min(1)
  @Max(LIMITS.rows)
  limit?: number;
}

@ArgsType()
export class QueryPageArgs {
  @Field(() => Int, { defaultValue: 1, description: 'Page number, 1-based' })
  @Min(1)
  @Max(100_000)
  page!: number;

  @Field(() => Int, { defaultValue: 50, description: 'Rows per page (at most 500)' })
  @Min(1)
  @Max(500)
  perPage!: number;
}

/** The GraphQL input as the plain JSON a definition is (class instances and undefined fields dropped). */
export function toDefinition(input: AdHocQueryInput): QueryDefinition {
  return JSON.parse(JSON.stringify(input)) as QueryDefinition;
}
