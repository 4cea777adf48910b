/**
 * Several API processes on one machine as they would run on several: a primary PostgreSQL, a
 * streaming standby, PgBouncer in transaction mode in front of both, N API processes (the compiled
 * `main.js`, each its own OS process) and HAProxy on one port. `npm run start:cluster` runs it; the
 * cross-process tests start the same thing in a temporary folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { Client } from 'pg';
import { ROOT_DIR } from '../config';
import { copyAsStandby, initCluster, startPostgres, type PgServer } from './postgres';
import { startPgbouncer, type Pooler } from './pgbouncer';
import { startHaproxy, type Balancer } from './haproxy';
import { freePort, spawnChild, stopChild, waitFor, type Child } from './processes';

export const APP_DATABASE = 'aftersales';
export const APP_ROLE = { name: 'aftersales', password: 'aftersales' };
const SLOT = 'replica1';

export interface ClusterOptions {
  /** Working folder: the database folders, the pooler's and balancer's configuration, every log. */
  dir: string;
  processes: number;
  /** The balancer's port (0: a free one). */
  port: number;
  primaryPort?: number;
  replicaPort?: number;
  poolerPort?: number;
  /** PgBouncer between the processes and PostgreSQL (default true). */
  pooler?: boolean;
  /** A streaming standby, used through READ_DATABASE_URL (default true). */
  replica?: boolean;
  /** PgBouncer's server connections per database (what PostgreSQL sees from all processes together). */
  poolSize?: number;
  /** Statement timeout of the application role (behind PgBouncer the role carries it). */
  statementTimeout?: string;
  /** Extra environment of every API process. */
  env?: NodeJS.ProcessEnv;
  /** Seed the demo data (the first process, before the others start). */
  seedDemo?: boolean;
  /** Echo the API processes' output, prefixed with their name. */
  echo?: boolean;
  log?: (line: string) => void;
}

export interface ApiProcess {
  index: number;
  port: number;
  child: Child;
  /** This process directly, bypassing the balancer. */
  url: string;
}

export interface Cluster {
  /** The balancer: what clients use. */
  url: string;
  processes: ApiProcess[];
  primary: PgServer;
  replica?: PgServer;
  pooler?: Pooler;
  balancer: Balancer;
  /** What the API processes use for writes (through the pooler when there is one). */
  databaseUrl: string;
  /** What they use for reads that may lag (the standby), when there is one. */
  readDatabaseUrl?: string;
  /** The application database on the primary, directly, as superuser (tests arrange data here). */
  primaryUrl: string;
  replicaUrl?: string;
  /** Stops process `index` gracefully (SIGTERM: drain) and starts a new one on the same port. */
  restart(index: number): Promise<void>;
  stop(): Promise<void>;
}

async function withClient<T>(url: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** The application's role and database; its statement timeout on the role, where PgBouncer cannot drop it. */
async function bootstrap(primary: PgServer, statementTimeout: string, slot: boolean): Promise<void> {
  await withClient(primary.url(), async (c) => {
    const role = await c.query('select 1 from pg_roles where rolname = $1', [APP_ROLE.name]);
    if (!role.rowCount) await c.query(`create role ${APP_ROLE.name} login password '${APP_ROLE.password}'`);
    await c.query(`alter role ${APP_ROLE.name} set statement_timeout = '${statementTimeout}'`);
    const db = await c.query('select 1 from pg_database where datname = $1', [APP_DATABASE]);
    if (!db.rowCount) await c.query(`create database ${APP_DATABASE} owner ${APP_ROLE.name}`);
    if (slot) {
      const s = await c.query('select 1 from pg_replication_slots where slot_name = $1', [SLOT]);
      if (!s.rowCount) await c.query(`select pg_create_physical_replication_slot('${SLOT}')`);
    }
  });
}

export function buildApi(): void {
  const built = spawnSync(process.execPath, ['api/build-if-stale.mjs'], { cwd: ROOT_DIR, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('the API build failed');
}

export async function startCluster(opts: ClusterOptions): Promise<Cluster> {
  const log = opts.log ?? (() => undefined);
  const withPooler = opts.pooler ?? true;
  const withReplica = opts.replica ?? true;
  fs.mkdirSync(opts.dir, { recursive: true });
  // PostgreSQL and PgBouncer run as the `postgres` user: they must reach their folders.
  fs.chmodSync(opts.dir, 0o755);
  const logs = path.join(opts.dir, 'logs');
  fs.mkdirSync(logs, { recursive: true, mode: 0o755 });
  fs.chmodSync(logs, 0o777);

  /** The databases and the pooler, in the order they started. */
  const started: Array<{ stop(): Promise<void> }> = [];
  const processes: ApiProcess[] = [];
  let balancer: Balancer | undefined;
  let stopped = false;
  const stopAll = async () => {
    if (stopped) return;
    stopped = true;
    // Balancer first (no new requests), then the processes drain, then the pooler, then the databases.
    await balancer?.stop().catch((e) => log(String(e)));
    await Promise.all(processes.map((p) => stopChild(p.child, 'SIGTERM', 30_000)));
    for (const s of [...started].reverse()) await s.stop().catch((e) => log(String(e)));
  };

  try {
    const primaryDir = path.join(opts.dir, 'primary');
    if (!fs.existsSync(path.join(primaryDir, 'PG_VERSION'))) {
      log(`initialising PostgreSQL in ${primaryDir}`);
      await initCluster(primaryDir);
    }
    const primaryPort = opts.primaryPort || (await freePort());
    let primary = await startPostgres('postgres-primary', primaryDir, primaryPort, logs);
    started.push(primary);
    await bootstrap(primary, opts.statementTimeout ?? '5s', withReplica);

    let replica: PgServer | undefined;
    if (withReplica) {
      // A consistent copy needs the primary stopped for a moment (no pg_basebackup in the embedded binaries).
      await primary.stop();
      started.pop();
      copyAsStandby(primaryDir, path.join(opts.dir, 'replica'), primaryPort, SLOT);
      primary = await startPostgres('postgres-primary', primaryDir, primaryPort, logs);
      started.push(primary);
      replica = await startPostgres('postgres-replica', path.join(opts.dir, 'replica'), opts.replicaPort || (await freePort()), logs);
      started.push(replica);
      await waitFor(
        'the standby streaming from the primary',
        () => withClient(primary.url(), async (c) => (await c.query(`select 1 from pg_stat_replication where application_name = '${SLOT}' and state = 'streaming'`)).rowCount === 1),
        30_000,
      );
      log(`primary on ${primary.port}, streaming standby on ${replica.port}`);
    }

    let pooler: Pooler | undefined;
    let databaseUrl = `postgres://${APP_ROLE.name}:${APP_ROLE.password}@127.0.0.1:${primary.port}/${APP_DATABASE}`;
    let readDatabaseUrl = replica && `postgres://${APP_ROLE.name}:${APP_ROLE.password}@127.0.0.1:${replica.port}/${APP_DATABASE}`;
    if (withPooler) {
      const poolerPort = opts.poolerPort || (await freePort());
      pooler = await startPgbouncer(path.join(opts.dir, 'pgbouncer'), {
        port: poolerPort,
        databases: [
          { name: APP_DATABASE, port: primary.port, dbname: APP_DATABASE },
          ...(replica ? [{ name: `${APP_DATABASE}_replica`, port: replica.port, dbname: APP_DATABASE }] : []),
        ],
        users: [APP_ROLE, { name: 'postgres', password: 'postgres' }],
        poolSize: opts.poolSize ?? 20,
      });
      started.push(pooler);
      databaseUrl = pooler.url(APP_ROLE, APP_DATABASE);
      readDatabaseUrl = replica && pooler.url(APP_ROLE, `${APP_DATABASE}_replica`);
      log(`PgBouncer (transaction pooling, ${opts.poolSize ?? 20} server connections per database) on ${poolerPort}`);
    }

    buildApi();
    const ports = await Promise.all(Array.from({ length: opts.processes }, () => freePort()));
    const envOf = (index: number, seed: boolean): NodeJS.ProcessEnv => ({
      ...process.env,
      ...opts.env,
      PORT: String(ports[index]),
      DATABASE_URL: databaseUrl,
      ...(readDatabaseUrl ? { READ_DATABASE_URL: readDatabaseUrl } : {}),
      // Behind PgBouncer 1.18 in transaction mode: no named prepared statements, no startup parameters.
      ...(withPooler ? { DB_PREPARED_STATEMENTS: 'false', DB_STATEMENT_TIMEOUT_MS: '0' } : {}),
      // Time to leave the balancer's rotation (two failed checks 500 ms apart, with slack for a
      // loaded machine) before we stop listening.
      DRAIN_DELAY_MS: opts.env?.DRAIN_DELAY_MS ?? '3000',
      SEED_DEMO: seed ? 'true' : 'false',
      INSTANCE_NAME: `api${index + 1}`,
    });
    const launch = async (index: number, seed: boolean): Promise<ApiProcess> => {
      const name = `api${index + 1}`;
      const child = spawnChild(name, process.execPath, ['.build/api/src/main.js'], path.join(logs, `${name}.log`), {
        cwd: ROOT_DIR,
        env: envOf(index, seed),
        echo: opts.echo,
      });
      const url = `http://127.0.0.1:${ports[index]}`;
      await waitFor(`API process ${name}`, async () => (await fetch(`${url}/readyz`)).ok, 120_000, child);
      return { index, port: ports[index], child, url };
    };
    // The first migrates (and seeds) alone; the others find the work done.
    processes.push(await launch(0, opts.seedDemo ?? false));
    processes.push(...(await Promise.all(ports.slice(1).map((_, i) => launch(i + 1, false)))));
    log(`${opts.processes} API processes on ${ports.join(', ')}`);

    balancer = await startHaproxy(opts.dir, opts.port || (await freePort()), ports);
    const url = `http://127.0.0.1:${balancer.port}`;
    log(`HAProxy on ${balancer.port}`);

    return {
      url,
      processes,
      primary,
      replica,
      pooler,
      balancer,
      databaseUrl,
      readDatabaseUrl,
      primaryUrl: primary.url(APP_DATABASE),
      replicaUrl: replica?.url(APP_DATABASE),
      async restart(index) {
        await stopChild(processes[index].child, 'SIGTERM', 30_000);
        processes[index] = await launch(index, false);
      },
      stop: stopAll,
    };
  } catch (err) {
    await stopAll();
    throw err;
  }
}
