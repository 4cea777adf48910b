/**
 * The benchmark's data: one PostgreSQL (embedded, persistent under os.tmpdir(), or DATABASE_URL),
 * a base database migrated and seeded by booting the app once, and one database per target size
 * (`asp_bench_100000`, …) grown from the next smaller one with ../shared/bench/grow-orders.sql.
 * A second run reuses every database that already has its size.
 */
import fs from 'node:fs';
import { Client } from 'pg';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../../api/src/db/embedded';
import { loadConfig } from '../../../api/src/config';
import { createApp } from '../../../api/src/app';
import { seedDemo } from '../../../seeds/demo';

export const BASE_DB = 'asp_bench_base';
export const dbName = (target: number) => `asp_bench_${target}`;

export type Log = (line: string) => void;

export interface Server {
  /** URL of the server's maintenance database (`postgres`). */
  adminUrl: string;
  embedded?: EmbeddedDatabase;
  /** Whether pg_stat_statements can be read (statements per request). */
  statStatements: boolean;
  version: string;
  urlOf(database: string): string;
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
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

/**
 * Starts the embedded PostgreSQL 17 (or connects to DATABASE_URL). The embedded cluster is
 * configured once with `shared_preload_libraries = pg_stat_statements` (ALTER SYSTEM, then a
 * restart), so statements per request can be counted; settings are otherwise PostgreSQL's defaults.
 */
export async function startServer(opts: { databaseUrl?: string; dataDir: string; port: number; log: Log }): Promise<Server> {
  let adminUrl: string;
  let embedded: EmbeddedDatabase | undefined;
  if (opts.databaseUrl) {
    adminUrl = withDatabase(opts.databaseUrl, 'postgres');
  } else {
    const start = () => startEmbeddedPostgres({ dir: opts.dataDir, port: opts.port, database: 'postgres', persistent: true, log: opts.log });
    if (!fs.existsSync(`${opts.dataDir}/PG_VERSION`)) opts.log(`initialising a PostgreSQL cluster in ${opts.dataDir} (kept for later runs)`);
    embedded = await start();
    adminUrl = embedded.url;
    const preload = await withClient(adminUrl, async (c) => (await c.query('show shared_preload_libraries')).rows[0].shared_preload_libraries as string);
    if (!preload.includes('pg_stat_statements')) {
      opts.log('enabling pg_stat_statements in the bench cluster (restart)');
      await withClient(adminUrl, (c) => c.query(`alter system set shared_preload_libraries = 'pg_stat_statements'`));
      await embedded.stop();
      embedded = await start();
    }
    // Planning is tracked only during the per-request measurement: a crashed run may have left it on.
    await withClient(adminUrl, async (c) => {
      await c.query('alter system reset pg_stat_statements.track_planning');
      await c.query('select pg_reload_conf()');
    });
  }
  const server: Server = {
    adminUrl,
    embedded,
    statStatements: false,
    version: '',
    urlOf: (database) => withDatabase(adminUrl, database),
  };
  await withClient(adminUrl, async (c) => {
    server.version = (await c.query('show server_version')).rows[0].server_version;
    try {
      // In the maintenance database only: PostGraphile introspects the bench database's public schema.
      await c.query('create extension if not exists pg_stat_statements');
      await c.query('select count(*) from pg_stat_statements');
      server.statStatements = true;
    } catch (err) {
      opts.log(`pg_stat_statements not available (${(err as Error).message}): statements per request are not counted`);
    }
  });
  return server;
}

export async function databaseExists(server: Server, name: string): Promise<boolean> {
  return withClient(server.adminUrl, async (c) => (await c.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1);
}

export async function dropBenchDatabases(server: Server, log: Log): Promise<void> {
  await withClient(server.adminUrl, async (c) => {
    const { rows } = await c.query(`select datname from pg_database where datname like 'asp\\_bench\\_%'`);
    for (const { datname } of rows) {
      log(`dropping ${datname}`);
      await c.query(`drop database "${datname}" with (force)`);
    }
  });
}

/** Boots the app on the database once: migrations, and the demo data when `seed`. */
async function bootApp(url: string, seed: boolean, log: Log): Promise<void> {
  const config = loadConfig({ NODE_ENV: 'test', JWT_SECRET: 'bench-only-secret-not-used-for-tokens', SERVE_ADMIN: 'false' });
  const app = await createApp(config, url, { migrations: { silent: true } });
  try {
    if (seed && (await seedDemo(app.orm, { log: (l) => log(`  ${l}`), timeZone: config.timeZone }))) log('demo data seeded');
  } finally {
    await app.close();
  }
}

export async function orderCount(url: string): Promise<number> {
  return withClient(url, async (c) => Number((await c.query('select count(*) as n from service_order')).rows[0].n));
}

/** grow-orders.sql without psql: the `\set` lines go, `:'target'` becomes a literal. */
export function growSql(kitDir: string, target: number): string {
  const text = fs.readFileSync(`${kitDir}/grow-orders.sql`, 'utf8');
  const sql = text
    .split('\n')
    .filter((line) => !/^\s*\\set\b/.test(line))
    .join('\n')
    .replace(/:'target'/g, `'${Math.floor(target)}'`);
  const left = sql.split('\n').find((line) => /^\s*\\/.test(line) || /:'\w+'|:"\w+"/.test(line.replace(/--.*$/, '')));
  if (left) throw new Error(`grow-orders.sql has psql syntax the harness does not translate: ${left.trim()}`);
  return sql;
}

async function grow(url: string, kitDir: string, target: number, log: Log): Promise<void> {
  await withClient(url, async (c) => {
    c.on('notice', (n) => log(`  grow-orders.sql: ${n.message}`));
    const started = Date.now();
    const results = await c.query(growSql(kitDir, target));
    const last = Array.isArray(results) ? results[results.length - 1] : results;
    const row = last.rows?.[0] ?? {};
    log(`  grown in ${((Date.now() - started) / 1000).toFixed(0)} s: ${row.orders} orders, ${row.events} timeline events`);
  });
}

/**
 * After growing, and after migrations that rewrote rows: vacuum now, so autovacuum does not start
 * during the measurement and index-only scans see an up-to-date visibility map (both servers read
 * the same tables). Seconds when there is nothing to do.
 */
async function settle(url: string, log: Log): Promise<void> {
  await withClient(url, async (c) => {
    const t = Date.now();
    await c.query('vacuum (analyze)');
    await c.query('checkpoint');
    log(`  vacuum (analyze) + checkpoint in ${((Date.now() - t) / 1000).toFixed(0)} s`);
  });
}

/**
 * Makes `asp_bench_<target>` hold at least `target` orders: created from the largest smaller
 * bench database (or the seeded base), migrated, grown when short, analysed.
 * Nothing may be connected to the template when it is copied.
 */
export async function prepareDatabase(server: Server, kitDir: string, target: number, log: Log): Promise<{ url: string; orders: number }> {
  const name = dbName(target);
  if (!(await databaseExists(server, name))) {
    const template = await withClient(server.adminUrl, async (c) => {
      const { rows } = await c.query(`select datname from pg_database where datname like 'asp\\_bench\\_%'`);
      const sizes = rows
        .map((r) => Number(/^asp_bench_(\d+)$/.exec(r.datname)?.[1]))
        .filter((n) => Number.isInteger(n) && n < target)
        .sort((a, b) => b - a);
      return sizes.length ? dbName(sizes[0]) : undefined;
    });
    if (!template) {
      if (!(await databaseExists(server, BASE_DB))) {
        log(`creating ${BASE_DB}: migrations and demo data (booting the app once)`);
        await withClient(server.adminUrl, (c) => c.query(`create database "${BASE_DB}"`));
        await bootApp(server.urlOf(BASE_DB), true, log);
      } else {
        await bootApp(server.urlOf(BASE_DB), true, log); // migrations added since the last run
      }
    }
    const from = template ?? BASE_DB;
    log(`creating ${name} as a copy of ${from}`);
    await withClient(server.adminUrl, (c) => c.query(`create database "${name}" template "${from}"`));
  }
  const url = server.urlOf(name);
  log(`${name}: migrations`);
  await bootApp(url, true, log); // migrations added since the database was made; seeding is a no-op once seeded
  const have = await orderCount(url);
  if (have >= target) {
    log(`${name}: ${have} orders, no growing needed`);
  } else {
    log(`${name}: ${have} orders, growing to ${target} with grow-orders.sql`);
    await grow(url, kitDir, target, log);
  }
  await settle(url, log);
  return { url, orders: await orderCount(url) };
}

export interface FilterVariables {
  st: string;
  from: string;
  to: string;
  /** Rows the filter matches (all callers; a partner sees its share). */
  rows: number;
  stationName: string;
}

/**
 * Query d's variables: the station with the most orders, and the newest 10-day window (whole UTC
 * days) in which it has orders in the states d asks for (received, in_repair).
 */
export async function filterVariables(url: string): Promise<FilterVariables> {
  return withClient(url, async (c) => {
    const st = await c.query(`
      select o.station_id, s.name, count(*) as n
        from service_order o join service_station s on s.id = o.station_id
       group by 1, 2 order by 3 desc, 1 limit 1`);
    if (!st.rowCount) throw new Error('no service order has a station: cannot pick variables for query d');
    const stationId = st.rows[0].station_id as string;
    const newest = await c.query(
      `select max(created_at) as at from service_order where station_id = $1 and status in ('received', 'in_repair')`,
      [stationId],
    );
    if (!newest.rows[0].at) throw new Error(`station ${stationId} has no order in received/in_repair: cannot pick a window for query d`);
    const end = new Date(newest.rows[0].at as Date);
    end.setUTCHours(23, 59, 59, 999);
    const start = new Date(end.getTime() - 10 * 86400000 + 1);
    const n = await c.query(
      `select count(*) as n from service_order where station_id = $1 and status in ('received', 'in_repair') and created_at between $2 and $3`,
      [stationId, start, end],
    );
    return { st: stationId, from: start.toISOString(), to: end.toISOString(), rows: Number(n.rows[0].n), stationName: st.rows[0].name };
  });
}

/** pg_stat_statements of one database, for counting what a batch of requests ran. */
export class StatementStats {
  constructor(
    private readonly server: Server,
    private readonly database: string,
  ) {}

  /**
   * Planning time is tracked only while per-request costs are measured (it has a cost of its own
   * under concurrency): our API sends every statement as new text (MikroORM inlines the
   * parameters), PostGraphile runs named prepared statements, so planning differs between them.
   */
  async trackPlanning(on: boolean): Promise<boolean> {
    try {
      await withClient(this.server.adminUrl, async (c) => {
        await c.query(`alter system set pg_stat_statements.track_planning = ${on ? 'on' : 'off'}`);
        await c.query('select pg_reload_conf()');
      });
      await new Promise((r) => setTimeout(r, 300)); // backends read the new setting at their next statement
      return true;
    } catch {
      return false;
    }
  }

  async reset(): Promise<void> {
    await withClient(this.server.adminUrl, (c) => c.query('select pg_stat_statements_reset()'));
  }

  async read(): Promise<Array<{ query: string; calls: number; totalMs: number; planMs: number }>> {
    return withClient(this.server.adminUrl, async (c) => {
      const { rows } = await c.query(
        `select query, calls::int as calls, total_exec_time as "totalMs", total_plan_time as "planMs"
           from pg_stat_statements
          where dbid = (select oid from pg_database where datname = $1)
          order by calls desc, total_exec_time desc`,
        [this.database],
      );
      return rows;
    });
  }
}

/** The manufacturer the demo partner key is limited to. */
export async function demoPartnerManufacturer(url: string, prefix: string): Promise<string | null> {
  return withClient(url, async (c) => (await c.query('select manufacturer_id from api_key where prefix = $1', [prefix])).rows[0]?.manufacturer_id ?? null);
}

/** Revokes a key the harness issued (directly: the API that issued it may be stopped by then). */
export async function revokeKeyById(url: string, id: string): Promise<void> {
  await withClient(url, (c) => c.query('update api_key set revoked_at = now() where id = $1 and revoked_at is null', [id]));
}
