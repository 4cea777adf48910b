import { raw, type EntityManager, type FilterQuery, type QueryOrderMap } from '@mikro-orm/postgresql';
import type { EntityClass } from '@mikro-orm/core';
import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';
import type { Actor } from '../../modules/auth/actor';
import { checkDeadline, type Deadline } from '../../common/deadline';
import { columnOf, planNode, type Node } from './plan';
import { rowJson } from './sql';
import type { Fragment } from '../../common/access/scope-sql';
import { queryPrepared } from '../../db/prepared';

export interface ReadContext {
  em: EntityManager;
  actor?: Actor;
  deadline?: Deadline;
}

const TREES = new WeakMap<object, Map<string, ResolveTree | null>>();

/**
 * The parsed selection of the field being resolved. Apollo keeps a parsed document per query
 * text, so its field nodes are the same objects from request to request: the parse is kept per
 * field node and variables.
 */
function treeOf(info: GraphQLResolveInfo): ResolveTree | null {
  const node = info.fieldNodes[0];
  let byVariables = TREES.get(node);
  if (!byVariables) TREES.set(node, (byVariables = new Map()));
  const key = JSON.stringify(info.variableValues);
  let tree = byVariables.get(key);
  if (tree === undefined) {
    tree = (parseResolveInfo(info) as ResolveTree | null | undefined) ?? null;
    if (byVariables.size > 50) byVariables.clear();
    byVariables.set(key, tree);
  }
  return tree;
}

export interface Selection {
  fields: Record<string, ResolveTree>;
  selected: boolean;
}

const MERGED = new WeakMap<ResolveTree, Map<string, Selection>>();

/** The selections of one field of the result type, merged over its aliases (`items`, `a: items` …). */
export function selectionOf(info: GraphQLResolveInfo, typeName: string, field?: string): Selection {
  const tree = treeOf(info);
  if (!tree) return { fields: {}, selected: false };
  let merged = MERGED.get(tree);
  if (!merged) MERGED.set(tree, (merged = new Map()));
  const key = `${typeName}.${field ?? ''}`;
  let selection = merged.get(key);
  if (!selection) {
    const top = tree.fieldsByTypeName[field ? Object.keys(tree.fieldsByTypeName)[0] : typeName] ?? {};
    if (!field) {
      selection = { fields: top, selected: true };
    } else {
      const fields: Record<string, ResolveTree> = {};
      let selected = false;
      for (const sub of Object.values(top)) {
        if (sub.name !== field) continue;
        selected = true;
        Object.assign(fields, sub.fieldsByTypeName[typeName] ?? {});
      }
      selection = { fields, selected };
    }
    merged.set(key, selection);
  }
  return selection;
}

/** Whether a field of the result (e.g. a page's `total`) is selected under any alias. */
export function isSelected(info: GraphQLResolveInfo, field: string): boolean {
  const tree = treeOf(info);
  const top = tree ? (Object.values(tree.fieldsByTypeName)[0] ?? {}) : {};
  return Object.values(top).some((sub) => sub.name === field);
}

const ANONYMOUS = {};
const PLANS = new WeakMap<object, WeakMap<object, { node: Node; json: Fragment }>>();

/** The read plan and row JSON of a selection for a caller (scopes and permissions are the caller's): built once per both. */
function planFor(rc: ReadContext, entity: EntityClass<unknown>, fields: Record<string, ResolveTree>): { node: Node; json: Fragment } {
  let byActor = PLANS.get(fields);
  if (!byActor) PLANS.set(fields, (byActor = new WeakMap()));
  const who = rc.actor ?? ANONYMOUS;
  let plan = byActor.get(who);
  if (!plan) {
    const metadata = rc.em.getMetadata();
    const node = planNode({ metadata, actor: rc.actor }, entity, fields);
    const json = rowJson({ em: rc.em, actor: rc.actor, next: 0 }, node, '_r');
    plan = { node, json };
    byActor.set(who, plan);
  }
  return plan;
}

/** Statements by what they are for and their condition: the query builder renders each distinct one once (an LRU). */
const BUILT_SQL = new Map<string, Fragment>();
const BUILT_SQL_SIZE = 2000;

/** Subqueries in a condition (knex builders) are keyed by their SQL text. */
const keyPart = (_key: string, value: unknown) =>
  value && typeof value === 'object' && typeof (value as { toSQL?: unknown }).toSQL === 'function' ? `[sql] ${String(value)}` : value;

function cachedSql(purpose: string, entity: EntityClass<unknown>, where: unknown, build: () => Fragment, ...more: unknown[]): Fragment {
  const key = JSON.stringify([purpose, (entity as { name: string }).name, where, ...more], keyPart);
  let built = BUILT_SQL.get(key);
  if (built) {
    BUILT_SQL.delete(key);
  } else {
    built = build();
    if (BUILT_SQL.size >= BUILT_SQL_SIZE) BUILT_SQL.delete(BUILT_SQL.keys().next().value as string);
  }
  BUILT_SQL.set(key, built);
  return built;
}

function pageSql<E>(rc: ReadContext, query: RowQuery<E>, columns: string[]): Fragment {
  return cachedSql(
    'page',
    query.entity as EntityClass<unknown>,
    query.where,
    () => {
      const inner = rc.em
        .createQueryBuilder(query.entity, '_r')
        .select(columns.map((c) => raw(`"_r"."${c}"`)))
        .where(query.where)
        .orderBy(Object.fromEntries(query.orderBy) as QueryOrderMap<E>);
      if (query.limit !== undefined) inner.limit(query.limit);
      if (query.offset) inner.offset(query.offset);
      const sql = inner.getKnexQuery().toSQL();
      return literalLimit({ sql: sql.sql, bindings: [...sql.bindings] }, query);
    },
    columns,
    query.orderBy,
    query.limit,
    query.offset,
  );
}

/**
 * The first page of a list without conditions (an administrator's newest orders) takes its limit as
 * a literal: with `limit $n` PostgreSQL cannot cost a generic plan (it assumes a tenth of the table)
 * and plans the prepared statement again on every execution; with the literal it keeps one plan.
 * Lists with conditions keep every value a parameter (a generic plan could not see their skew).
 */
function literalLimit(sql: Fragment, query: { limit?: number; offset?: number }): Fragment {
  const limit = query.limit;
  if (query.offset || limit === undefined || !Number.isSafeInteger(limit) || sql.bindings.length !== 1 || !/ limit \?$/.test(sql.sql)) return sql;
  return { sql: sql.sql.replace(/ limit \?$/, ` limit ${limit}`), bindings: [] };
}

export interface RowQuery<E> {
  entity: EntityClass<E>;
  /** Filter and scope, as one condition. */
  where: FilterQuery<E>;
  orderBy: Array<[field: string, dir: 'asc' | 'desc']>;
  limit?: number;
  offset?: number;
}

export interface ReadResult {
  rows: Record<string, unknown>[];
  /** The last row's raw sort values (full precision), for a keyset cursor, when asked for. */
  lastSortValues?: unknown[];
  /** The total, when a count was asked for with the rows. */
  total?: Promise<Total>;
}

/**
 * One SQL statement for a page and every relation selected below it: the page is cut in an inner
 * query (filter, scope, order, limit), then its rows and their relations become one JSON array
 * (one value to parse, as PostGraphile does). Nothing enters the unit of work; only the columns
 * the selection needs are read.
 */
export async function readRows<E>(
  rc: ReadContext,
  query: RowQuery<E>,
  fields: Record<string, ResolveTree>,
  options: { sortValues?: boolean; count?: { where: FilterQuery<E> } } = {},
): Promise<ReadResult> {
  checkDeadline(rc.deadline);
  const meta = rc.em.getMetadata().get((query.entity as { name: string }).name);
  const { node, json } = planFor(rc, query.entity as EntityClass<unknown>, fields);
  const sortOutputs = query.orderBy.map(([field]) => columnOf(meta, field));
  const columns = [...new Set([...node.outputs, ...node.joins, ...sortOutputs].map((o) => o.column))];
  const innerSql = pageSql(rc, query, columns);
  const order = query.orderBy.map(([, dir], i) => `"_r"."${sortOutputs[i].column}" ${dir}`).join(', ');
  // The last row's sort values as text (timestamps keep their microseconds), for the cursor.
  const last = options.sortValues
    ? `, (array_agg(json_build_array(${sortOutputs.map((o) => `"_r"."${o.column}"::text`).join(', ')}) order by ${order.replace(/ (asc|desc)/g, (d) => (d === ' asc' ? ' desc' : ' asc'))}))[1] as "last"`
    : '';
  // The capped count rides along in the same statement when the total is selected too.
  const counted = options.count ? cappedCountSql(rc, query.entity, options.count.where) : undefined;
  const count = counted ? `, (${counted.sql}) as "n"` : '';
  const sql = `select coalesce(json_agg(${json.sql} order by ${order}), '[]'::json) as "rows"${last}${count} from (${innerSql.sql}) as "_r"`;
  const [result] = await queryPrepared<{ rows: Record<string, unknown>[]; last?: unknown[]; n?: number }>(rc.em, sql, [
    ...json.bindings,
    ...(counted?.bindings ?? []),
    ...innerSql.bindings,
  ]);
  return {
    rows: result.rows.map((r) => decode(r, node)),
    lastSortValues: result.last ?? undefined,
    total: counted && options.count ? totalOf(rc, query.entity, options.count.where, result.n as number) : undefined,
  };
}

/** JSON brings timestamps as text: make them Dates; rows take the entity's prototype for its getters. */
function decode(row: Record<string, unknown>, node: Node): Record<string, unknown> {
  for (const o of node.outputs) {
    const v = row[o.key];
    if (o.timestamp && typeof v === 'string') row[o.key] = new Date(v);
  }
  for (const rel of node.relations) {
    const v = row[rel.key];
    if (Array.isArray(v)) v.forEach((child) => decode(child, rel.node));
    else if (v && typeof v === 'object') decode(v as Record<string, unknown>, rel.node);
  }
  Object.setPrototypeOf(row, node.prototype);
  return row;
}

export interface Total {
  total: number;
  /** False when the count stopped at the cap and the figure is the planner's estimate. */
  exact: boolean;
}

/** Counting stops here; beyond it the total is PostgreSQL's estimate (a page of a huge list needs no exact count). */
export const EXACT_COUNT_CAP = 50_000;

function cappedCountSql<E>(rc: ReadContext, entity: EntityClass<E>, where: FilterQuery<E>, cap = EXACT_COUNT_CAP): Fragment {
  return cachedSql(`count:${cap}`, entity as EntityClass<unknown>, where, () => {
    const sql = rc.em.createQueryBuilder(entity, '_r').select(raw('1')).where(where).limit(cap + 1).getKnexQuery().toSQL();
    return { sql: `select count(*)::int as n from (${sql.sql}) as "_c"`, bindings: [...sql.bindings] };
  });
}

export async function countRows<E>(rc: ReadContext, entity: EntityClass<E>, where: FilterQuery<E>, cap = EXACT_COUNT_CAP): Promise<Total> {
  checkDeadline(rc.deadline);
  const capped = cappedCountSql(rc, entity, where, cap);
  const [{ n }] = await queryPrepared<{ n: number }>(rc.em, capped.sql, capped.bindings);
  return totalOf(rc, entity, where, n, cap);
}

/** An exact count up to the cap; past it, the planner's estimate. */
async function totalOf<E>(rc: ReadContext, entity: EntityClass<E>, where: FilterQuery<E>, n: number, cap = EXACT_COUNT_CAP): Promise<Total> {
  if (n <= cap) return { total: n, exact: true };
  const full = rc.em.createQueryBuilder(entity, '_r').select(raw('1')).where(where).getKnexQuery().toSQL();
  const [plan] = await rc.em
    .getConnection()
    .execute<Array<{ 'QUERY PLAN': Array<{ Plan: { 'Plan Rows': number } }> }>>(`explain (format json) ${full.sql}`, [...full.bindings], 'all', rc.em.getTransactionContext());
  return { total: Math.max(cap + 1, Math.round(plan['QUERY PLAN'][0].Plan['Plan Rows'])), exact: false };
}
