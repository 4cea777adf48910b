import { readConnection } from '../../db/read';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Fragment } from '../../common/access/scope-sql';

export type { Fragment };

/** A value sent as a bound parameter (`?`), never as SQL text. */
export class Param {
  constructor(readonly value: unknown) {}
}

export const param = (value: unknown) => new Param(value);

/**
 * A list as one parameter, written as a PostgreSQL array literal (`{"a","b"}`) for `= any(?::uuid[])`:
 * the driver layer would otherwise spread a JavaScript array into `?, ?, ?`.
 */
export function arrayParam(values: readonly unknown[]): Param {
  return new Param(arrayLiteral(values));
}

/** A quoted identifier: only names from the ORM metadata or the compiler's own aliases go here. */
export function ident(name: string): Fragment {
  return { sql: `"${name.replace(/"/g, '""')}"`, bindings: [] };
}

export function col(alias: string, column: string): Fragment {
  return { sql: `${ident(alias).sql}.${ident(column).sql}`, bindings: [] };
}

/** SQL the compiler writes itself (keywords, operators, casts): a constant, never a client's text. */
export function raw(text: string): Fragment {
  return { sql: text, bindings: [] };
}

/**
 * `sql\`… ${fragment} … ${param(v)} …\``: fragments are inlined with their bindings, parameters
 * become `?`. A plain string cannot be interpolated, so no client text can become SQL.
 */
export function sql(strings: TemplateStringsArray, ...values: Array<Fragment | Param>): Fragment {
  let text = strings[0];
  const bindings: unknown[] = [];
  values.forEach((v, i) => {
    if (v instanceof Param) {
      text += '?';
      bindings.push(v.value);
    } else if (v && typeof v === 'object' && typeof (v as Fragment).sql === 'string' && Array.isArray((v as Fragment).bindings)) {
      text += (v as Fragment).sql;
      bindings.push(...(v as Fragment).bindings);
    } else {
      throw new Error('sql``: only fragments and param() may be interpolated');
    }
    text += strings[i + 1];
  });
  return { sql: text, bindings };
}

export function joinSql(parts: Fragment[], separator: string): Fragment {
  return { sql: parts.map((p) => p.sql).join(separator), bindings: parts.flatMap((p) => p.bindings) };
}

export const EMPTY: Fragment = { sql: '', bindings: [] };

/** A PostgreSQL array literal (`{"a","b",NULL}`), for a list bound as one parameter. */
function arrayLiteral(values: readonly unknown[]): string {
  return `{${values.map((v) => (v === null || v === undefined ? 'NULL' : typeof v === 'number' ? String(v) : `"${String(v).replace(/[\\"]/g, (c) => `\\${c}`)}"`)).join(',')}}`;
}

/** A list left in the bindings (an array condition of a scope) is one array value, not a list of values. */
export function driverBindings(statement: Fragment): never[] {
  return statement.bindings.map((b) => (Array.isArray(b) ? arrayLiteral(b) : b)) as never[];
}

/**
 * Runs a statement with its values sent as bind parameters ($1, $2 …), never spliced into the
 * text (the ORM's own `execute` inlines them, escaped). In the caller's transaction, if any;
 * `read` outside one sends it to the standby when there is one (db/read.ts).
 */
export async function runSql<T = Record<string, unknown>>(em: EntityManager, statement: Fragment, opts: { read?: boolean } = {}): Promise<T[]> {
  const knex = (opts.read ? readConnection(em) : em.getConnection()).getKnex();
  const query = knex.raw(statement.sql, driverBindings(statement));
  const trx = em.getTransactionContext();
  if (trx) query.transacting(trx as never);
  const result = (await query) as { rows: T[] };
  return result.rows;
}
