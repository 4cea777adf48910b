import { isUuid } from '../../common/uuid';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Router, type Request, type Response } from 'express';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Knex } from '@mikro-orm/knex';
import { pickLang, type Lang } from '../../common/i18n';
import type { Actor } from '../auth/actor';
import { createStoredFile } from '../files/file-store';
import { FILE_QUEUES, type JobQueue } from '../jobs/queue';
import { AppError, ErrorCode, unauthenticated } from '../../common/errors';
import { render, textOf } from '../../common/labels/catalogue';
import { serviceContext } from '../../common/service-context';
import type { Config } from '../../config';
import { toAppError } from '../../graphql/format-error';
import type { Authenticator } from '../auth/authenticator';
import { ImportBatch, ImportMode, ImportStatus, type ImportRowError } from './import-batch.entity';
import { importLabel, importSpec } from './import-spec';
import { assertMayImport } from './import.batches';
import { finishedBatch, runImport } from './import.service';
import { formatOf, readRows } from './read-file';
import { httpStatusOf, refuse } from '../export/http';
import { writeCsvTemplate, writeXlsxTemplate } from './template';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The largest file accepted (100,000 rows of customers are about 10 MB as CSV). */
export const MAX_UPLOAD_MB = 50;


/** Counts the bytes of an upload and stops it past the limit. */
function limited(maxBytes: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      seen += chunk.length;
      if (seen > maxBytes) {
        const message = textOf('import.tooLarge');
        done(new AppError(ErrorCode.BAD_USER_INPUT, { zh: render(message, { limit: MAX_UPLOAD_MB }, 'zh'), en: render(message, { limit: MAX_UPLOAD_MB }, 'en') }, {}, 413));
      } else done(null, chunk);
    },
  });
}

/**
 * `GET /imports/templates/<entity>.(csv|xlsx)`: an empty template, headers in the caller's language.
 * `POST /imports/<id>`: the file of a batch started with `startImport`, as the request body (CSV
 * in UTF-8 or XLSX); answers when it has been checked (and, for a commit with no bad row,
 * written) with the batch and its first bad rows. Progress is on the batch while it runs.
 * A background batch's file is stored instead and a job queued, in one transaction, and the
 * answer (202) comes at once: the job checks and writes it, and the batch says how it went.
 */
export function importRoutes(orm: MikroORM, auth: Authenticator, config: Config, queue: JobQueue): Router {
  const router = Router();

  router.get('/imports/templates/:file', async (req, res) => {
    const lang = req.query.lang === 'en' || req.query.lang === 'zh' ? req.query.lang : pickLang(req.headers['accept-language']);
    const actor = await auth.authenticate(req.headers).catch(() => undefined);
    if (!actor) return refuse(res, lang, 401, ErrorCode.UNAUTHENTICATED, unauthenticated().bilingual);
    const m = /^([A-Za-z]+)\.(csv|xlsx)$/.exec(String(req.params.file));
    const spec = m ? importSpec(m[1]) : undefined;
    if (!m || !spec) return refuse(res, lang, 404, ErrorCode.NOT_FOUND, { zh: '没有这种导入模板', en: 'no such import template' });
    const title = importLabel(spec)[lang];
    const fileName = `${title}-template.${m[2]}`;
    res.setHeader('Content-Disposition', `attachment; filename="template.${m[2]}"; filename*=UTF-8''${encodeURIComponent(fileName)}`);
    res.setHeader('Cache-Control', 'no-store');
    if (m[2] === 'csv') {
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      await writeCsvTemplate(spec, lang, res);
    } else {
      res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      await writeXlsxTemplate(spec, lang, title, res);
    }
  });

  router.post('/imports/:id', async (req, res) => {
    const lang = pickLang(req.headers['accept-language']);
    const drop = () => req.resume();
    const actor = await auth.authenticate(req.headers).catch(() => undefined);
    if (!actor) {
      drop();
      return refuse(res, lang, 401, ErrorCode.UNAUTHENTICATED, unauthenticated().bilingual);
    }
    const id = String(req.params.id);
    const notFound = { zh: `导入批次不存在：${id.slice(0, 40)}`, en: `import batch not found: ${id.slice(0, 40)}` };
    if (!isUuid(id)) {
      drop();
      return refuse(res, lang, 404, ErrorCode.NOT_FOUND, notFound);
    }
    const em = orm.em.fork();
    const knex = em.getConnection().getKnex();
    const queued = await em.findOne(ImportBatch, { id, actorKind: actor.kind, actorId: actor.id, background: true });
    if (queued) return storeUpload(req, res, lang, { em, actor, config, queue, batch: queued });
    const claimed = (await knex.raw(
      `update import_batch set status = ?, started_at = now() where id = ? and actor_kind = ? and actor_id = ? and status = ? returning id`,
      [ImportStatus.VALIDATING, id, actor.kind, actor.id, ImportStatus.PENDING],
    )) as { rows: unknown[] };
    const batch = await em.findOne(ImportBatch, { id, actorKind: actor.kind, actorId: actor.id });
    if (!batch) {
      drop();
      return refuse(res, lang, 404, ErrorCode.NOT_FOUND, notFound);
    }
    if (!claimed.rows.length) {
      drop();
      return refuse(res, lang, 410, ErrorCode.BAD_REQUEST, textOf('import.used'));
    }
    const update = (patch: Record<string, unknown>) => knex('import_batch').where({ id }).update(patch);
    let last = 0;
    const progress = async (phase: 'validating' | 'writing', rows: number) => {
      if (Date.now() - last < 500) return;
      last = Date.now();
      await update({ status: phase === 'writing' ? ImportStatus.WRITING : ImportStatus.VALIDATING, rows_done: rows });
    };
    const spec = importSpec(batch.entity)!;
    const sc = serviceContext(em, actor, config, { lang: batch.lang === 'en' ? 'en' : 'zh' });
    const commit = batch.mode === ImportMode.COMMIT;
    try {
      assertMayImport(sc, spec);
      const contentType = String(req.headers['content-type'] ?? '');
      const format = contentType.includes('spreadsheetml') ? 'xlsx' : formatOf(batch.fileName);
      const body = req.pipe(limited(MAX_UPLOAD_MB * 1024 * 1024));
      req.on('error', (err) => body.destroy(err));
      const run = (tsc: typeof sc) => runImport(tsc, spec, readRows(body, format), { commit, batchId: batch.id, fileName: batch.fileName, progress });
      // A commit is one transaction: every record, every audit entry, or none.
      const result = commit ? await em.transactional((tem) => run({ ...sc, em: tem })) : await run(sc);
      const { status, row } = finishedBatch(result, commit);
      await update(row);
      res.json({
        data: {
          id,
          status: status.toUpperCase(),
          rowsTotal: result.rowsTotal,
          rowsValid: result.rowsValid,
          rowsImported: result.rowsImported,
          errorCount: result.errorCount,
          errors: result.errors.slice(0, 100).map((e: ImportRowError) => ({ row: e.row, column: e.column, message: lang === 'en' ? e.en : e.zh, value: e.value ?? null })),
        },
      });
    } catch (err) {
      drop();
      const known = toAppError(err);
      if (!known) console.error('import failed', err);
      const app = known ?? new AppError(ErrorCode.INTERNAL, { zh: '服务器内部错误', en: 'Internal server error' });
      const error: ImportRowError = { row: 0, column: null, zh: app.bilingual.zh, en: app.bilingual.en };
      await update({ status: ImportStatus.FAILED, error_count: 1, errors: JSON.stringify([error]), finished_at: new Date() }).catch(() => undefined);
      if (!res.headersSent) refuse(res, lang, httpStatusOf(app), app.appCode, app.bilingual);
    }
  });
  return router;
}

/** A background batch's upload: stored and queued in one transaction, or neither (then the batch failed). */
async function storeUpload(req: Request, res: Response, lang: Lang, opts: { em: EntityManager; actor: Actor; config: Config; queue: JobQueue; batch: ImportBatch }): Promise<void> {
  const { em, actor, config, queue, batch } = opts;
  const knex = em.getConnection().getKnex() as unknown as Knex;
  const id = batch.id;
  try {
    assertMayImport(serviceContext(em, actor, config), importSpec(batch.entity)!);
    const stored = await em.transactional(async (tem) => {
      const trx = tem.getTransactionContext() as Knex;
      const claimed = await trx('import_batch').where({ id, status: ImportStatus.PENDING }).update({ status: ImportStatus.QUEUED });
      if (!claimed) return false;
      const contentType = String(req.headers['content-type'] ?? '').includes('spreadsheetml') || formatOf(batch.fileName) === 'xlsx' ? XLSX : 'text/csv';
      const file = await createStoredFile(trx, {
        ownerKind: actor.kind,
        ownerId: actor.id,
        purpose: 'import',
        name: batch.fileName,
        contentType,
        expiresAt: new Date(Date.now() + config.fileTtlHours * 3_600_000),
      });
      await pipeline(req, limited(MAX_UPLOAD_MB * 1024 * 1024), file);
      await trx('import_batch').where({ id }).update({ file_id: file.fileId });
      await queue.send(tem, FILE_QUEUES.import, { batchId: id });
      return true;
    });
    if (!stored) {
      req.resume();
      return refuse(res, lang, 410, ErrorCode.BAD_REQUEST, textOf('import.used'));
    }
    res.status(202).json({ data: { id, status: ImportStatus.QUEUED.toUpperCase(), background: true } });
  } catch (err) {
    req.resume();
    const known = toAppError(err);
    if (!known) console.error('import upload failed', err);
    const app = known ?? new AppError(ErrorCode.INTERNAL, { zh: '服务器内部错误', en: 'Internal server error' });
    const error: ImportRowError = { row: 0, column: null, zh: app.bilingual.zh, en: app.bilingual.en };
    await knex('import_batch').where({ id, status: ImportStatus.PENDING }).update({ status: ImportStatus.FAILED, error_count: 1, errors: JSON.stringify([error]), finished_at: new Date() }).catch(() => undefined);
    if (!res.headersSent) refuse(res, lang, httpStatusOf(app), app.appCode, app.bilingual);
  }
}
