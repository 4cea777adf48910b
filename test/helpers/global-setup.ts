import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { Client } from 'pg';
import { MikroORM } from '@mikro-orm/postgresql';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../api/src/db/embedded';
import { ormConfig } from '../../api/src/db/orm.config';

export const TEMPLATE_DB = 'asp_test_template';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, 'localhost', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/**
 * One PostgreSQL for the whole run (embedded unless DATABASE_URL is set) and a template database
 * with every migration applied; each test file then clones its own database from the template.
 */
export default async function globalSetup(): Promise<void> {
  let serverUrl = process.env.DATABASE_URL;
  let embedded: EmbeddedDatabase | undefined;
  if (!serverUrl) {
    const port = await freePort();
    embedded = await startEmbeddedPostgres({
      dir: path.join(os.tmpdir(), `asp-test-pg-${process.pid}`),
      port,
      database: 'postgres',
      persistent: false,
    });
    serverUrl = embedded.url;
  }
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${TEMPLATE_DB}`);
  await admin.query(`create database ${TEMPLATE_DB}`);
  await admin.end();
  const orm = await MikroORM.init(ormConfig(withDatabase(serverUrl, TEMPLATE_DB), { migrations: { ...ormConfig('').migrations, silent: true } }));
  await orm.getMigrator().up();
  await orm.close(true);

  process.env.TEST_DATABASE_SERVER = serverUrl;
  (globalThis as Record<string, unknown>).__EMBEDDED_PG__ = embedded;
}
