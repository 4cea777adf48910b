/**
 * Background jobs on PostgreSQL with pg-boss: its queue tables live in the `pgboss` schema of the
 * application database, jobs are taken with SKIP LOCKED (any process may run any job), a cron
 * schedule is sent once per minute slot whatever the number of processes (pg-boss keeps the
 * schedule's clock and a singleton per slot in the database), and a job whose process died is
 * expired after `jobExpireSeconds` and retried. Every attempt leaves a `job_run` row.
 */
import PgBoss from 'pg-boss';
import type { Knex } from '@mikro-orm/knex';
import type { Config } from '../../config';
import { runExportJob } from '../export/export.job';
import { purgeExpiredFiles } from '../files/file-store';
import { runImportJob } from '../import/import.job';
import { CHECKS, type CheckName } from './checks';
import { failpoint } from './failpoint';
import type { JobAttempt, JobEnvironment } from './file-job';
import { FILE_QUEUES, queueOptions } from './queue';

export interface Jobs {
  boss: PgBoss;
  /** Stops taking jobs and waits for those running (at most the drain timeout). */
  stop(): Promise<void>;
}

export const CHECK_QUEUES: Record<CheckName, string> = {
  'sla-overdue': 'check-sla-overdue',
  'part-returns-late': 'check-part-returns-late',
};

/** The file jobs: each runs as the user who started it, and is safe to run again (see its runner). */
const FILE_JOBS: Record<'export' | 'import', { queue: string; run: (env: JobEnvironment, attempt: JobAttempt<never>) => Promise<object> }> = {
  export: { queue: FILE_QUEUES.export, run: runExportJob as never },
  import: { queue: FILE_QUEUES.import, run: runImportJob as never },
};

export async function startJobs(env: JobEnvironment, databaseUrl: string): Promise<Jobs> {
  const { orm, config } = env;
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
  const begin = async (job: PgBoss.JobWithMetadata<unknown>, queue: string) => {
    const [run] = (await knex('job_run')
      .insert({ id: knex.raw('gen_random_uuid()'), job_id: job.id, name: queue, attempt: job.retryCount + 1, instance, progress: 0, started_at: new Date() })
      .returning('id')) as Array<{ id: string }>;
    return {
      progress: (n: number) => knex('job_run').where({ id: run.id }).update({ progress: n }),
      finish: (result: object) => knex('job_run').where({ id: run.id }).update({ finished_at: new Date(), result: JSON.stringify(result) }),
    };
  };
  const work = (queue: string, handler: (job: PgBoss.JobWithMetadata<unknown>) => Promise<object>) =>
    boss.work<unknown>(queue, { pollingIntervalSeconds: 1, batchSize: 1, includeMetadata: true }, ([job]) => handler(job));

  for (const [check, queue] of Object.entries(CHECK_QUEUES) as Array<[CheckName, string]>) {
    await boss.createQueue(queue, { ...queueOptions(config), name: queue });
    await boss.schedule(queue, config.jobSchedules[check], {}, { tz: config.timeZone });
    await work(queue, async (job) => {
      const attempt = job.retryCount + 1;
      const run = await begin(job, queue);
      let batches = 0;
      const result = await CHECKS[check]({
        knex,
        jobId: job.id,
        asOf: new Date(),
        batchSize: config.jobBatchSize,
        progress: async (seen) => {
          await run.progress(seen);
          failpoint(config, check, attempt, ++batches);
        },
      });
      await run.finish(result);
      return result;
    });
  }

  for (const [name, { queue, run: runner }] of Object.entries(FILE_JOBS)) {
    await boss.createQueue(queue, { ...queueOptions(config), name: queue });
    await work(queue, async (job) => {
      const attempt = job.retryCount + 1;
      const run = await begin(job, queue);
      let steps = 0;
      try {
        const result = await runner(env, {
          data: job.data as never,
          jobId: job.id,
          attempt,
          final: job.retryCount >= job.retryLimit,
          progress: async (done) => {
            await run.progress(done);
            failpoint(config, name, attempt, ++steps);
          },
        });
        await run.finish(result);
        return result;
      } catch (err) {
        // A failed attempt is finished with its reason; a crashed one stays open (no finishedAt).
        await run.finish({ error: String((err as Error)?.message ?? err) }).catch(() => undefined);
        throw err;
      }
    });
  }

  await boss.createQueue(FILE_QUEUES.purge, { ...queueOptions(config), name: FILE_QUEUES.purge });
  await boss.schedule(FILE_QUEUES.purge, config.jobSchedules['purge-files'], {}, { tz: config.timeZone });
  await work(FILE_QUEUES.purge, async (job) => {
    const run = await begin(job, FILE_QUEUES.purge);
    const result = { purged: await purgeExpiredFiles(knex, new Date()) };
    await run.finish(result);
    return result;
  });

  return {
    boss,
    stop: () => boss.stop({ graceful: true, wait: true, timeout: Math.max(config.drainTimeoutMs, 1000) }),
  };
}
