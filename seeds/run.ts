import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '../api/src/db/orm.config';
import { DEMO_LOGINS, DEMO_PARTNER, DEMO_PARTNER_KEY, seedDemo } from './demo';

/**
 * `DATABASE_URL=postgres://… npm run seed`: migrates the database, then adds the demo data once
 * (a second run adds nothing). For partners trying the API against their own PostgreSQL.
 */
async function main(): Promise<number> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error('Set DATABASE_URL to the PostgreSQL to seed, e.g. DATABASE_URL=postgres://user:pw@localhost:5432/aftersales npm run seed');
    return 2;
  }
  const log = (line: string) => console.log(`[seed] ${line}`);
  const orm = await MikroORM.init(ormConfig(url));
  try {
    await orm.getMigrator().up();
    if (!(await seedDemo(orm, { log }))) {
      log('Nothing added: the demo data (or other master data) is already there');
      return 0;
    }
    log('Demo logins (username / password):');
    for (const l of DEMO_LOGINS) log(`  ${l.username.padEnd(12)} ${l.password.padEnd(18)} ${l.role}`);
    log(`Demo partner key (${DEMO_PARTNER.name}): ${DEMO_PARTNER_KEY}`);
    return 0;
  } finally {
    await orm.close(true);
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
