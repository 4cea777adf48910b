/**
 * Sending jobs from any process, whether or not it runs them: a pg-boss instance that only sends,
 * over the ORM's own pool (no connections of its own), so that a mutation queues its job in its
 * own transaction — the job exists exactly when the mutation's writes do, and no worker can take
 * it before the record it is about has committed. At start it creates pg-boss's tables when they
 * are missing (pg-boss migrates them itself, under its advisory lock) and the queues of the file jobs.
 */
import PgBoss from 'pg-boss';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Knex } from '@mikro-orm/knex';
import type { Config } from '../../config';

/** The queues of the file jobs (the scheduled checks' are in jobs.ts). */
export const FILE_QUEUES = {
  export: 'export-file',
  import: 'import-file',
  purge: 'purge-stored-files',
} as const;

export type FileQueue = (typeof FILE_QUEUES)[keyof typeof FILE_QUEUES];

interface PgConnection {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

/**
 * pg-boss's database adapter on a knex client: the pool's, or a transaction's (whose client hands
 * out the transaction's own connection), so pg-boss's `$1` statements run as they are.
 */
function knexDb(knex: Knex): { executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> } {
  const client = (knex as unknown as { client: { acquireConnection(): Promise<PgConnection>; releaseConnection(c: PgConnection): Promise<void> } }).client;
  return {
    async executeSql(text, values) {
      const connection = await client.acquireConnection();
      try {
        return await connection.query(text, values);
      } finally {
        await client.releaseConnection(connection);
      }
    },
  };
}

export function queueOptions(config: Config): PgBoss.Queue {
  return { name: '', retryLimit: 2, retryDelay: 1, expireInSeconds: config.jobExpireSeconds };
}

export class JobQueue {
  private constructor(
    private readonly boss: PgBoss,
    private readonly knex: Knex,
  ) {}

  static async open(orm: MikroORM, config: Config): Promise<JobQueue> {
    const knex = orm.em.getConnection().getKnex() as unknown as Knex;
    const boss = new PgBoss({ db: knexDb(knex), schema: 'pgboss', supervise: false, schedule: false, migrate: true });
    boss.on('error', (err) => console.error(`[jobs] ${String(err)}`));
    await boss.start();
    for (const queue of Object.values(FILE_QUEUES)) await boss.createQueue(queue, { ...queueOptions(config), name: queue });
    return new JobQueue(boss, knex);
  }

  /** Queues a job, in `em`'s transaction when it is in one. Returns pg-boss's job id. */
  async send(em: EntityManager, queue: FileQueue, data: object): Promise<string> {
    const trx = em.getTransactionContext() as Knex | undefined;
    const id = await this.boss.send(queue, data, { db: knexDb(trx ?? this.knex) } as PgBoss.SendOptions);
    if (!id) throw new Error(`the job queue ${queue} does not exist`);
    return id;
  }

  async stop(): Promise<void> {
    await this.boss.stop({ graceful: false, close: false, wait: true });
  }
}
