import { isUuid } from '../uuid';
import { LockMode, type EntityClass, type FilterQuery, type FindOptions } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '../errors';
import type { Actor } from '../../modules/auth/actor';
import { scopeCondition, type Fragment } from './scope-sql';
import { assertMayRead, policyOf, withinScope } from './policy';
import { checkDeadline, type Deadline } from '../deadline';


/** What services need to read on the caller's behalf: an entity manager and who is asking. */
export interface AccessContext {
  em: EntityManager;
  actor?: Actor;
  deadline?: Deadline;
}

/** Records the caller may read, for services that return them (suggestions, reports). */
export function findInScope<E extends object>(
  ac: AccessContext,
  entity: EntityClass<E>,
  where: FilterQuery<E>,
  options?: FindOptions<E, never>,
): Promise<E[]> {
  assertMayRead(ac.actor, entity);
  checkDeadline(ac.deadline);
  return ac.em.find(entity, withinScope(entity, ac.actor, where), options as never) as Promise<E[]>;
}

/** The record, locked for this transaction, if the caller may see it; NOT_FOUND otherwise. */
export async function lockInScope<E extends { id: string }>(ac: AccessContext, entity: EntityClass<E>, id: string): Promise<E> {
  const label = policyOf(entity)?.label ?? { zh: '记录', en: 'record' };
  if (!isUuid(id)) throw notFound(label, id);
  const found = await ac.em.findOne(entity, withinScope(entity, ac.actor, { id } as FilterQuery<E>), {
    lockMode: LockMode.PESSIMISTIC_WRITE,
  });
  if (!found) throw notFound(label, id);
  return found as E;
}

/**
 * The caller's scope as SQL on `alias` (`exists (…)` with its bindings), for services that write
 * their own SQL (aggregates, reports, exports); undefined when the caller sees every record.
 */
export function scopeSql(ac: AccessContext, entity: EntityClass<unknown>, alias: string): Fragment | undefined {
  return scopeCondition(ac.em, ac.actor, entity, alias);
}
