import { raw, type EntityManager } from '@mikro-orm/postgresql';
import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import type { Actor } from '../../modules/auth/actor';
import { scopeOf } from './policy';

/** SQL text with `?` placeholders and its bindings, in order. */
export interface Fragment {
  sql: string;
  bindings: unknown[];
}

/**
 * The actor's scope on rows of `entity` under `alias`, as `exists (…)`: the policy's condition
 * rendered by the query builder (joins included), correlated on the primary key. Undefined when
 * the actor sees every record.
 */
export function scopeCondition(em: EntityManager, actor: Actor | undefined, entity: EntityClass<unknown> | string, alias: string): Fragment | undefined {
  const scope = scopeOf(entity as EntityClass<object>, actor);
  return scope ? conditionSql(em, entity, alias, scope) : undefined;
}

/** A condition on rows of `entity` under `alias`, as `exists (…)` rendered by the query builder (a policy's scope, or a narrower rule of one). */
export function conditionSql(em: EntityManager, entity: EntityClass<unknown> | string, alias: string, scope: FilterQuery<object>): Fragment {
  const qb = em
    .createQueryBuilder(entity as EntityClass<object>, `${alias}_s`)
    .select(raw('1'))
    .where({ $and: [{ id: raw(`"${alias}"."id"`) }, scope] } as FilterQuery<object>);
  const built = qb.getKnexQuery().toSQL();
  return { sql: `exists (${built.sql})`, bindings: [...built.bindings] };
}
