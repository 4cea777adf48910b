import PgBoss from 'pg-boss';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '../../api/src/db/orm.config';

/**
 * Applies every migration to the template database given as argument. Run as its own process:
 * loading MikroORM inside jest's parent process leaks its metadata into in-band test runs.
 */
async function main(url: string): Promise<void> {
  const orm = await MikroORM.init(ormConfig(url, { migrations: { silent: true } }));
  try {
    await orm.getMigrator().up();
    // pg-boss's tables too, so each test database has them at once (an app creates them when missing).
    const boss = new PgBoss({ connectionString: url, schema: 'pgboss', supervise: false, schedule: false, max: 1 });
    await boss.start();
    await boss.stop({ graceful: false, wait: true });
  } finally {
    await orm.close(true);
  }
}

main(process.argv[2]).catch((err) => {
  console.error(err);
  process.exit(1);
});
