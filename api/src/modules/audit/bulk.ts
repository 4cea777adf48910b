import { raw, type EntityManager } from '@mikro-orm/postgresql';
import type { EntityClass, EntityProperty, FilterQuery } from '@mikro-orm/core';
import { v7 as uuidv7 } from 'uuid';
import { currentAuditScope } from './audit-context';
import { isAudited } from './audit.subscriber';

function plain(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: unknown }).id;
  return value;
}

/**
 * A set-based update that is audited like a unit-of-work change: one statement updates every
 * matching row and returns its previous values, a second writes one audit entry per row (who,
 * when, before, after, reason). Both run in the caller's transaction.
 */
export async function auditedUpdate<E extends object>(
  em: EntityManager,
  entity: EntityClass<E>,
  where: FilterQuery<E>,
  changes: Record<string, unknown>,
): Promise<number> {
  const meta = em.getMetadata().get((entity as { name: string }).name);
  const props = Object.keys(changes).map((name) => {
    const prop = meta.properties[name as never] as EntityProperty | undefined;
    if (!prop?.fieldNames?.length) throw new Error(`${meta.className}.${name} is not a column`);
    return prop;
  });
  const old = em
    .createQueryBuilder(entity, 'o')
    .select([raw('"o"."id"'), ...props.map((p) => raw(`"o"."${p.fieldNames[0]}"`))])
    .where(where)
    .getKnexQuery()
    .forUpdate()
    .toSQL();
  const sets = props.map((p) => `"${p.fieldNames[0]}" = ?`).join(', ');
  const returned = props.map((p, i) => `"old"."${p.fieldNames[0]}" as "b${i}"`).join(', ');
  const rows = await em.getConnection().execute<Array<Record<string, unknown>>>(
    `with "old" as (${old.sql})
     update "${meta.tableName}" as "t" set ${sets} from "old" where "t"."id" = "old"."id"
     returning "t"."id"${returned ? `, ${returned}` : ''}`,
    [...old.bindings, ...props.map((p) => changes[p.name])],
    'all',
    em.getTransactionContext(),
  );
  const scope = currentAuditScope();
  if (!rows.length || scope.disabled || !isAudited(meta.class)) return rows.length;
  const after = Object.fromEntries(props.map((p) => [p.name, plain(changes[p.name])]));
  const values = rows.map(() => '(?, now(), ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?)').join(', ');
  const params = rows.flatMap((r) => [
    uuidv7(),
    scope.actor.kind,
    scope.actor.id,
    scope.actor.label,
    'update',
    meta.className,
    String(r.id),
    JSON.stringify(Object.fromEntries(props.map((p, i) => [p.name, plain(r[`b${i}`])]))),
    JSON.stringify(after),
    scope.reason ?? null,
  ]);
  await em
    .getConnection()
    .execute(
      `insert into audit_entry (id, at, actor_kind, actor_id, actor_label, action, entity_name, entity_id, before, after, reason) values ${values}`,
      params,
      'run',
      em.getTransactionContext(),
    );
  return rows.length;
}
