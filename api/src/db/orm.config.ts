import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { AuditSubscriber } from '../modules/audit/audit.subscriber';

export const MIGRATIONS_DIR = `${__dirname}/migrations`;

/** The time budget of the API's own connections (README "Query limits"). */
export interface ConnectionLimits {
  /** PostgreSQL `statement_timeout` on every connection of the pool, in ms; 0 leaves the server's. */
  statementTimeoutMs: number;
  /** How long a request waits for a free pooled connection before failing with TIMEOUT, in ms. */
  acquireTimeoutMs: number;
}

/**
 * The one place the statement timeout is set: pg sends it as a startup parameter of each
 * connection, so it holds on every pooled connection without an extra round trip. Behind
 * PgBouncer in transaction mode startup parameters do not reach PostgreSQL: set
 * DB_STATEMENT_TIMEOUT_MS=0 and put the timeout on the role instead
 * (`alter role aftersales set statement_timeout = '5s'`).
 */
function connectionLimits(limits: ConnectionLimits | undefined): Partial<Options> {
  if (!limits) return {};
  return {
    driverOptions: {
      ...(limits.statementTimeoutMs > 0 ? { connection: { statement_timeout: limits.statementTimeoutMs } } : {}),
      ...(limits.acquireTimeoutMs > 0 ? { acquireConnectionTimeout: limits.acquireTimeoutMs } : {}),
    },
  };
}

export function ormConfig(clientUrl: string, overrides: Partial<Options> = {}, limits?: ConnectionLimits): Options {
  const { migrations, ...rest } = overrides;
  return defineConfig({
    ...connectionLimits(limits),
    clientUrl,
    entities: ENTITIES,
    extensions: [Migrator],
    subscribers: [new AuditSubscriber()],
    forceUtcTimezone: true,
    // Entities are loaded explicitly; nothing is discovered from the file system.
    discovery: { warnWhenNoEntities: false, checkDuplicateTableNames: true },
    migrations: {
      tableName: 'mikro_orm_migrations',
      path: MIGRATIONS_DIR,
      pathTs: MIGRATIONS_DIR,
      migrationsList: MIGRATIONS,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
      ...migrations,
    },
    pool: { min: 0, max: 10 },
    ...rest,
  });
}
