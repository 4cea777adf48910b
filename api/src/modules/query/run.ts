import type { Bilingual } from '../../common/i18n';
import { badInput, fieldError } from '../../common/errors';
import { applyRedaction } from '../../common/access/policy';
import type { ServiceContext } from '../../common/service-context';
import { EXACT_COUNT_CAP } from '../../graphql/read/read';
import { MAX_OFFSET } from '../../graphql/crud';
import { fieldCatalogue } from './catalogue';
import { compileQuery, type CompiledQuery, type OutputColumn } from './compile';
import { checkDefinition, type CheckedQuery } from './definition';
import { describe, referencedNames } from './describe';
import { runSql, type Fragment } from './sql';

export interface QueryPage {
  columns: OutputColumn[];
  /** Values in column order, as the caller may read them (masked where the policy says). */
  rows: unknown[][];
  total: number;
  totalExact: boolean;
  description: Bilingual;
}

/** Checks and compiles a definition for the caller: their scope, their masking, their clock. */
export function prepareQuery(sc: ServiceContext, definition: unknown): CompiledQuery {
  const catalogue = fieldCatalogue(sc.em.getMetadata());
  const checked = checkDefinition(catalogue, sc.actor, definition);
  return compileQuery({ em: sc.em, actor: sc.actor, timeZone: sc.config.timeZone, now: sc.now() }, checked);
}

export function execute<T = Record<string, unknown>>(sc: ServiceContext, statement: Fragment): Promise<T[]> {
  return runSql<T>(sc.em, statement);
}

/** A database row as the caller reads it: decoded, then masked or hidden per column. */
export function rowValues(outputs: OutputColumn[], row: Record<string, unknown>, grouped: boolean): unknown[] {
  let g = 0;
  let a = 0;
  return outputs.map((o, i) => {
    const key = grouped ? (o.fn ? `a${a++}` : `g${g++}`) : `c${i}`;
    const value = o.decode(row[key]);
    return o.redaction && o.redaction !== 'hide' ? applyRedaction(o.redaction, value) : value;
  });
}

async function total(sc: ServiceContext, compiled: CompiledQuery): Promise<{ total: number; exact: boolean }> {
  const [{ n }] = await execute<{ n: number }>(sc, compiled.count(EXACT_COUNT_CAP));
  if (n <= EXACT_COUNT_CAP) return { total: n, exact: true };
  const estimate = compiled.estimate();
  const [plan] = await execute<{ 'QUERY PLAN': Array<{ Plan: { 'Plan Rows': number } }> }>(sc, {
    sql: `explain (format json) ${estimate.sql}`,
    bindings: estimate.bindings,
  });
  return { total: Math.max(EXACT_COUNT_CAP + 1, Math.round(plan['QUERY PLAN'][0].Plan['Plan Rows'])), exact: false };
}

/**
 * One page of a query's result with its total (exact up to 50,000 rows, then the planner's
 * estimate, as lists count) and the query in words. A page that is not full needs no count.
 */
export async function runQuery(sc: ServiceContext, definition: unknown, page: { page: number; perPage: number }): Promise<QueryPage> {
  const compiled = prepareQuery(sc, definition);
  const q: CheckedQuery = compiled.checked;
  const offset = (page.page - 1) * page.perPage;
  if (offset > MAX_OFFSET) {
    throw badInput([
      fieldError('page', `超出可翻页范围（前 ${MAX_OFFSET} 行）：请缩小范围或导出`, `goes past the first ${MAX_OFFSET} rows: narrow the query or export it`),
    ]);
  }
  const take = q.limit !== undefined ? Math.max(0, Math.min(page.perPage, q.limit - offset)) : page.perPage;
  const raw = take > 0 ? await execute(sc, compiled.select(offset, take)) : [];
  const rows = raw.map((r) => rowValues(compiled.outputs, r, q.grouped));
  let counted: { total: number; exact: boolean };
  // A page that is not full (and not past the end) tells the total by itself.
  if (rows.length < take && (rows.length > 0 || offset === 0)) counted = { total: offset + rows.length, exact: true };
  else counted = await total(sc, compiled);
  if (q.limit !== undefined && counted.total >= q.limit) counted = { total: q.limit, exact: true };
  const names = await referencedNames(sc.em, sc.actor, fieldCatalogue(sc.em.getMetadata()), q);
  return { columns: compiled.outputs, rows, total: counted.total, totalExact: counted.exact, description: describe(q, names, sc.config.timeZone) };
}
