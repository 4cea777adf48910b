/**
 * What the benches on generated databases share (bench:analytics, bench:reports): a database per
 * size filled by the scale generator and reused by later runs, the API started as its own process
 * on it, GraphQL calls and timings.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import type { Knex } from 'knex';
import { Client } from 'pg';
import { ormConfig } from '../../../api/src/db/orm.config';
import { seedDemo } from '../../../seeds/demo';
import { generateScaleData } from '../../../seeds/scale';

const ROOT = path.resolve(__dirname, '..', '..', '..');

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export const quantile = (values: number[], q: number) => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
};

/** The database `<prefix>_<size>`: migrated, the demo data, then generated orders up to `size`. */
export async function prepareDatabase(adminUrl: string, prefix: string, size: number, log: (line: string) => void, opts: { analyze?: boolean } = {}): Promise<string> {
  const name = `${prefix}_${size}`;
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  const exists = (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount;
  if (!exists) await admin.query(`create database ${name}`);
  await admin.end();
  const orm = await MikroORM.init(ormConfig(url.toString()));
  try {
    await orm.getMigrator().up();
    await seedDemo(orm, { log });
    const knex = orm.em.getConnection().getKnex();
    const have = Number((await knex.raw('select count(*)::int as n from service_order')).rows[0].n);
    if (have < size) {
      log(`${name}: ${have} orders, generating ${size - have}`);
      const r = await generateScaleData(knex, { orders: size - have, log });
      log(`${name}: generated in ${r.seconds.toFixed(0)} s`);
    } else log(`${name}: reusing ${have} orders`);
    await inTimeOrder(knex, name, log);
    if (opts.analyze) await knex.raw('vacuum (analyze)');
  } finally {
    await orm.close(true);
  }
  return url.toString();
}

/**
 * Databases generated before the generator wrote orders in time order (seeds/scale.ts) are laid
 * out once as intake leaves them: a month's orders side by side, not spread over the whole table.
 */
async function inTimeOrder(knex: Knex, name: string, log: (line: string) => void): Promise<void> {
  await knex.raw('analyze service_order');
  const { rows } = await knex.raw(`select correlation from pg_stats where tablename = 'service_order' and attname = 'created_at' and schemaname = current_schema()`);
  const correlation = Number(rows[0]?.correlation ?? 1);
  if (correlation > 0.9) return;
  log(`${name}: orders lie in random time order (correlation ${correlation.toFixed(2)}): clustering them by created_at, once`);
  await knex.raw('cluster service_order using service_order_created_at_index');
  // The rewrite leaves the visibility map empty: without a vacuum, index-only scans visit the heap.
  await knex.raw('vacuum (analyze) service_order');
}

/** The API from its sources, on `databaseUrl`, ready; `env` adds settings (e.g. longer time limits). */
export async function startApi(databaseUrl: string, env: Record<string, string> = {}): Promise<{ child: ChildProcess; base: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['-r', '@swc-node/register', path.join(ROOT, 'api/src/main.ts')], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), SEED_DEMO: 'false', SERVE_ADMIN: 'false', JWT_SECRET: 'bench-secret', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${base}/readyz`)).ok) return { child, base };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGTERM');
  throw new Error('the API did not become ready');
}

export async function gql<T>(base: string, token: string | undefined, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 1000));
  return body.data!;
}

/** p50 and p95 of `runs` calls after `warmup` unmeasured ones. */
export async function timed(fn: () => Promise<unknown>, runs: number, warmup = 3): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return { p50: quantile(times, 0.5), p95: quantile(times, 0.95) };
}

/** Resident memory of a process now, in MB (Linux). */
export function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/** Time and the API's peak resident memory while `fn` runs (sampled every 20 ms). */
export async function withMemory(pid: number, fn: () => Promise<unknown>): Promise<{ ms: number; baseMb: number; peakMb: number; result: unknown }> {
  const baseMb = rssMb(pid);
  let peakMb = baseMb;
  const timer = setInterval(() => (peakMb = Math.max(peakMb, rssMb(pid))), 20);
  const t0 = performance.now();
  try {
    const result = await fn();
    return { ms: performance.now() - t0, baseMb, peakMb: Math.max(peakMb, rssMb(pid)), result };
  } finally {
    clearInterval(timer);
  }
}
