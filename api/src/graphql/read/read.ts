import { raw, type EntityManager, type FilterQuery, type QueryOrderMap } from '@mikro-orm/postgresql';
import type { EntityClass } from '@mikro-orm/core';
import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';
import type { Actor } from '../../modules/auth/actor';
import { columnOf, planNode, type Node } from './plan';
import { rowJson, type SqlContext } from './sql';

export interface ReadContext {
  em: EntityManager;
  actor?: Actor;
}

/** The selections of one field of the result type, merged over its aliases (`items`, `a: items` …). */
export function selectionOf(info: GraphQLResolveInfo, typeName: string, field?: string): { fields: Record<string, ResolveTree>; selected: boolean } {
  const tree = parseResolveInfo(info) as ResolveTree | null | undefined;
  const top = tree?.fieldsByTypeName[field ? Object.keys(tree.fieldsByTypeName)[0] : typeName] ?? {};
  if (!field) return { fields: top, selected: true };
  const fields: Record<string, ResolveTree> = {};
  let selected = false;
  for (const sub of Object.values(top)) {
    if (sub.name !== field) continue;
    selected = true;
    Object.assign(fields, sub.fieldsByTypeName[typeName] ?? {});
  }
  return { fields, selected };
}

/** Whether a field of the result (e.g. a page's `total`) is selected under any alias. */
export function isSelected(info: GraphQLResolveInfo, field: string): boolean {
  const tree = parseResolveInfo(info) as ResolveTree | null | undefined;
  const top = tree ? Object.values(tree.fieldsByTypeName)[0] ?? {} : {};
  return Object.values(top).some((sub) => sub.name === field);
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
  /** The last row's raw sort values (full precision), for a keyset cursor. */
  lastSortValues?: unknown[];
}

/**
 * One SQL statement for a page and every relation selected below it: the page is cut in an inner
 * query (filter, scope, order, limit), then each row and its relations become one JSON value.
 * Nothing enters the unit of work; only the columns the selection needs are read.
 */
export async function readRows<E>(rc: ReadContext, query: RowQuery<E>, fields: Record<string, ResolveTree>): Promise<ReadResult> {
  const metadata = rc.em.getMetadata();
  const meta = metadata.get((query.entity as { name: string }).name);
  const node = planNode({ metadata, actor: rc.actor }, query.entity, fields);
  const sortOutputs = query.orderBy.map(([field]) => columnOf(meta, field));
  const columns = [...new Set([...node.outputs.map((o) => o.column), ...sortOutputs.map((o) => o.column)])];
  const sortKeys = sortOutputs.map((o, i) => `$s${i}`);

  const inner = rc.em
    .createQueryBuilder(query.entity, '_r')
    .select(columns.map((c) => raw(`"_r"."${c}"`)))
    .where(query.where)
    .orderBy(Object.fromEntries(query.orderBy) as QueryOrderMap<E>);
  if (query.limit !== undefined) inner.limit(query.limit);
  if (query.offset) inner.offset(query.offset);
  const innerSql = inner.getKnexQuery().toSQL();

  const sc: SqlContext = { em: rc.em, actor: rc.actor, next: 0 };
  const json = rowJson(sc, node, '_r');
  const sortSelect = sortOutputs.map((o, i) => `, "_r"."${o.column}" as "${sortKeys[i]}"`).join('');
  const outerOrder = query.orderBy.map(([, dir], i) => `"_r"."${sortOutputs[i].column}" ${dir}`).join(', ');
  const sql = `select ${json.sql} as j${sortSelect} from (${innerSql.sql}) as "_r" order by ${outerOrder}`;
  const result = await rc.em
    .getConnection()
    .execute<Array<Record<string, unknown>>>(sql, [...json.bindings, ...innerSql.bindings], 'all', rc.em.getTransactionContext());
  const last = result[result.length - 1];
  return {
    rows: result.map((r) => decode(r.j as Record<string, unknown>, node)),
    lastSortValues: last ? sortKeys.map((k) => last[k]) : undefined,
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

export async function countRows<E>(rc: ReadContext, entity: EntityClass<E>, where: FilterQuery<E>, cap = EXACT_COUNT_CAP): Promise<Total> {
  const conn = rc.em.getConnection();
  const tx = rc.em.getTransactionContext();
  const probe = rc.em.createQueryBuilder(entity, '_r').select(raw('1')).where(where);
  const capped = probe.clone().limit(cap + 1).getKnexQuery().toSQL();
  const [{ n }] = await conn.execute<Array<{ n: number }>>(`select count(*)::int as n from (${capped.sql}) as "_c"`, [...capped.bindings], 'all', tx);
  if (n <= cap) return { total: n, exact: true };
  const full = probe.getKnexQuery().toSQL();
  const [plan] = await conn.execute<Array<{ 'QUERY PLAN': Array<{ Plan: { 'Plan Rows': number } }> }>>(
    `explain (format json) ${full.sql}`,
    [...full.bindings],
    'all',
    tx,
  );
  return { total: Math.max(cap + 1, Math.round(plan['QUERY PLAN'][0].Plan['Plan Rows'])), exact: false };
}
