/**
 * `npm run bench:opening -- [--parts 1000] [--warehouses 100] [--runs 1] [--profile]`: an opening-stock file of
 * parts × warehouses rows (100,000 by default) imported through the real upload route, a dry run
 * and then a commit, against the API running as its own process. Prints the seconds, the API's
 * peak RSS and what the commit sent to PostgreSQL (pg_stat_statements: statements per row and the
 * busiest statements), and checks that on hand equals the ledger for every pair it wrote.
 *
 * The database (`asp_opening_0`: migrated, the demo data, 100 parts warehouses) lives in a
 * PostgreSQL under the temp folder, kept for later runs; each run adds parts of its own, so every
 * pair is new (opening stock is only for pairs that never had stock).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { startServer, StatementStats } from './lib/database';
import { freePort, gql, prepareDatabase, startApi, withMemory } from './lib/generated-db';
import { profileMarkdown, summariseProfile } from './lib/profile';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const PARTS = Number(opt('parts', '1000'));
const WAREHOUSES = Number(opt('warehouses', '100'));
const RUNS = Number(opt('runs', '1'));
/** `--profile`: a CPU profile of the API over the whole run, summarised (where the API's time goes). */
const PROFILE = args.includes('--profile');
const ROOT = path.resolve(__dirname, '..', '..');
const log = (line: string) => console.error(`[bench] ${line}`);

/** The bench's parts warehouses, made once; and `count` new parts for this run, set-based. */
async function setUp(url: string, run: string): Promise<{ warehouses: string[]; parts: string[] }> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    const { rows: [station] } = await db.query(`select id from service_station where active order by code limit 1`);
    await db.query(
      `insert into warehouse (id, created_at, updated_at, code, name, station_id, kind)
       select gen_random_uuid(), now(), now(), 'OBW-' || lpad(i::text, 3, '0'), '期初基准仓' || i, $1, 'parts'
         from generate_series(1, $2::int) i
       on conflict (code) do nothing`,
      [station.id, WAREHOUSES],
    );
    await db.query(
      `insert into part (id, created_at, updated_at, code, name, cost_price)
       select gen_random_uuid(), now(), now(), $1 || lpad(i::text, 5, '0'), '期初基准配件' || $1 || i, 1 + (i % 50)
         from generate_series(1, $2::int) i`,
      [`OB${run}-`, PARTS],
    );
    const warehouses = (await db.query(`select code from warehouse where code like 'OBW-%' order by code limit $1`, [WAREHOUSES])).rows.map((r) => r.code as string);
    const parts = (await db.query(`select code from part where code like $1 order by code`, [`OB${run}-%`])).rows.map((r) => r.code as string);
    await db.query('analyze part; analyze warehouse; analyze stock_balance; analyze stock_movement');
    return { warehouses, parts };
  } finally {
    await db.end();
  }
}

/** Pairs of the run whose on hand differs from the sum of their ledger rows, and the rows written. */
async function check(url: string, run: string): Promise<{ movements: number; documents: number; mismatches: number; negative: number }> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    const { rows: [r] } = await db.query(
      `with mine as (select id from part where code like $1)
       select (select count(*)::int from stock_movement m where m.part_id in (select id from mine)) as movements,
              (select count(distinct m.document_id)::int from stock_movement m where m.part_id in (select id from mine)) as documents,
              (select count(*)::int from stock_balance b
                where b.part_id in (select id from mine)
                  and b.on_hand <> (select coalesce(sum(m.quantity), 0) from stock_movement m where m.part_id = b.part_id and m.warehouse_id = b.warehouse_id)) as mismatches,
              (select count(*)::int from stock_balance b where b.part_id in (select id from mine) and b.on_hand < 0) as negative`,
      [`OB${run}-%`],
    );
    return r;
  } finally {
    await db.end();
  }
}

async function main(): Promise<void> {
  const server = await startServer({ databaseUrl: process.env.DATABASE_URL, dataDir: path.join(os.tmpdir(), 'asp-bench-opening'), port: await freePort(), log });
  const stop = async () => {
    await server.embedded?.stop().catch(() => undefined);
  };
  process.on('SIGINT', () => void stop().then(() => process.exit(130)));
  try {
    const url = await prepareDatabase(server.adminUrl, 'asp_opening', 0, log);
    const database = new URL(url).pathname.slice(1);
    const stats = new StatementStats(server, database);
    for (let r = 0; r < RUNS; r++) {
      const run = Date.now().toString(36).toUpperCase();
      const { warehouses, parts } = await setUp(url, run);
      // Warehouse by warehouse, as a parts keeper's spreadsheet would list them; every other row without a cost (the part's cost price).
      const lines = ['仓库,配件,数量,单位成本（元）,备注'];
      let n = 0;
      for (const w of warehouses) {
        for (const p of parts) {
          lines.push(`${w},${p},${1 + (n % 9)},${n % 2 ? (1 + (n % 97) / 7).toFixed(2) : ''},${n % 10 === 0 ? '旧账结转' : ''}`);
          n++;
        }
      }
      const file = Buffer.from(`\ufeff${lines.join('\r\n')}\r\n`, 'utf8');
      log(`run ${run}: ${n} rows (${parts.length} parts × ${warehouses.length} warehouses), ${(file.length / 1048576).toFixed(1)} MB`);

      const profileDir = path.join(os.tmpdir(), `asp-bench-opening-profile-${run}`);
      const { child, base } = await startApi(
        url,
        PROFILE ? { NODE_OPTIONS: `--require ${path.join(__dirname, 'lib/cpu-profile-preload.js')}`, BENCH_CPU_PROF_DIR: profileDir } : {},
      );
      try {
        const token = (await gql<{ login: { token: string } }>(base, undefined, `mutation { login(username: "admin", password: "admin12345") { token } }`)).login.token;
        const importOnce = async (mode: 'DRY_RUN' | 'COMMIT') => {
          const started = await gql<{ startImport: { uploadUrl: string } }>(base, token, `mutation($input: ImportInput!) { startImport(input: $input) { uploadUrl } }`, {
            input: { entity: 'openingStock', mode, fileName: 'opening.csv' },
          });
          const res = await fetch(`${base}/${started.startImport.uploadUrl}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' }, body: file });
          const body = (await res.json()) as { data?: { status: string; rowsTotal: number; rowsImported: number; errorCount: number; errors: unknown[] } };
          if (!res.ok || !body.data || body.data.errorCount) throw new Error(`import ${res.status}: ${JSON.stringify(body).slice(0, 500)}`);
          return body.data;
        };
        const dry = await withMemory(child.pid!, () => importOnce('DRY_RUN'));
        log(`dry run: ${(dry.ms / 1000).toFixed(1)} s`);
        await stats.reset();
        const commit = await withMemory(child.pid!, () => importOnce('COMMIT'));
        const statements = await stats.read();
        const books = await check(url, run);
        const imported = (commit.result as { rowsImported: number }).rowsImported;
        const calls = statements.reduce((s, x) => s + x.calls, 0);
        const dbMs = statements.reduce((s, x) => s + x.totalMs, 0);

        console.log(`\n### ${n.toLocaleString('en')} opening-stock rows (${parts.length.toLocaleString('en')} parts × ${warehouses.length} warehouses)\n`);
        console.log('| measure | value |');
        console.log('| --- | ---: |');
        console.log(`| dry run (s) | ${(dry.ms / 1000).toFixed(1)} |`);
        console.log(`|   API peak RSS (MB; before) | ${dry.peakMb.toFixed(0)} (${dry.baseMb.toFixed(0)}) |`);
        console.log(`| commit (s) | ${(commit.ms / 1000).toFixed(1)} |`);
        console.log(`|   API peak RSS (MB; before) | ${commit.peakMb.toFixed(0)} (${commit.baseMb.toFixed(0)}) |`);
        console.log(`|   rows imported | ${imported.toLocaleString('en')} |`);
        console.log(`|   statements sent (per row) | ${calls.toLocaleString('en')} (${(calls / Math.max(imported, 1)).toFixed(2)}) |`);
        console.log(`|   PostgreSQL execution time (s) | ${(dbMs / 1000).toFixed(1)} |`);
        console.log(`|   ledger rows / documents | ${books.movements.toLocaleString('en')} / ${books.documents} |`);
        console.log(`|   pairs whose on hand ≠ Σ ledger / negative | ${books.mismatches} / ${books.negative} |`);
        // The busiest statements, by what they cost PostgreSQL; the text shortened to its start.
        const top = [...statements].sort((a, b) => b.totalMs - a.totalMs).slice(0, 12);
        console.log('\n| statement (start) | calls | exec ms |');
        console.log('| --- | ---: | ---: |');
        for (const s of top) console.log(`| \`${s.query.replace(/\s+/g, ' ').slice(0, 90).replace(/\|/g, '\\|')}\` | ${s.calls} | ${s.totalMs.toFixed(0)} |`);
        console.log(`\n${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} at the end.`);
        if (books.mismatches || books.negative || books.movements !== n) throw new Error('the books do not balance');
      } finally {
        child.kill('SIGTERM');
        await new Promise((res) => child.once('exit', res));
      }
      if (PROFILE) {
        const file = fs.readdirSync(profileDir).find((f) => f.endsWith('.cpuprofile'));
        if (file) console.log(`\n${profileMarkdown('API CPU over the run (start, dry run, commit)', summariseProfile(path.join(profileDir, file), ROOT), 2)}`);
        else log(`no profile written in ${profileDir}`);
      }
    }
  } finally {
    await stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
