import { raw, type EntityManager } from '@mikro-orm/postgresql';
import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import type { Actor } from '../../modules/auth/actor';
import { scopeOf } from './policy';

/** SQL text with `?` placeholders and its bindings, in order. */
export interface Fragment {
  sql: string;
  bindings: unknown[];
}

/** The actor's scope on rows of `entity` under `alias` (see conditionSql). Undefined when the actor sees every record. */
export function scopeCondition(em: EntityManager, actor: Actor | undefined, entity: EntityClass<unknown> | string, alias: string): Fragment | undefined {
  const scope = scopeOf(entity as EntityClass<object>, actor);
  return scope ? conditionSql(em, entity, alias, scope) : undefined;
}

/**
 * A condition on rows of `entity` under `alias` (a policy's scope, or a narrower rule of one such
 * as the technicians whose pay one reads), rendered by the query builder. A condition on the row's
 * own columns (a station's orders) is used as it is, so indexes on those columns still serve the
 * query (index-only scans included); one that needs joins (a maker's orders, through the product)
 * becomes `exists (…)` correlated on the primary key.
 */
export function conditionSql(em: EntityManager, entity: EntityClass<unknown> | string, alias: string, scope: FilterQuery<object>): Fragment {
  const direct = em
    .createQueryBuilder(entity as EntityClass<object>, alias)
    .select(raw('1'))
    .where(scope as FilterQuery<object>)
    .getKnexQuery()
    .toSQL();
  const from = `select 1 from "${em.getMetadata().find(typeof entity === 'string' ? entity : entity.name)!.tableName}" as "${alias}" where `;
  if (direct.sql.startsWith(from) && !/\bjoin\b|\bselect\b/i.test(direct.sql.slice(from.length))) {
    return { sql: `(${direct.sql.slice(from.length)})`, bindings: [...direct.bindings] };
  }
  const qb = em
    .createQueryBuilder(entity as EntityClass<object>, `${alias}_s`)
    .select(raw('1'))
    .where({ $and: [{ id: raw(`"${alias}"."id"`) }, scope] } as FilterQuery<object>);
  const built = qb.getKnexQuery().toSQL();
  return { sql: `exists (${built.sql})`, bindings: [...built.bindings] };
}
