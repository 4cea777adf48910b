import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { DateBucketEnum, QueryAggregateFunction, QueryFieldType, QueryOperator, QueryRoot } from './query.enums';

@ObjectType({ description: '结果列 A column of a query result' })
export class QueryColumn {
  @Field({ description: 'The key rows and sorting use: a field path, path:bucket, or an aggregate (count, sum:labourFee …)' })
  key!: string;

  @Field({ description: 'Its name in the caller’s language' })
  label!: string;

  @Field(() => QueryFieldType)
  type!: string;

  @Field(() => String, { nullable: true, description: 'Enum columns: the enum whose labels name the values (schema/labels.json)' })
  enumName?: string | null;

  @Field(() => DateBucketEnum, { nullable: true })
  bucket?: string | null;

  @Field(() => QueryAggregateFunction, { nullable: true })
  aggregate?: string | null;

  @Field(() => String, { nullable: true, description: 'The field shown or aggregated' })
  path?: string | null;

  @Field({ description: 'Masked or hidden for the caller (the access policy)' })
  masked!: boolean;
}

@ObjectType({ description: '结果行 A row: values in the order of the columns' })
export class QueryRow {
  @Field(() => [GraphQLJSON], { nullable: 'items', description: 'Numbers, texts, dates (YYYY-MM-DD), times (ISO 8601), enum names, ids; null when empty' })
  values!: unknown[];
}

@ObjectType({ description: '查询结果 A page of a query’s result' })
export class QueryResult {
  @Field(() => [QueryColumn]) columns!: QueryColumn[];
  @Field(() => [QueryRow]) rows!: QueryRow[];

  @Field(() => Int, { description: 'Rows (or groups) over all pages: exact up to 50,000, beyond that PostgreSQL’s estimate (see totalExact)' })
  total!: number;

  @Field() totalExact!: boolean;

  @Field({ description: 'The query in words, in the caller’s language' })
  description!: string;
}

@ObjectType({ description: '可用字段 A field of the query catalogue as the caller may use it' })
export class QueryField {
  @Field({ description: 'Its path from the root, e.g. customer.region.name' }) path!: string;
  @Field({ description: 'Its name in the caller’s language' }) label!: string;
  @Field(() => QueryFieldType) type!: string;
  @Field(() => String, { nullable: true }) enumName?: string | null;
  @Field(() => QueryRoot, { nullable: true, description: 'Ref fields: the records the id points at' }) target?: string | null;
  @Field(() => [QueryOperator], { description: 'Operators that fit it (none: it cannot be filtered on by the caller)' }) operators!: string[];
  @Field(() => [QueryAggregateFunction]) aggregates!: string[];
  @Field() groupable!: boolean;
  @Field() sortable!: boolean;
  @Field({ description: 'Can be a column (links to many records are filters only)' }) column!: boolean;
  @Field({ description: 'Masked or hidden for the caller: shown as such, never filtered, grouped or sorted on' }) masked!: boolean;
}

@ObjectType({ description: '查询对象 A root of ad-hoc queries' })
export class QueryRootInfo {
  @Field(() => QueryRoot) root!: string;
  @Field({ description: 'The GraphQL type of its records, e.g. ServiceOrder' }) type!: string;
  @Field() label!: string;
  @Field(() => String, { nullable: true, description: 'The field that names a record (a station’s name)' }) title!: string | null;
  @Field(() => [String]) defaultColumns!: string[];
  @Field(() => [QueryField], { description: 'Fields the caller may use, up to three relations away' }) fields!: QueryField[];
}
