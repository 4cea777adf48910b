import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { execFileSync } from 'node:child_process';
import { Client } from 'pg';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../api/src/db/embedded';

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
  // The cluster tests run the compiled API (.build/): built once here, so test files running in
  // parallel never rebuild it under each other's processes.
  execFileSync(process.execPath, [path.join(__dirname, '..', '..', 'api', 'build-if-stale.mjs')], { stdio: 'inherit' });
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
  execFileSync(
    process.execPath,
    ['-r', '@swc-node/register', path.join(__dirname, 'migrate-template.ts'), withDatabase(serverUrl, TEMPLATE_DB)],
    { stdio: 'inherit' },
  );

  process.env.TEST_DATABASE_SERVER = serverUrl;
  (globalThis as Record<string, unknown>).__EMBEDDED_PG__ = embedded;
}
