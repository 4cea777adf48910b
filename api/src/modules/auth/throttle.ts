import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, ErrorCode } from '../../common/errors';

/** Failed guesses per key (a username, an order number) in a sliding window, shared by all API processes. */
@Entity({ tableName: 'auth_failure' })
export class AuthFailure {
  static readonly noAudit = true;

  @PrimaryKey({ length: 200 })
  key!: string;

  @Property()
  failures!: number;

  @Property({ type: 'timestamptz' })
  firstAt!: Date;
}

export const MAX_FAILURES = 10;
const WINDOW = `interval '15 minutes'`;

export function tooManyAttempts(): AppError {
  return new AppError(ErrorCode.TOO_MANY_ATTEMPTS, {
    zh: '尝试次数过多，请 15 分钟后再试',
    en: 'Too many attempts; try again in 15 minutes',
  });
}

/** Refuses a key that failed too often lately. */
export async function assertNotThrottled(em: EntityManager, key: string): Promise<void> {
  const rows = await em
    .getConnection()
    .execute<{ failures: number }[]>(`select failures from auth_failure where key = ? and first_at > now() - ${WINDOW}`, [key]);
  if ((rows[0]?.failures ?? 0) >= MAX_FAILURES) throw tooManyAttempts();
}

/** Counted outside the request's transaction, so that the failure survives the error that follows. */
export async function recordFailure(em: EntityManager, key: string): Promise<void> {
  await em.getConnection().execute(
    `insert into auth_failure (key, failures, first_at) values (?, 1, now())
     on conflict (key) do update set
       failures = case when auth_failure.first_at <= now() - ${WINDOW} then 1 else auth_failure.failures + 1 end,
       first_at = case when auth_failure.first_at <= now() - ${WINDOW} then now() else auth_failure.first_at end`,
    [key],
  );
}

export async function clearFailures(em: EntityManager, key: string): Promise<void> {
  await em.getConnection().execute(`delete from auth_failure where key = ?`, [key]);
}
