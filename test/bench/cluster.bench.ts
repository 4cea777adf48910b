/**
 * `npm run bench:cluster`: req/s of the 3-level order list (the kit's query b: 100 orders with
 * customer, unit → product → brand, station) through HAProxy with 1, 2 and 4 API processes, with
 * and without PgBouncer, on one machine (`startCluster`, as `npm run start:cluster` runs it).
 *
 *   npm run bench:cluster                       # 1,2,4 processes × PgBouncer on/off, 10 s each
 *   npm run bench:cluster -- --duration 5 --no-readme
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { startCluster } from '../../api/src/cluster/cluster';
import { runLoad, type LoadResult } from './lib/servers';
import { machineNote } from './lib/report';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const DURATION = Number(opt('duration', '10'));
const WARMUP = Number(opt('warmup', '3'));
const CONNECTIONS = Number(opt('connections', '16'));
const PROCESSES = opt('processes', '1,2,4').split(',').map(Number);
const README = !args.includes('--no-readme');
const KIT = process.env.BENCH_KIT || path.resolve(__dirname, '..', '..', '..', 'shared', 'bench');

interface Row {
  processes: number;
  pooler: boolean;
  result: LoadResult;
  orders: number;
}

async function measure(dir: string, processes: number, pooler: boolean): Promise<Row> {
  const cluster = await startCluster({
    dir,
    processes,
    port: 0,
    pooler,
    replica: false,
    seedDemo: true,
    env: { NODE_ENV: 'production', JWT_SECRET: 'bench-cluster-secret-0123456789abcdef0123', SERVE_ADMIN: 'false', JOBS: 'false' },
    log: (l) => console.log(`[cluster] ${l}`),
  });
  try {
    const login = await fetch(`${cluster.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { login(username: "admin", password: "admin12345") { token } }' }),
    });
    const token = ((await login.json()) as { data: { login: { token: string } } }).data.login.token;
    const body = fs.readFileSync(path.join(KIT, 'queries', 'b-nested.product.json'), 'utf8');
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    await runLoad(`${cluster.url}/graphql`, headers, body, WARMUP, CONNECTIONS);
    const result = await runLoad(`${cluster.url}/graphql`, headers, body, DURATION, CONNECTIONS);
    const c = new Client({ connectionString: cluster.primaryUrl });
    await c.connect();
    const orders = Number((await c.query('select count(*) from service_order')).rows[0].count);
    await c.end();
    console.log(`${processes} process(es), ${pooler ? 'PgBouncer' : 'direct'}: ${result.rps.toFixed(0)} req/s, p50 ${result.p50} ms, p97.5 ${result.p975} ms, errors ${result.errors + result.non2xx}`);
    return { processes, pooler, result, orders };
  } finally {
    await cluster.stop();
  }
}

function markdown(rows: Row[], orders: number): string {
  const cell = (p: number, pooler: boolean) => {
    const r = rows.find((x) => x.processes === p && x.pooler === pooler)?.result;
    return r ? `${r.rps.toFixed(0)} (p50 ${r.p50} ms, p97.5 ${r.p975} ms${r.errors + r.non2xx ? `, ${r.errors + r.non2xx} errors` : ''})` : '–';
  };
  return [
    `<!-- cluster-bench:start -->`,
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC by \`npm run bench:cluster\`: ${machineNote()}; ${orders} orders (demo data), query b (100 orders, 3 levels), ${CONNECTIONS} connections through HAProxy, ${DURATION} s after ${WARMUP} s warm-up; autocannon, HAProxy, PgBouncer and PostgreSQL on the same 2 cores; load average ${loadAtStart} at the start, ${load()} at the end.`,
    '',
    '| API processes | through PgBouncer (transaction mode, prepared statements off) | direct to PostgreSQL (prepared statements on) |',
    '| --- | --- | --- |',
    ...PROCESSES.map((p) => `| ${p} | ${cell(p, true)} | ${cell(p, false)} |`),
    `<!-- cluster-bench:end -->`,
  ].join('\n');
}

const load = () => os.loadavg().map((l) => l.toFixed(1)).join(' ');
let loadAtStart = '';

async function main(): Promise<void> {
  loadAtStart = load();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'asp-cluster-bench-'));
  const rows: Row[] = [];
  let orders = 0;
  try {
    for (const p of PROCESSES) for (const pooler of [true, false]) rows.push(await measure(dir, p, pooler));
    orders = rows[0].orders;
    const table = markdown(rows, orders);
    console.log(table);
    if (README) {
      const file = path.join(__dirname, 'README.md');
      const text = fs.readFileSync(file, 'utf8');
      const re = /<!-- cluster-bench:start -->[\s\S]*<!-- cluster-bench:end -->/;
      if (!re.test(text)) throw new Error('test/bench/README.md has no cluster-bench markers');
      fs.writeFileSync(file, text.replace(re, table));
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
