/**
 * The background export: the file of a run started with `delivery: BACKGROUND` (or AUTO over the
 * threshold), written as its starter — re-loaded now, not taken from the request — through the same
 * writers as a streamed download, into a stored file. The file's chunks and the run's DONE are one
 * transaction, so an attempt that crashes or fails leaves no file, and its retry writes the whole
 * file again; an attempt that finds the run DONE (another finished first) leaves it as it is.
 */
import type { Knex } from '@mikro-orm/knex';
import type { Bilingual } from '../../common/i18n';
import { ErrorCode } from '../../common/errors';
import { textOf } from '../../common/labels/catalogue';
import { serviceContext } from '../../common/service-context';
import { toAppError } from '../../graphql/format-error';
import { createStoredFile } from '../files/file-store';
import { AlreadyDone, throttled, type JobAttempt, type JobEnvironment } from '../jobs/file-job';
import { ExportRun, ExportStatus } from './export-run.entity';
import { CONTENT_TYPES } from './http';
import { writeExport } from './export.service';

const INTERNAL: Bilingual = { zh: '服务器内部错误', en: 'Internal server error' };

export async function runExportJob(env: JobEnvironment, job: JobAttempt<{ runId: string }>): Promise<object> {
  const em = env.orm.em.fork();
  const knex = em.getConnection().getKnex() as unknown as Knex;
  const id = job.data.runId;
  const run = await em.findOne(ExportRun, { id });
  if (!run || run.status === ExportStatus.DONE || run.status === ExportStatus.FAILED) return { skipped: run?.status ?? 'missing' };
  const update = (patch: Record<string, unknown>) => knex('export_run').where({ id }).whereNot({ status: ExportStatus.DONE }).update(patch);
  const fail = (message: Bilingual) => update({ status: ExportStatus.FAILED, error_zh: message.zh, error_en: message.en, finished_at: new Date() });

  const actor = await env.auth.actorOf(run.actorKind, run.actorId);
  if (!actor) {
    await fail(textOf('export.actorGone'));
    return { failed: ErrorCode.FORBIDDEN };
  }
  await update({ status: ExportStatus.RUNNING, started_at: new Date(), rows_done: 0 });
  // Rows done for the people polling (twice a second at most); every batch for the job's own record.
  const shown = throttled(500, (rows: number) => update({ rows_done: rows }));
  const progress = async (rows: number) => {
    await shown(rows);
    await job.progress(rows);
  };
  try {
    return await em.getConnection().transactional(async (trx) => {
      const file = await createStoredFile(trx as unknown as Knex, {
        ownerKind: run.actorKind,
        ownerId: run.actorId,
        purpose: 'export',
        name: run.fileName,
        contentType: CONTENT_TYPES[run.format],
        expiresAt: new Date(Date.now() + env.config.fileTtlHours * 3_600_000),
      });
      // The rows are read outside this transaction (from the standby when there is one); only the file is written in it.
      const sc = serviceContext(em, actor, env.config, { lang: run.lang === 'en' ? 'en' : 'zh' });
      const rows = await writeExport(sc, env.schema(), run, file, progress, env.config.jobBatchSize);
      await file.close();
      const done = await (trx as unknown as Knex)('export_run')
        .where({ id })
        .whereNot({ status: ExportStatus.DONE })
        .update({ status: ExportStatus.DONE, file_id: file.fileId, rows_done: rows, expires_at: new Date(Date.now() + env.config.fileTtlHours * 3_600_000), finished_at: new Date(), error_zh: null, error_en: null });
      if (!done) throw new AlreadyDone();
      return { rows, bytes: file.size, fileId: file.fileId };
    });
  } catch (err) {
    if (err instanceof AlreadyDone) return { skipped: ExportStatus.DONE };
    const known = toAppError(err);
    // A refusal (the starter may no longer read what was asked) is final; anything else is retried.
    if (known && known.appCode !== ErrorCode.INTERNAL) {
      await fail(known.bilingual);
      return { failed: known.appCode };
    }
    if (job.final) await fail(INTERNAL);
    else await update({ status: ExportStatus.QUEUED, rows_done: 0 });
    throw err;
  }
}
