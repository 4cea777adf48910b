import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { AuditSubscriber } from '../modules/audit/audit.subscriber';

export const MIGRATIONS_DIR = `${__dirname}/migrations`;

export function ormConfig(clientUrl: string, overrides: Partial<Options> = {}): Options {
  const { migrations, ...rest } = overrides;
  return defineConfig({
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
