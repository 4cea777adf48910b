/**
 * Background jobs across two processes (pg-boss on the primary, through PgBouncer): a scheduled
 * check runs once per schedule slot whichever process sends and takes it, and a check whose process
 * crashes half-way is retried on the other once, without raising any alert twice.
 */
import PgBoss from 'pg-boss';
import { Client } from 'pg';
import { startClusterWorld, type ClusterWorld } from '../helpers/cluster-app';
import { orderScenario } from '../helpers/order-scenario';

let w: ClusterWorld;
let db: Client;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until<T>(what: string, fn: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await sleep(250);
  }
}

beforeAll(async () => {
  w = await startClusterWorld({
    processes: 2,
    replica: false,
    env: {
      JOBS_EXPIRE_SECONDS: '3',
      JOBS_MAINTENANCE_SECONDS: '1',
      JOBS_CRON_MONITOR_SECONDS: '1',
      JOBS_SCHEDULE_PART_RETURNS: '* * * * *',
      // Not due in this test's lifetime: the crash test sends its job itself.
      JOBS_SCHEDULE_SLA_OVERDUE: '0 0 1 1 *',
      JOBS_BATCH_SIZE: '10',
      JOBS_FAILPOINT: 'sla-overdue:1',
    },
  });
  db = new Client({ connectionString: w.cluster.primaryUrl });
  await db.connect();
}, 240_000);

afterAll(async () => {
  await db?.end();
  await w?.close();
}, 60_000);

describe('jobs on PostgreSQL across processes', () => {
  it('a scheduled check runs once per schedule slot, not once per process', async () => {
    await until(
      'the first scheduled run',
      async () => (await db.query(`select 1 from job_run where name = 'check-part-returns-late' and finished_at is not null`)).rows[0],
      75_000,
    );
    // Two processes each look every second whether the schedule is due: still one job a minute …
    await sleep(3000);
    const slots = (
      await db.query(
        `select date_trunc('minute', created_on) as slot, count(*)::int as jobs, array_agg(state) as states
           from pgboss.job where name = 'check-part-returns-late' group by 1`,
      )
    ).rows;
    expect(slots.length).toBeGreaterThanOrEqual(1);
    for (const slot of slots) expect(slot.jobs).toBe(1);
    // … and each job run once, by one process.
    const runs = (await db.query(`select job_id, attempt, instance from job_run where name = 'check-part-returns-late'`)).rows;
    expect(runs).toHaveLength(slots.length);
    expect(new Set(runs.map((r) => r.job_id)).size).toBe(runs.length);
    for (const r of runs) {
      expect(r.attempt).toBe(1);
      expect(['api1', 'api2']).toContain(r.instance);
    }
  }, 90_000);

  it('a check whose process crashes half-way is retried once on the other, raising each alert once', async () => {
    // 25 open orders taken through the API, then put past their SLA deadline.
    const s = await orderScenario(w.acrossProcesses());
    const ids = (await Promise.all(Array.from({ length: 25 }, () => s.createOrder()))).map((o) => o.id);
    await db.query(`update service_order set sla_due_at = now() - interval '1 day' where id = any($1::uuid[])`, [ids]);
    const overdue = Number(
      (
        await db.query(
          `select count(*) from service_order where status = any($1::text[]) and sla_due_at < now()`,
          [['received', 'dispatched', 'in_repair', 'awaiting_parts', 'sent_to_agent']],
        )
      ).rows[0].count,
    );
    // More than one batch of 10, so the crash falls half-way.
    expect(overdue).toBe(25);

    const boss = new PgBoss({ connectionString: w.cluster.primaryUrl, schema: 'pgboss', max: 2, supervise: false, schedule: false, migrate: false });
    await boss.start();
    const jobId = (await boss.send('check-sla-overdue', {}))!;
    await boss.stop({ graceful: false, wait: true });

    const done = await until(
      'the retried check',
      async () => (await db.query(`select * from job_run where job_id = $1 and finished_at is not null`, [jobId])).rows[0],
      30_000,
    );
    const attempts = (await db.query(`select * from job_run where job_id = $1 order by attempt`, [jobId])).rows;
    expect(attempts.map((a) => a.attempt)).toEqual([1, 2]);
    // The first attempt died after its first batch, on one process …
    expect(attempts[0].finished_at).toBeNull();
    expect(attempts[0].progress).toBe(10);
    const crashed = w.cluster.processes.find((p) => `api${p.index + 1}` === attempts[0].instance)!;
    expect(crashed.child.hasExited()).toBe(true);
    // … the retry ran on the other, found the first batch's alerts there and added only the rest.
    expect(done.instance).not.toBe(attempts[0].instance);
    expect(done.result).toEqual({ seen: overdue, raised: overdue - 10 });
    const alerts = (await db.query(`select count(*)::int as n, count(distinct subject_id)::int as subjects from alert where kind = 'sla_overdue'`)).rows[0];
    expect(alerts).toEqual({ n: overdue, subjects: overdue });
    const job = (await db.query(`select state, retry_count from pgboss.job where id = $1`, [jobId])).rows[0];
    expect(job).toEqual({ state: 'completed', retry_count: 1 });
  }, 60_000);
});
