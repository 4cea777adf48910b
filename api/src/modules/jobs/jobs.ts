/**
 * Background jobs on PostgreSQL with pg-boss: its queue tables live in the `pgboss` schema of the
 * application database, jobs are taken with SKIP LOCKED (any process may run any job), a cron
 * schedule is sent once per minute slot whatever the number of processes (pg-boss keeps the
 * schedule's clock and a singleton per slot in the database), and a job whose process died is
 * expired after `jobExpireSeconds` and retried. Every attempt leaves a `job_run` row.
 */
import PgBoss from 'pg-boss';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Knex } from '@mikro-orm/knex';
import type { Config } from '../../config';
import { CHECKS, type CheckName } from './checks';

export interface Jobs {
  boss: PgBoss;
  /** Stops taking jobs and waits for those running (at most the drain timeout). */
  stop(): Promise<void>;
}

export const CHECK_QUEUES: Record<CheckName, string> = {
  'sla-overdue': 'check-sla-overdue',
  'part-returns-late': 'check-part-returns-late',
};

/**
 * `JOBS_FAILPOINT=<check>:<batches>`: the process kills itself (SIGKILL, no cleanup) after that many
 * batches of the check's first attempt — how the tests crash a job half-way. Unset in production.
 */
function failpoint(config: Config, check: CheckName, attempt: number, batches: number): void {
  if (!config.jobFailpoint || attempt !== 1) return;
  const [name, after] = config.jobFailpoint.split(':');
  if (name === check && batches >= Number(after)) process.kill(process.pid, 'SIGKILL');
}

export async function startJobs(orm: MikroORM, config: Config, databaseUrl: string): Promise<Jobs> {
  const instance = config.instanceName ?? `pid-${process.pid}`;
  const boss = new PgBoss({
    connectionString: databaseUrl,
    schema: 'pgboss',
    max: 3,
    application_name: `aftersales-jobs-${instance}`,
    supervise: true,
    schedule: true,
    maintenanceIntervalSeconds: config.jobMaintenanceSeconds,
    cronMonitorIntervalSeconds: config.jobCronMonitorSeconds,
    cronWorkerIntervalSeconds: config.jobCronMonitorSeconds,
  });
  boss.on('error', (err) => console.error(`[jobs] ${String(err)}`));
  await boss.start();

  const knex = orm.em.getConnection().getKnex() as unknown as Knex;
  for (const [check, queue] of Object.entries(CHECK_QUEUES) as Array<[CheckName, string]>) {
    await boss.createQueue(queue, { name: queue, retryLimit: 2, retryDelay: 1, expireInSeconds: config.jobExpireSeconds });
    await boss.schedule(queue, config.jobSchedules[check], {}, { tz: config.timeZone });
    await boss.work(queue, { pollingIntervalSeconds: 1, batchSize: 1, includeMetadata: true }, async ([job]) => {
      const attempt = job.retryCount + 1;
      const [run] = (await knex('job_run')
        .insert({ id: knex.raw('gen_random_uuid()'), job_id: job.id, name: queue, attempt, instance, progress: 0, started_at: new Date() })
        .returning('id')) as Array<{ id: string }>;
      let batches = 0;
      const result = await CHECKS[check]({
        knex,
        jobId: job.id,
        asOf: new Date(),
        batchSize: config.jobBatchSize,
        progress: async (seen) => {
          await knex('job_run').where({ id: run.id }).update({ progress: seen });
          failpoint(config, check, attempt, ++batches);
        },
      });
      await knex('job_run').where({ id: run.id }).update({ finished_at: new Date(), result: JSON.stringify(result) });
      return result;
    });
  }
  return {
    boss,
    stop: () => boss.stop({ graceful: true, wait: true, timeout: Math.max(config.drainTimeoutMs, 1000) }),
  };
}
