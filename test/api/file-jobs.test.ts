import request from 'supertest';
import { parse } from 'csv-parse/sync';
import type { Knex } from '@mikro-orm/knex';
import { Role } from '../../api/src/modules/auth/role';
import { createStoredFile, openStoredFile, purgeExpiredFiles } from '../../api/src/modules/files/file-store';
import { FILE_QUEUES } from '../../api/src/modules/jobs/queue';
import { queryWorld } from '../helpers/query-world';
import { createTestApp, type Caller, type TestApp } from '../helpers/test-app';

/**
 * Large exports and imports as background jobs (pg-boss, the worker running in the test app):
 * the file is written into PostgreSQL chunks by the job as its starter, progress is on the run,
 * only the starter reads and downloads it, a first attempt that fails half-way is retried into
 * exactly one file / one committed batch, and expired files are purged.
 */
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until<T>(what: string, fn: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await sleep(200);
  }
}

const START = `mutation($input: ExportInput!) { startExport(input: $input) { id url total status background fileName rowsDone } }`;
const RUN = `query($id: ID!) { exportRun(id: $id) { id status background rowsDone total error expiresAt } }`;
const START_IMPORT = `mutation($input: ImportInput!) { startImport(input: $input) { id uploadUrl status background } }`;
const BATCH = `query($id: ID!) { importBatch(id: $id) { status background rowsTotal rowsDone rowsImported errorCount errors(limit: 100) { row column message value } } }`;
const QUERY = { root: 'serviceOrders', columns: ['number', 'status', 'createdAt'], sort: [{ key: 'number' }] };

interface Run {
  id: string;
  url: string;
  total: number;
  status: string;
  background: boolean;
  rowsDone: number;
  error: string | null;
  expiresAt: string | null;
  fileName: string;
}

function helpers(t: TestApp) {
  const withAuth = (req: request.Test, caller: Caller) => {
    if (caller.token) req.set('authorization', `Bearer ${caller.token}`);
    if (caller.lang) req.set('accept-language', caller.lang);
    return req;
  };
  const download = async (url: string, caller: Caller) => {
    const res = await withAuth(request(t.app.app).get(`/${url}`), caller)
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      });
    return { status: res.status, headers: res.headers, body: res.body as Buffer };
  };
  const start = async (input: Record<string, unknown>, caller: Caller) => (await t.ok<{ startExport: Run }>(START, { input }, caller)).startExport;
  const run = async (id: string, caller: Caller) => (await t.ok<{ exportRun: Run }>(RUN, { id }, caller)).exportRun;
  const finished = (id: string, caller: Caller) =>
    until('the export job', async () => {
      const r = await run(id, caller);
      return r.status === 'DONE' || r.status === 'FAILED' ? r : undefined;
    });
  const sql = async <R = Record<string, unknown>>(text: string, params: unknown[] = []) => (await t.em().getConnection().execute(text, params)) as R[];
  const csv = (rows: string[][]) => `\ufeff${rows.map((r) => r.join(',')).join('\r\n')}\r\n`;
  const customers = (n: number, prefix: string) => {
    const rows = [['客户名称', '手机']];
    for (let i = 0; i < n; i++) rows.push([`${prefix}${i}`, `13${prefix === '甲' ? '7' : '6'}${String(i).padStart(8, '0')}`]);
    return rows;
  };
  const upload = async (entity: string, mode: 'DRY_RUN' | 'COMMIT', file: string, caller: Caller) => {
    const started = (await t.ok<{ startImport: { id: string; uploadUrl: string; status: string; background: boolean } }>(START_IMPORT, { input: { entity, mode, fileName: `${entity}.csv`, background: true } }, caller)).startImport;
    const res = await withAuth(request(t.app.app).post(`/${started.uploadUrl}`), caller).set('content-type', 'text/csv').send(Buffer.from(file, 'utf8'));
    return { id: started.id, started, res };
  };
  const batch = async (id: string, caller: Caller) =>
    (await t.ok<{ importBatch: { status: string; background: boolean; rowsTotal: number; rowsDone: number; rowsImported: number; errorCount: number; errors: Array<{ row: number; column: string; message: string }> } }>(BATCH, { id }, caller)).importBatch;
  const batchDone = (id: string, caller: Caller) =>
    until('the import job', async () => {
      const b = await batch(id, caller);
      return ['VALID', 'INVALID', 'IMPORTED', 'FAILED'].includes(b.status) ? b : undefined;
    });
  return { download, start, run, finished, sql, csv, customers, upload, batch, batchDone };
}

describe('background exports and imports', () => {
  let t: TestApp;
  let h: ReturnType<typeof helpers>;
  let analyst: Caller & { user: { id: string } };
  let other: Caller;
  let office: Caller & { user: { id: string } };

  beforeAll(async () => {
    t = await createTestApp({ EXPORT_JOB_ROWS: '5', JOBS_BATCH_SIZE: '3', JOBS_SCHEDULE_PURGE_FILES: '0 0 1 1 *' }, { jobs: true });
    h = helpers(t);
    await queryWorld(t.em());
    analyst = await t.userWith([Role.ANALYST]);
    other = await t.userWith([Role.ANALYST]);
    office = await t.userWith([Role.DISPATCHER]);
  });
  afterAll(() => t?.close());

  it('an export job writes the whole file into stored chunks as its starter, with progress; only the starter reads and downloads it', async () => {
    const started = await h.start({ format: 'CSV', query: QUERY, delivery: 'BACKGROUND' }, analyst);
    expect(started).toMatchObject({ status: 'QUEUED', background: true, total: 10, rowsDone: 0 });
    // Not there yet: the download says so rather than streaming.
    const early = await h.download(started.url, analyst);
    if (early.status !== 200) expect(early.status).toBe(409);

    const done = await h.finished(started.id, analyst);
    expect(done).toMatchObject({ status: 'DONE', rowsDone: 10, total: 10, error: null });
    expect(Date.parse(done.expiresAt!)).toBeGreaterThan(Date.now() + 23 * 3_600_000);
    // Each batch of 3 rows was reported to the job's own record: 3, 6, 9, 10.
    const [jobRun] = await h.sql<{ attempt: number; progress: number; finished_at: Date | null }>(`select attempt, progress, finished_at from job_run where name = ?`, [FILE_QUEUES.export]);
    expect(jobRun).toMatchObject({ attempt: 1, progress: 10 });
    expect(jobRun.finished_at).not.toBeNull();

    // Downloadable more than once, by any process (it is in the database), with the same bytes as a streamed export.
    const file = await h.download(started.url, analyst);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(file.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent(started.fileName)}`);
    expect(Number(file.headers['content-length'])).toBe(file.body.length);
    const rows = parse(file.body.toString('utf8').slice(1)) as string[][];
    expect(rows).toHaveLength(11);
    expect(rows[0]).toEqual(['单号', '状态', '接件时间']);
    const streamed = await h.start({ format: 'CSV', query: QUERY }, analyst);
    expect(streamed).toMatchObject({ status: 'PENDING', background: false });
    expect((await h.download(streamed.url, analyst)).body.toString('utf8')).toBe(file.body.toString('utf8'));
    expect((await h.download(started.url, analyst)).status).toBe(200);

    // Another user neither sees the run nor gets the file; an administrator sees the run, not the file.
    const hidden = await t.gql(RUN, { id: started.id }, other);
    expect(hidden.errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect((await h.download(started.url, other)).status).toBe(404);
    expect((await h.download(started.url, {})).status).toBe(401);
    expect((await h.run(started.id, t.admin)).status).toBe('DONE');
    expect((await h.download(started.url, t.admin)).status).toBe(404);
  }, 60_000);

  it('AUTO: over EXPORT_JOB_ROWS a job, under it the streamed download', async () => {
    const big = await h.start({ format: 'XLSX', query: QUERY, delivery: 'AUTO' }, analyst);
    expect(big).toMatchObject({ background: true, status: 'QUEUED', total: 10 });
    const small = await h.start({ format: 'CSV', query: { ...QUERY, limit: 5 }, delivery: 'AUTO' }, analyst);
    expect(small).toMatchObject({ background: false, status: 'PENDING', total: 5 });
    const done = await h.finished(big.id, analyst);
    expect(done.status).toBe('DONE');
    const file = await h.download(big.url, analyst);
    expect(file.status).toBe(200);
    expect([...file.body.subarray(0, 2)]).toEqual([0x50, 0x4b]);
  }, 60_000);

  it('a job acts as its starter now: a user deactivated before it runs gets a failed run, not a file', async () => {
    const gone = await t.userWith([Role.ANALYST]);
    await t.app.orm.em.getConnection().execute(`update app_user set active = false where id = ?`, [gone.user.id]);
    t.app.auth.invalidateAll();
    // Queued as them directly (they could no longer ask): the job finds them inactive.
    const started = await h.start({ format: 'CSV', query: QUERY, delivery: 'BACKGROUND' }, analyst);
    await h.sql(`update export_run set actor_id = ? where id = ?`, [gone.user.id, started.id]);
    const run = await h.finished(started.id, t.admin);
    expect(run.status).toBe('FAILED');
    expect(run.error).toBe('发起导出的用户已停用或密钥已吊销');
    expect(await h.sql(`select 1 from stored_file where owner_id = ?`, [gone.user.id])).toHaveLength(0);
  }, 60_000);

  it('an import job checks the stored upload, lists every bad row, and commits all rows or none', async () => {
    const rows = h.customers(40, '甲');
    rows[12][1] = '1370000ABCD';
    const dry = await h.upload('customers', 'DRY_RUN', h.csv(rows), office);
    expect(dry.started).toMatchObject({ status: 'PENDING', background: true });
    expect(dry.res.status).toBe(202);
    expect(dry.res.body.data).toMatchObject({ id: dry.id, status: 'QUEUED' });
    const checked = await h.batchDone(dry.id, office);
    expect(checked).toMatchObject({ status: 'INVALID', rowsTotal: 40, errorCount: 1 });
    expect(checked.errors).toEqual([{ row: 13, column: 'mobile', message: '手机：不是有效的手机号（11 位，以 1 开头）', value: '1370000ABCD' }]);
    // The upload is stored, owned by the uploader; a second upload to the same batch is refused.
    expect(await h.sql(`select owner_id, purpose from stored_file f join import_batch b on b.file_id = f.id where b.id = ?`, [dry.id])).toEqual([{ owner_id: office.user.id, purpose: 'import' }]);
    const again = await request(t.app.app).post(`/imports/${dry.id}`).set('authorization', `Bearer ${office.token}`).set('content-type', 'text/csv').send('x');
    expect(again.status).toBe(410);

    rows[12][1] = '13700009999';
    const before = Number((await h.sql<{ n: number }>(`select count(*)::int as n from customer`))[0].n);
    const commit = await h.upload('customers', 'COMMIT', h.csv(rows), office);
    expect(commit.res.status).toBe(202);
    const imported = await h.batchDone(commit.id, office);
    expect(imported).toMatchObject({ status: 'IMPORTED', rowsTotal: 40, rowsDone: 40, rowsImported: 40, errorCount: 0 });
    expect(Number((await h.sql<{ n: number }>(`select count(*)::int as n from customer`))[0].n)).toBe(before + 40);
    expect((await t.gql(BATCH, { id: commit.id }, other)).errors?.[0].extensions.code).toBe('NOT_FOUND');
  }, 60_000);

  it('expired files are purged by the scheduled job: the export then answers that its file is gone', async () => {
    const started = await h.start({ format: 'CSV', query: QUERY, delivery: 'BACKGROUND' }, analyst);
    const done = await h.finished(started.id, analyst);
    expect(done.status).toBe('DONE');
    const [{ file_id: fileId }] = await h.sql<{ file_id: string }>(`select file_id from export_run where id = ?`, [started.id]);
    const kept = await h.sql<{ id: string }>(`select id from stored_file where expires_at > now()`);
    await h.sql(`update stored_file set expires_at = now() - interval '1 minute' where id = ?`, [fileId]);
    await t.jobs!.boss.send(FILE_QUEUES.purge, {});
    const purge = await until('the purge job', async () => (await h.sql<{ result: { purged: number } }>(`select result from job_run where name = ? and finished_at is not null`, [FILE_QUEUES.purge]))[0]);
    expect(purge.result).toEqual({ purged: 1 });
    expect(await h.sql(`select 1 from stored_file_chunk where file_id = ?`, [fileId])).toHaveLength(0);
    expect(await h.sql(`select file_id from export_run where id = ?`, [started.id])).toEqual([{ file_id: null }]);
    const gone = await h.download(started.url, analyst);
    expect(gone.status).toBe(410);
    expect(JSON.parse(gone.body.toString('utf8')).errors[0].message).toBe('导出文件已过期并已删除：请重新导出');
    // The others are still there.
    expect(await h.sql(`select id from stored_file where expires_at > now()`)).toHaveLength(kept.length - 1);
  }, 60_000);

  it('the store writes and reads a file chunk by chunk, in its writer’s transaction only', async () => {
    const knex = t.app.orm.em.getConnection().getKnex() as unknown as Knex;
    const bytes = Buffer.from(Array.from({ length: 2500 }, (_, i) => i % 251));
    const meta = { ownerKind: 'user', ownerId: 'x', purpose: 'export' as const, name: 'x.bin', contentType: 'application/octet-stream', expiresAt: new Date(Date.now() + 60_000) };
    const id = await knex.transaction(async (trx) => {
      const file = await createStoredFile(trx as unknown as Knex, meta, 1000);
      file.write(bytes.subarray(0, 700));
      file.write(bytes.subarray(700));
      await file.close();
      return file.fileId;
    });
    expect(await h.sql(`select seq, length(data) as n from stored_file_chunk where file_id = ? order by seq`, [id])).toEqual([
      { seq: 0, n: 1000 },
      { seq: 1, n: 1000 },
      { seq: 2, n: 500 },
    ]);
    expect(await h.sql(`select size::int, chunks from stored_file where id = ?`, [id])).toEqual([{ size: 2500, chunks: 3 }]);
    const read: Buffer[] = [];
    for await (const c of openStoredFile(knex, id)) read.push(c as Buffer);
    expect(Buffer.concat(read).equals(bytes)).toBe(true);
    // A writer whose transaction rolls back leaves nothing.
    await knex
      .transaction(async (trx) => {
        const file = await createStoredFile(trx as unknown as Knex, { ...meta, ownerId: 'rolled-back' }, 1000);
        file.write(bytes);
        await file.close();
        throw new Error('rolled back');
      })
      .catch(() => undefined);
    expect(await h.sql(`select 1 from stored_file where owner_id = 'rolled-back'`)).toHaveLength(0);
    expect(await purgeExpiredFiles(knex, new Date(Date.now() + 120_000))).toBeGreaterThanOrEqual(1);
  });
});

describe('background jobs that fail half-way on their first attempt', () => {
  let t: TestApp;
  let h: ReturnType<typeof helpers>;
  let analyst: Caller & { user: { id: string } };
  let office: Caller & { user: { id: string } };

  beforeAll(async () => {
    t = await createTestApp({ JOBS_BATCH_SIZE: '3', JOBS_FAILPOINT: 'export:2:throw,import:2:throw', JOBS_SCHEDULE_PURGE_FILES: '0 0 1 1 *' }, { jobs: true });
    h = helpers(t);
    await queryWorld(t.em());
    analyst = await t.userWith([Role.ANALYST]);
    office = await t.userWith([Role.DISPATCHER]);
  });
  afterAll(() => t?.close());

  it('an export that fails after two batches is retried and leaves exactly one complete file', async () => {
    const started = await h.start({ format: 'CSV', query: QUERY, delivery: 'BACKGROUND' }, analyst);
    const done = await h.finished(started.id, analyst);
    expect(done).toMatchObject({ status: 'DONE', rowsDone: 10 });
    const attempts = await h.sql<{ attempt: number; progress: number; result: Record<string, unknown> }>(`select attempt, progress, result from job_run where name = ? order by attempt`, [FILE_QUEUES.export]);
    expect(attempts.map((a) => [a.attempt, a.progress])).toEqual([
      [1, 6],
      [2, 10],
    ]);
    expect(String(attempts[0].result.error)).toContain('JOBS_FAILPOINT');
    const files = await h.sql<{ id: string; completed_at: Date | null }>(`select id, completed_at from stored_file where owner_id = ?`, [analyst.user.id]);
    expect(files).toHaveLength(1);
    expect(files[0].completed_at).not.toBeNull();
    const rows = parse((await h.download(started.url, analyst)).body.toString('utf8').slice(1)) as string[][];
    expect(rows).toHaveLength(11);
    expect(new Set(rows.map((r) => r[0])).size).toBe(11);
  }, 60_000);

  it('an import commit that fails after its first slice of records is retried and commits the batch exactly once', async () => {
    // 3,200 customers: written in slices of ~1,500, so the first attempt fails with one slice written (and rolled back).
    const before = Number((await h.sql<{ n: number }>(`select count(*)::int as n from customer`))[0].n);
    const commit = await h.upload('customers', 'COMMIT', h.csv(h.customers(3200, '乙')), office);
    expect(commit.res.status).toBe(202);
    const imported = await h.batchDone(commit.id, office);
    expect(imported).toMatchObject({ status: 'IMPORTED', rowsImported: 3200, errorCount: 0 });
    const attempts = await h.sql<{ attempt: number; finished_at: Date | null }>(`select attempt, finished_at from job_run where name = ? order by attempt`, [FILE_QUEUES.import]);
    expect(attempts.map((a) => a.attempt)).toEqual([1, 2]);
    expect(Number((await h.sql<{ n: number }>(`select count(*)::int as n from customer`))[0].n)).toBe(before + 3200);
    const [audit] = await h.sql<{ n: number }>(`select count(*)::int as n from audit_entry where entity_name = 'Customer' and reason like ?`, [`import ${commit.id}%`]);
    expect(audit.n).toBe(3200);
    expect(await h.sql(`select state, retry_count from pgboss.job where name = ?`, [FILE_QUEUES.import])).toEqual([{ state: 'completed', retry_count: 1 }]);
  }, 90_000);
});

