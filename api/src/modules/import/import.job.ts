/**
 * The background import: a batch's stored upload checked (and, for a commit with no bad row,
 * written) as its starter, re-loaded now. A commit's records, their audit entries and the batch's
 * IMPORTED are one transaction, so a crashed or failed attempt wrote nothing and its retry starts
 * from the file again; an attempt that finds the batch finished (another attempt got there first)
 * leaves it as it is. Bad rows are listed on the batch as in the upload request.
 */
import type { Knex } from '@mikro-orm/knex';
import type { Bilingual } from '../../common/i18n';
import { ErrorCode } from '../../common/errors';
import { textOf } from '../../common/labels/catalogue';
import { serviceContext } from '../../common/service-context';
import { toAppError } from '../../graphql/format-error';
import { openStoredFile } from '../files/file-store';
import { AlreadyDone, throttled, type JobAttempt, type JobEnvironment } from '../jobs/file-job';
import { ImportBatch, ImportMode, ImportStatus, type ImportRowError } from './import-batch.entity';
import { importSpec } from './import-spec';
import { assertMayImport } from './import.batches';
import { finishedBatch, runImport } from './import.service';
import { formatOf, readRows } from './read-file';

const FINISHED = [ImportStatus.VALID, ImportStatus.INVALID, ImportStatus.IMPORTED, ImportStatus.FAILED];
const INTERNAL: Bilingual = { zh: '服务器内部错误', en: 'Internal server error' };

export async function runImportJob(env: JobEnvironment, job: JobAttempt<{ batchId: string }>): Promise<object> {
  const em = env.orm.em.fork();
  const knex = em.getConnection().getKnex() as unknown as Knex;
  const id = job.data.batchId;
  const batch = await em.findOne(ImportBatch, { id });
  if (!batch || FINISHED.includes(batch.status)) return { skipped: batch?.status ?? 'missing' };
  const update = (patch: Record<string, unknown>, db: Knex = knex) => db('import_batch').where({ id }).whereNotIn('status', FINISHED).update(patch);
  const fail = (message: Bilingual) => {
    const error: ImportRowError = { row: 0, column: null, zh: message.zh, en: message.en };
    return update({ status: ImportStatus.FAILED, error_count: 1, errors: JSON.stringify([error]), finished_at: new Date() });
  };

  const actor = await env.auth.actorOf(batch.actorKind, batch.actorId);
  if (!actor) {
    await fail(textOf('import.actorGone'));
    return { failed: ErrorCode.FORBIDDEN };
  }
  if (!batch.file) {
    await fail(textOf('import.fileGone'));
    return { failed: 'file' };
  }
  await update({ status: ImportStatus.VALIDATING, started_at: new Date(), rows_done: 0 });
  const shown = throttled(500, (phase: 'validating' | 'writing', rows: number) =>
    update({ status: phase === 'writing' ? ImportStatus.WRITING : ImportStatus.VALIDATING, rows_done: rows }),
  );
  const spec = importSpec(batch.entity)!;
  const commit = batch.mode === ImportMode.COMMIT;
  const fileId = batch.file;
  try {
    return await em.transactional(async (tem) => {
      const sc = serviceContext(tem, actor, env.config, { lang: batch.lang === 'en' ? 'en' : 'zh' });
      assertMayImport(sc, spec);
      const info = (await knex('stored_file').where({ id: fileId }).first('content_type')) as { content_type: string } | undefined;
      const format = info?.content_type.includes('spreadsheetml') ? 'xlsx' : formatOf(batch.fileName);
      const result = await runImport(sc, spec, readRows(openStoredFile(knex, fileId), format), {
        commit,
        batchId: id,
        fileName: batch.fileName,
        progress: async (phase, rows) => {
          await shown(phase, rows);
          await job.progress(rows);
        },
      });
      const { status, row } = finishedBatch(result, commit);
      // In the records' transaction: a commit and its IMPORTED are one, so a retry never writes twice.
      const done = await update(row, tem.getTransactionContext() as Knex);
      if (!done) throw new AlreadyDone();
      return { status, rows: result.rowsTotal, imported: result.rowsImported, errors: result.errorCount };
    });
  } catch (err) {
    if (err instanceof AlreadyDone) return { skipped: 'finished' };
    const known = toAppError(err);
    // A refusal (no longer allowed, an unreadable file) is final; anything else is retried.
    if (known && known.appCode !== ErrorCode.INTERNAL) {
      await fail(known.bilingual);
      return { failed: known.appCode };
    }
    if (job.final) await fail(INTERNAL);
    else await update({ status: ImportStatus.QUEUED, rows_done: 0 });
    throw err;
  }
}
