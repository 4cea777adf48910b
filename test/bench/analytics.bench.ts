/**
 * `npm run bench:analytics -- [--sizes 100000,1000000] [--runs 30]`: ad-hoc queries, exports and
 * imports against the API running as its own process (so its memory is its own), on databases
 * filled by the scale generator (seeds/scale.ts). Prints one table per size and the ratio
 * between the sizes. Databases are kept in a PostgreSQL under the temp folder (or DATABASE_URL)
 * and reused by later runs.
 */
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../api/src/db/embedded';
import { freePort, gql, prepareDatabase, startApi, timed, withMemory } from './lib/generated-db';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const SIZES = opt('sizes', '100000,1000000').split(',').map(Number);
const RUNS = Number(opt('runs', '30'));
const EXPORT_ROWS = Number(opt('export-rows', '100000'));
const IMPORT_ROWS = Number(opt('import-rows', '100000'));
const log = (line: string) => console.error(`[bench] ${line}`);

interface Figures {
  orders: number;
  combined: { p50: number; p95: number; total: number };
  scoped: { p50: number; p95: number };
  listThree: { p50: number; p95: number };
  grouped: { p50: number; p95: number; groups: number };
  csv: { ms: number; peakMb: number; baseMb: number; bytes: number };
  xlsx: { ms: number; peakMb: number; baseMb: number; bytes: number };
  importDry: { ms: number; rows: number };
  importCommit: { ms: number; rows: number; peakMb: number };
}

async function measure(databaseUrl: string): Promise<Figures> {
  const { child, base } = await startApi(databaseUrl);
  try {
    const login = await gql<{ login: { token: string } }>(base, undefined, `mutation { login(username: "admin", password: "admin12345") { token } }`);
    const token = login.login.token;
    // The busiest station and the commonest symptom: the combined query's values.
    const db = new Client({ connectionString: databaseUrl });
    await db.connect();
    const { rows: [pick] } = await db.query(`select station_id, symptom_code_id, count(*) from service_order where station_id is not null and symptom_code_id is not null group by 1, 2 order by 3 desc limit 1`);
    const orders = Number((await db.query('select count(*)::int as n from service_order')).rows[0].n);
    // Each run imports customers with mobiles of its own (166 + two digits no customer's mobile starts with + six).
    const taken = new Set((await db.query(`select distinct substr(mobile, 4, 2) as p from customer where mobile like '166%'`)).rows.map((r) => r.p as string));
    const run = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0')).find((p) => !taken.has(p));
    if (!run) throw new Error('no 166 prefix left for imported mobiles: regenerate the bench database');
    await db.end();

    const combinedQuery = {
      root: 'serviceOrders',
      columns: ['number', 'status', 'createdAt', 'customer.name', 'product.modelNumber', 'station.name', 'symptomCode.name'],
      filter: {
        rules: [
          { field: 'status', operator: 'in', value: ['COMPLETED', 'RETURNED_TO_CUSTOMER', 'VISITED'] },
          { field: 'station', operator: 'equals', value: pick.station_id },
          { field: 'createdAt', operator: 'inLast', value: 90 },
          { field: 'symptomCode', operator: 'equals', value: pick.symptom_code_id },
        ],
      },
      sort: [{ key: 'createdAt', direction: 'DESC' }],
    };
    const RUN = `query($q: AdHocQueryInput!) { runQuery(query: $q, perPage: 25) { total rows { values } } }`;
    let total = 0;
    const combined = await timed(async () => {
      total = (await gql<{ runQuery: { total: number } }>(base, token, RUN, { q: combinedQuery })).runQuery.total;
    }, RUNS);
    // The same query as station staff (the demo's technician), on their own station: the scope is applied.
    const tech = (await gql<{ login: { token: string } }>(base, undefined, `mutation { login(username: "tech", password: "tech12345") { token } }`)).login.token;
    const techStation = (await gql<{ me: { stationId: string } }>(base, tech, `{ me { stationId } }`)).me.stationId;
    const scopedQuery = { ...combinedQuery, filter: { rules: combinedQuery.filter.rules.map((r) => (r.field === 'station' ? { ...r, value: techStation } : r)) } };
    const scoped = await timed(() => gql(base, tech, RUN, { q: scopedQuery }), RUNS);
    const from = new Date(Date.now() - 90 * 86400_000).toISOString().slice(0, 10);
    // Today's order list on three of the four conditions (it has no fault-code filter), for comparison.
    const listThree = await timed(
      () =>
        gql(base, token, `query($s: ID, $f: DateOrDateTime) { serviceOrders(filter: { stationId: $s, statuses: [COMPLETED, RETURNED_TO_CUSTOMER, VISITED], createdFrom: $f }, perPage: 25, sortField: createdAt, sortOrder: DESC) { total items { number status createdAt customer { name } product { modelNumber } station { name } symptomCode { name } } } }`, {
          s: pick.station_id,
          f: from,
        }),
      RUNS,
    );
    const groupedQuery = { root: 'serviceOrders', filter: { rules: [{ field: 'createdAt', operator: 'inLast', value: 365 }] }, groupBy: [{ field: 'station.name' }, { field: 'createdAt', bucket: 'month' }] };
    let groups = 0;
    const grouped = await timed(async () => {
      groups = (await gql<{ runQuery: { total: number } }>(base, token, `query($q: AdHocQueryInput!) { runQuery(query: $q, perPage: 500) { total rows { values } } }`, { q: groupedQuery })).runQuery.total;
    }, Math.max(5, Math.round(RUNS / 3)));

    const exportOnce = async (format: 'CSV' | 'XLSX') => {
      const started = await gql<{ startExport: { url: string; total: number } }>(base, token, `mutation($input: ExportInput!) { startExport(input: $input) { url total } }`, {
        input: { format, query: { root: 'serviceOrders', limit: EXPORT_ROWS } },
      });
      const res = await fetch(`${base}/${started.startExport.url}`, { headers: { authorization: `Bearer ${token}` } });
      if (!res.ok || !res.body) throw new Error(`export ${res.status}`);
      let bytes = 0;
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) bytes += chunk.length;
      return bytes;
    };
    const csvRun = await withMemory(child.pid!, () => exportOnce('CSV'));
    const xlsxRun = await withMemory(child.pid!, () => exportOnce('XLSX'));

    // 100,000 new customers as a CSV, imported with a dry run and then a commit.
    const lines = ['客户名称,客户类型,手机,地址'];
    for (let i = 0; i < IMPORT_ROWS; i++) lines.push(`导入${i},个人,166${run}${String(i).padStart(6, '0')},测试路${i}号`);
    const file = Buffer.from(`\ufeff${lines.join('\r\n')}\r\n`, 'utf8');
    const importOnce = async (mode: 'DRY_RUN' | 'COMMIT') => {
      const started = await gql<{ startImport: { uploadUrl: string } }>(base, token, `mutation($input: ImportInput!) { startImport(input: $input) { uploadUrl } }`, {
        input: { entity: 'customers', mode, fileName: 'customers.csv' },
      });
      const res = await fetch(`${base}/${started.startImport.uploadUrl}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' }, body: file });
      const body = (await res.json()) as { data?: { status: string; rowsTotal: number; rowsImported: number; errorCount: number; errors: unknown[] } };
      if (!res.ok || !body.data || body.data.errorCount) throw new Error(`import ${res.status}: ${JSON.stringify(body).slice(0, 500)}`);
      return body.data;
    };
    const t0 = performance.now();
    const dry = await importOnce('DRY_RUN');
    const dryMs = performance.now() - t0;
    const commit = await withMemory(child.pid!, () => importOnce('COMMIT'));
    return {
      orders,
      combined: { ...combined, total },
      scoped,
      listThree,
      grouped: { ...grouped, groups },
      csv: { ms: csvRun.ms, peakMb: csvRun.peakMb, baseMb: csvRun.baseMb, bytes: csvRun.result as number },
      xlsx: { ms: xlsxRun.ms, peakMb: xlsxRun.peakMb, baseMb: xlsxRun.baseMb, bytes: xlsxRun.result as number },
      importDry: { ms: dryMs, rows: dry.rowsTotal },
      importCommit: { ms: commit.ms, rows: (commit.result as { rowsImported: number }).rowsImported, peakMb: commit.peakMb },
    };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

function report(all: Figures[]): void {
  const f1 = (n: number) => n.toFixed(1);
  const cell = (f: Figures, pick: (f: Figures) => string) => pick(f);
  const rows: Array<[string, (f: Figures) => string, (f: Figures) => number]> = [
    ['combined query p50 (ms): status + station + last 90 days + fault code, 25 rows + total', (f) => f1(f.combined.p50), (f) => f.combined.p50],
    ['combined query p95 (ms)', (f) => f1(f.combined.p95), (f) => f.combined.p95],
    ['(its total)', (f) => String(f.combined.total), (f) => f.combined.total],
    ['the same as station staff on their station (scope applied), p50 / p95 (ms)', (f) => `${f1(f.scoped.p50)} / ${f1(f.scoped.p95)}`, (f) => f.scoped.p95],
    ['order list, three of the four conditions, p50 / p95 (ms)', (f) => `${f1(f.listThree.p50)} / ${f1(f.listThree.p95)}`, (f) => f.listThree.p95],
    ['grouped: orders per station per month for a year, p50 (ms)', (f) => f1(f.grouped.p50), (f) => f.grouped.p50],
    ['grouped p95 (ms)', (f) => f1(f.grouped.p95), (f) => f.grouped.p95],
    [`CSV export of ${EXPORT_ROWS.toLocaleString('en')} rows (s)`, (f) => (f.csv.ms / 1000).toFixed(2), (f) => f.csv.ms],
    ['  API peak RSS during it (MB; before)', (f) => `${f.csv.peakMb.toFixed(0)} (${f.csv.baseMb.toFixed(0)})`, (f) => f.csv.peakMb],
    [`XLSX export of ${EXPORT_ROWS.toLocaleString('en')} rows (s)`, (f) => (f.xlsx.ms / 1000).toFixed(2), (f) => f.xlsx.ms],
    ['  API peak RSS during it (MB; before)', (f) => `${f.xlsx.peakMb.toFixed(0)} (${f.xlsx.baseMb.toFixed(0)})`, (f) => f.xlsx.peakMb],
    [`import of ${IMPORT_ROWS.toLocaleString('en')} customers: dry run (s)`, (f) => (f.importDry.ms / 1000).toFixed(1), (f) => f.importDry.ms],
    ['  commit (s)', (f) => (f.importCommit.ms / 1000).toFixed(1), (f) => f.importCommit.ms],
    ['  API peak RSS during the commit (MB)', (f) => f.importCommit.peakMb.toFixed(0), (f) => f.importCommit.peakMb],
  ];
  const head = all.map((f) => `${f.orders.toLocaleString('en')} orders`);
  const ratio = all.length > 1;
  console.log(`\n| measure | ${head.join(' | ')} |${ratio ? ' ratio |' : ''}`);
  console.log(`| --- | ${all.map(() => '---:').join(' | ')} |${ratio ? ' ---: |' : ''}`);
  for (const [name, show, value] of rows) {
    const r = ratio ? ` ${(value(all[all.length - 1]) / Math.max(value(all[0]), 1e-9)).toFixed(2)} |` : '';
    console.log(`| ${name} | ${all.map((f) => cell(f, show)).join(' | ')} |${r}`);
  }
  console.log(`\n${RUNS} runs after 3 warm-ups (grouped: ${Math.max(5, Math.round(RUNS / 3))}); ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} at the end.`);
}

async function main(): Promise<void> {
  let embedded: EmbeddedDatabase | undefined;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    embedded = await startEmbeddedPostgres({ dir: path.join(os.tmpdir(), 'asp-bench-analytics'), port: await freePort(), database: 'postgres', persistent: true, log });
    adminUrl = embedded.url;
  } else {
    const u = new URL(adminUrl);
    u.pathname = '/postgres';
    adminUrl = u.toString();
  }
  const stop = async () => {
    await embedded?.stop().catch(() => undefined);
  };
  process.on('SIGINT', () => void stop().then(() => process.exit(130)));
  try {
    const all: Figures[] = [];
    for (const size of SIZES) {
      const url = await prepareDatabase(adminUrl, 'asp_analytics', size, log);
      log(`measuring at ${size} orders`);
      all.push(await measure(url));
      report(all);
    }
  } finally {
    await stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
