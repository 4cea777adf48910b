import 'reflect-metadata';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { loadConfig } from '../api/src/config';
import { ormConfig } from '../api/src/db/orm.config';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../api/src/db/embedded';
import { seedDemo } from './demo';
import { generateScaleData } from './scale';

/**
 * `npm run generate -- [--orders 1000000] [--seed 1]`: adds that many service orders (default one
 * million), with matching customers, units, timelines, technicians and parts lines, to the database
 * of DATABASE_URL or to `npm start`'s embedded one (stop the server first). Migrates and seeds the
 * demo master data when the database has none.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const arg = (name: string, fallback: number) => {
    const i = args.indexOf(`--${name}`);
    const v = i >= 0 ? Number(args[i + 1]) : fallback;
    if (!Number.isInteger(v) || v < 1) throw new Error(`--${name} must be a whole number, got ${args[i + 1]}`);
    return v;
  };
  const orders = arg('orders', 1_000_000);
  const seed = arg('seed', 20261201);
  const log = (line: string) => console.log(`[generate] ${line}`);
  const config = loadConfig();
  let embedded: EmbeddedDatabase | undefined;
  let url = config.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedPostgres({ dir: path.join(config.dataDir, 'postgres'), port: config.embeddedPgPort, database: 'aftersales', log });
    url = embedded.url;
  }
  const orm = await MikroORM.init(ormConfig(url));
  try {
    await orm.getMigrator().up();
    if (await seedDemo(orm, { log })) log('demo master data seeded');
    log(`generating ${orders.toLocaleString('en')} service orders`);
    const r = await generateScaleData(orm.em.getConnection().getKnex(), { orders, seed, log });
    log(`done in ${r.seconds.toFixed(0)} s: ${r.orders} orders, ${r.customers} customers, ${r.units} units; tables now hold ${r.events} timeline events, ${r.technicians} technician rows, ${r.parts} parts lines`);
  } finally {
    await orm.close(true);
    await embedded?.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
