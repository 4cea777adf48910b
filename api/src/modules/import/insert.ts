import { ReferenceKind, type EntityClass, type EntityProperty } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import type { Actor } from '../auth/actor';
import { SYSTEM_ACTOR } from '../auth/actor';
import { joinSql, runSql, sql, ident } from '../query/sql';

/** Bind parameters per statement stay well below PostgreSQL's 65,535. */
const PARAMETERS_PER_STATEMENT = 30_000;

/** Bookkeeping the audit log leaves out, as the unit of work's audit does. */
const NOT_AUDITED = new Set(['updatedAt', 'searchText']);

function plain(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}

async function insertRows(em: EntityManager, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  const perStatement = Math.max(1, Math.floor(PARAMETERS_PER_STATEMENT / columns.length));
  const head = sql`insert into ${ident(table)} (${joinSql(columns.map(ident), ', ')}) values `;
  // Every value a bound parameter; the placeholders written as one string, not a fragment per value.
  const placeholders = `(${columns.map(() => '?').join(', ')})`;
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement);
    await runSql(em, { sql: `${head.sql}${chunk.map(() => placeholders).join(', ')}`, bindings: chunk.flat() });
  }
}

/**
 * Writes new records set-based, in the caller's transaction: each record is made as the entity
 * would be (its defaults, its create hooks such as a customer's search text), then inserted many
 * rows per statement, and one audit entry per record is written (who, when, what, and the reason:
 * the import batch), unless `audited` is false (auditing is off while the demo data is seeded).
 */
export async function insertRecords(
  em: EntityManager,
  target: EntityClass<unknown>,
  records: Array<Record<string, unknown>>,
  audit: { actor?: Actor; reason: string | null; audited?: boolean; progress?: (rows: number) => unknown },
): Promise<string[]> {
  const meta = em.getMetadata().get((target as { name: string }).name);
  const props = (Object.values(meta.properties) as EntityProperty[]).filter(
    (p) => p.persist !== false && !p.formula && (p.kind === ReferenceKind.SCALAR || p.kind === ReferenceKind.MANY_TO_ONE || (p.kind === ReferenceKind.ONE_TO_ONE && p.owner)),
  );
  const hooks = (meta.hooks?.beforeCreate ?? []) as Array<string | ((...args: unknown[]) => unknown)>;
  const now = new Date();
  const actor = audit.actor ?? SYSTEM_ACTOR;
  const columns = props.map((p) => p.fieldNames[0]);
  const ids: string[] = [];
  // Made and written a slice at a time: the process holds one slice of rows, not the whole file's.
  const slice = Math.max(1, Math.floor(PARAMETERS_PER_STATEMENT / columns.length));
  for (let start = 0; start < records.length; start += slice) {
    const rows: unknown[][] = [];
    const entries: unknown[][] = [];
    for (const record of records.slice(start, start + slice)) {
      const entity = new (target as new () => Record<string, unknown>)();
      const scalars = Object.fromEntries(Object.entries(record).filter(([k]) => (meta.properties[k as never] as EntityProperty | undefined)?.kind === ReferenceKind.SCALAR));
      Object.assign(entity, scalars, { id: (record.id as string | undefined) ?? uuidv7(), createdAt: now, updatedAt: now });
      for (const hook of hooks) {
        const fn = typeof hook === 'string' ? (entity[hook] as (() => unknown) | undefined) : undefined;
        fn?.call(entity);
      }
      const after: Record<string, unknown> = {};
      rows.push(
        props.map((p) => {
          const value = p.kind === ReferenceKind.SCALAR ? entity[p.name] : (record[p.name] ?? null);
          if (!NOT_AUDITED.has(p.name) && value !== undefined && value !== null && !(Array.isArray(value) && !value.length) && p.name !== 'id') after[p.name] = plain(value);
          return value === undefined ? null : value;
        }),
      );
      ids.push(String(entity.id));
      entries.push([uuidv7(), now, actor.kind, actor.id, actor.label, 'create', meta.className, String(entity.id), JSON.stringify(after), audit.reason]);
    }
    await insertRows(em, meta.tableName, columns, rows);
    if (audit.audited !== false) await insertRows(em, 'audit_entry', ['id', 'at', 'actor_kind', 'actor_id', 'actor_label', 'action', 'entity_name', 'entity_id', 'after', 'reason'], entries);
    await audit.progress?.(Math.min(records.length, start + slice));
  }
  return ids;
}
