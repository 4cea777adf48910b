/**
 * `npm run bench:reports -- [--sizes 100000,1000000] [--runs 10]`: every report for one month, and
 * a year of the monthly report, against the API running as its own process on databases filled by
 * the scale generator (seeds/scale.ts), as the administrator (all of the data) and as a manager tied
 * to the busiest station (the scope applied). Databases live in a PostgreSQL of their own under the
 * temp folder (`asp-bench-reports`, reused by later runs) or in DATABASE_URL.
 */
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../api/src/db/embedded';
import { freePort, gql, prepareDatabase, startApi, timed } from './lib/generated-db';
import { hashPassword } from '../../api/src/modules/auth/auth.service';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const SIZES = opt('sizes', '100000,1000000').split(',').map(Number);
const RUNS = Number(opt('runs', '10'));
const log = (line: string) => console.error(`[bench] ${line}`);

const lastFullMonth = () => {
  const now = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()).slice(0, 7);
  const [y, m] = now.split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
};
const monthsBack = (month: string, n: number) => {
  const [y, m] = month.split('-').map(Number);
  const t = y * 12 + (m - 1) - n;
  return `${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}`;
};

interface Row {
  name: string;
  office: { p50: number; p95: number };
  station?: { p50: number; p95: number };
}

async function measure(databaseUrl: string): Promise<{ orders: number; rows: Row[] }> {
  // A manager tied to the busiest station: the reports in a station's scope.
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  const orders = Number((await db.query('select count(*)::int n from service_order')).rows[0].n);
  const { rows: [busy] } = await db.query(`select station_id, count(*) from service_order where station_id is not null group by 1 order by 2 desc limit 1`);
  const { rows: [maker] } = await db.query(`select p.manufacturer_id, count(*) from service_order o join product p on p.id = o.product_id where o.payer = 'manufacturer' group by 1 order by 2 desc limit 1`);
  const hash = await hashPassword('bench-station-manager');
  await db.query(
    `insert into app_user (id, created_at, updated_at, username, display_name, password_hash, roles, station_id, active, token_version)
     values (gen_random_uuid(), now(), now(), 'bench_station_manager', '站经理', $1, '{manager}', $2, true, 0)
     on conflict (username) do update set station_id = excluded.station_id`,
    [hash, busy.station_id],
  );
  await db.end();
  const { child, base } = await startApi(databaseUrl, {
    // The time limits are raised so that a slow report is measured rather than cancelled (the
    // figures say how it compares with the 5 s the API allows).
    DB_STATEMENT_TIMEOUT_MS: '30000',
    REQUEST_TIMEOUT_MS: '30000',
  });
  try {
    const login = async (u: string, p: string) => (await gql<{ login: { token: string } }>(base, undefined, `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, { u, p })).login.token;
    const admin = await login('admin', 'admin12345');
    const station = await login('bench_station_manager', 'bench-station-manager');
    const month = lastFullMonth();
    const f = { from: month };
    const m = { month };
    const reports: Array<[string, string, Record<string, unknown>, boolean]> = [
      ['monthly repair report, one month by station', `query($f: MonthlyReportFilter!) { monthlyRepairReport(filter: $f) { totals { received completed p90TurnaroundHours } rows { groupId received } } }`, { f: { ...f, groupBy: 'STATION' } }, true],
      ['monthly repair report, a year (12 months, by station)', `query($f: MonthlyReportFilter!) { monthlyRepairReport(filter: $f) { totals { received completed p90TurnaroundHours receivedChange } rows { groupId received } } }`, { f: { from: monthsBack(month, 11), to: month, groupBy: 'STATION' } }, true],
      ['monthly repair report, a year by symptom code', `query($f: MonthlyReportFilter!) { monthlyRepairReport(filter: $f) { totals { received } rows { groupId received } } }`, { f: { from: monthsBack(month, 11), to: month, groupBy: 'SYMPTOM_CODE' } }, false],
      ['manufacturer settlement (the biggest maker), lines', `query($f: SettlementFilter!) { manufacturerSettlement(filter: $f) { total lines { orderNumber total } } }`, { f: { manufacturerId: maker.manufacturer_id, month } }, true],
      ['technician commission, every technician, lines', `query($f: CommissionFilter!) { technicianCommission(filter: $f) { total lines { orderNumber commission } } }`, { f: m }, true],
      ['technician leaderboard', `query($f: LeaderboardFilter!) { technicianLeaderboard(filter: $f) { rows { technicianId score } } }`, { f: m }, true],
      ['fault Pareto (symptoms)', `query($f: FaultParetoFilter!) { faultPareto(filter: $f) { total rows { codeId count cumulativeShare } } }`, { f }, true],
      ['parts consumption', `query($f: PartsConsumptionFilter!) { partsConsumption(filter: $f) { partId quantity cost } }`, { f }, true],
      ['stock value and turnover', `query($f: StockTurnoverFilter!) { stockTurnover(filter: $f) { warehouseId turnover } }`, { f }, true],
      ['return-visit satisfaction', `query($f: SatisfactionFilter!) { returnVisitSatisfaction(filter: $f) { stationId averageScore } }`, { f }, true],
      ['SLA breaches', `query($f: SlaBreachFilter!) { slaBreaches(filter: $f) { breached rows { stationId breached } orders { orderNumber } } }`, { f }, true],
      ['manager dashboard', `query($m: String) { managerDashboard(month: $m) { received breached topFaults { code } stationsBehind { stationId } } }`, { m: month }, true],
    ];
    const rows: Row[] = [];
    for (const [name, query, variables, scoped] of reports) {
      const office = await timed(() => gql(base, admin, query, variables), RUNS, 2);
      const inStation = scoped ? await timed(() => gql(base, station, query, variables), RUNS, 2) : undefined;
      log(`${name}: ${office.p50.toFixed(0)} ms`);
      rows.push({ name, office, station: inStation });
    }
    return { orders, rows };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

function report(all: Array<{ orders: number; rows: Row[] }>): void {
  const ms = (v: { p50: number; p95: number } | undefined) => (v ? `${v.p50.toFixed(0)} / ${v.p95.toFixed(0)}` : '–');
  console.log(`\n| report (p50 / p95 ms) | ${all.map((a) => `${a.orders.toLocaleString('en')} orders: office | station`).join(' | ')} |`);
  console.log(`| --- | ${all.map(() => '---: | ---:').join(' | ')} |`);
  for (let i = 0; i < all[0].rows.length; i++) {
    console.log(`| ${all[0].rows[i].name} | ${all.map((a) => `${ms(a.rows[i].office)} | ${ms(a.rows[i].station)}`).join(' | ')} |`);
  }
  console.log(`\n${RUNS} runs after 2 warm-ups, one request at a time; ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} at the end.`);
}

async function main(): Promise<void> {
  let embedded: EmbeddedDatabase | undefined;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    embedded = await startEmbeddedPostgres({ dir: path.join(os.tmpdir(), 'asp-bench-reports'), port: await freePort(), database: 'postgres', persistent: true, log });
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
  process.on('SIGTERM', () => void stop().then(() => process.exit(143)));
  try {
    const all: Array<{ orders: number; rows: Row[] }> = [];
    for (const size of SIZES) {
      const url = await prepareDatabase(adminUrl, 'asp_reports', size, log, { analyze: true });
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
