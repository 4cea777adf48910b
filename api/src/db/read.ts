/**
 * Where reads that may lag go. Reports, exports, ad-hoc queries and dashboards read from the
 * standby when READ_DATABASE_URL is set (MikroORM read replicas; `preferReadReplicas` is off, so
 * nothing else does); inside a transaction — every mutation — they stay on the primary, so a
 * mutation reads its own writes. Without a replica both are the primary.
 */
import type { EntityManager } from '@mikro-orm/postgresql';

export function readConnection(em: EntityManager) {
  return em.getTransactionContext() ? em.getConnection('write') : em.getConnection('read');
}

/** Above this the panel's report pages say the figures may be behind. */
export const LAG_NOTICE_SECONDS = 5;

/**
 * How far the standby is behind, in seconds: 0 when it has replayed all it received (an idle
 * primary sends nothing, so the last replay's age alone would look like lag), else the age of
 * the last transaction it replayed. Undefined when reads go to the primary.
 */
export async function replicaLagSeconds(em: EntityManager, hasReplica: boolean): Promise<number | undefined> {
  if (!hasReplica) return undefined;
  const [row] = await em.getConnection('read').execute<Array<{ lag: number | null }>>(
    `select case when not pg_is_in_recovery() then null
                 when pg_last_wal_receive_lsn() is not distinct from pg_last_wal_replay_lsn() then 0
                 else extract(epoch from now() - pg_last_xact_replay_timestamp()) end::float8 as lag`,
  );
  return row.lag ?? undefined;
}
