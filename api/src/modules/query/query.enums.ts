import '../../labels';
import '../../query-catalogue';
import { defineLabels, typeLabel } from '../../common/labels/catalogue';
import { labelledEnum } from '../../graphql/enums';
import { queryRootNames, registeredClassNames } from './catalogue';
import { AGGREGATE_FNS, COMBINATORS, DATE_BUCKETS, OPERATORS, PERIODS } from './definition';
import './query.labels';

const values = (names: readonly string[]) => Object.fromEntries(names.map((n) => [n, n])) as Record<string, string>;

/** The records a query may start from: every registered query type, named after its list (`serviceOrders`). */
export const QueryRoot = values(queryRootNames());
defineLabels({
  enums: {
    QueryRoot: Object.fromEntries(
      registeredClassNames().map((className, i) => [queryRootNames()[i], { zh: typeLabel(className).zh, en: typeLabel(className).en }]),
    ),
  },
});
labelledEnum(QueryRoot, 'QueryRoot', { description: '查询对象 The records a query starts from (the list of the same name)' });

export const QueryOperator = values(OPERATORS);
labelledEnum(QueryOperator, 'QueryOperator', { description: '条件 Operators; queryCatalogue lists those that fit each field' });

export const QueryCombinator = values(COMBINATORS);
labelledEnum(QueryCombinator, 'QueryCombinator', { description: '并且/或者 How the rules of a group combine' });

export const QueryAggregateFunction = values(AGGREGATE_FNS);
labelledEnum(QueryAggregateFunction, 'QueryAggregateFunction', { description: '统计 Aggregates of grouped results' });

export const DateBucketEnum = values(DATE_BUCKETS);
labelledEnum(DateBucketEnum, 'DateBucket', { description: '按日/周/月/季/年 Date buckets (days of the business time zone; ISO weeks from Monday)' });

export const RelativePeriod = values(PERIODS);
labelledEnum(RelativePeriod, 'RelativePeriod', { description: '相对时间段 Periods for the inPeriod operator (weeks start on Monday)' });

export const QueryFieldType = values(['text', 'integer', 'number', 'money', 'date', 'datetime', 'boolean', 'enum', 'ref']);
labelledEnum(QueryFieldType, 'QueryFieldType', { description: '字段类型 Field types of the query catalogue' });
