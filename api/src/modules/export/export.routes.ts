import { isUuid } from '../../common/uuid';
import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import { Router, type Response } from 'express';
import type { Lang } from '../../common/i18n';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { GraphQLSchema } from 'graphql';
import { pickLang } from '../../common/i18n';
import { AppError, ErrorCode, unauthenticated } from '../../common/errors';
import { textOf } from '../../common/labels/catalogue';
import { serviceContext } from '../../common/service-context';
import type { Config } from '../../config';
import { toAppError } from '../../graphql/format-error';
import type { Authenticator } from '../auth/authenticator';
import { ExportRun, ExportStatus } from './export-run.entity';
import { CONTENT_TYPES, httpStatusOf, refuse } from './http';
import { openStoredFile, storedFileInfo } from '../files/file-store';
import type { Knex } from '@mikro-orm/knex';
import { EXPORT_LINK_MS, writeExport } from './export.service';



/** Exports written at once by one process; more wait their turn (each holds a database connection while it streams). */
const CONCURRENT_EXPORTS = 3;

class Slots {
  private running = 0;
  private readonly waiting: Array<() => void> = [];
  constructor(private readonly size: number) {}
  async take(): Promise<() => void> {
    if (this.running >= this.size) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.running += 1;
    return () => {
      this.running -= 1;
      this.waiting.shift()?.();
    };
  }
}


/**
 * `GET /exports/<id>`: the file of an export started with `startExport`, streamed while its rows
 * are read. Only its starter may download it, once, within ten minutes. Progress is written to
 * the run as it goes (`exportRun(id)`); a failure after the first byte aborts the response, so a
 * client never mistakes a cut file for a whole one, and the run says what went wrong.
 * A background export's file is read from the database (any process serves it), by its starter
 * only, as often as they like until it expires.
 */
export function exportRoutes(orm: MikroORM, auth: Authenticator, config: Config, schema: () => GraphQLSchema): Router {
  const router = Router();
  const slots = new Slots(CONCURRENT_EXPORTS);

  router.get('/exports/:id', async (req, res) => {
    const lang = pickLang(req.headers['accept-language']);
    const actor = await auth.authenticate(req.headers).catch(() => undefined);
    if (!actor) return refuse(res, lang, 401, ErrorCode.UNAUTHENTICATED, unauthenticated().bilingual);
    const id = String(req.params.id);
    const notFound = { zh: `导出不存在：${id.slice(0, 40)}`, en: `export not found: ${id.slice(0, 40)}` };
    if (!isUuid(id)) return refuse(res, lang, 404, ErrorCode.NOT_FOUND, notFound);
    const em = orm.em.fork();
    const knex = em.getConnection().getKnex();
    const background = await em.findOne(ExportRun, { id, actorKind: actor.kind, actorId: actor.id, background: true });
    if (background) return sendStoredExport(res, lang, knex as unknown as Knex, background);
    // Claimed in one statement: two downloads of one export cannot both start.
    const claimed = (await knex.raw(
      `update export_run set status = ?, started_at = now()
        where id = ? and actor_kind = ? and actor_id = ? and status = ? and created_at > now() - (? * interval '1 millisecond')
        returning id`,
      [ExportStatus.RUNNING, id, actor.kind, actor.id, ExportStatus.PENDING, EXPORT_LINK_MS],
    )) as { rows: unknown[] };
    const run = await em.findOne(ExportRun, { id, actorKind: actor.kind, actorId: actor.id });
    if (!run) return refuse(res, lang, 404, ErrorCode.NOT_FOUND, notFound);
    if (!claimed.rows.length) {
      const expired = run.status === ExportStatus.PENDING;
      return refuse(res, lang, 410, ErrorCode.BAD_REQUEST, textOf(expired ? 'export.expired' : 'export.used'));
    }
    const finish = (patch: Record<string, unknown>) =>
      knex('export_run').where({ id }).update({ ...patch, finished_at: new Date() }).catch((err: unknown) => console.error('export run update failed', err));
    let lastProgress = 0;
    const progress = async (rows: number) => {
      if (Date.now() - lastProgress < 500) return;
      lastProgress = Date.now();
      await knex('export_run').where({ id }).update({ rows_done: rows });
    };
    // The client went away before the last byte: the run failed, whatever was written.
    let aborted = false;
    res.on('close', () => {
      if (!res.writableFinished) aborted = true;
    });
    const release = await slots.take();
    try {
      const sc = serviceContext(em, actor, config, { lang: run.lang === 'en' ? 'en' : 'zh' });
      res.setHeader('Content-Type', CONTENT_TYPES[run.format]);
      res.setHeader('Content-Disposition', `attachment; filename="export.${run.format}"; filename*=UTF-8''${encodeURIComponent(run.fileName)}`);
      res.setHeader('Cache-Control', 'no-store');
      res.setHeader('X-Export-Rows', String(run.total ?? ''));
      const rows = await writeExport(sc, schema(), run, res, progress);
      // The XLSX writer ends the response itself when it closes the zip; the CSV writer leaves it open.
      if (!aborted && !res.writableEnded) res.end();
      if (!aborted && !res.writableFinished) await Promise.race([once(res, 'finish'), once(res, 'close')]);
      if (aborted) {
        await finish({ status: ExportStatus.FAILED, rows_done: rows, error_zh: textOf('export.disconnected').zh, error_en: textOf('export.disconnected').en });
        return;
      }
      await finish({ status: ExportStatus.DONE, rows_done: rows });
    } catch (err) {
      const known = toAppError(err);
      if (!known) console.error('export failed', err);
      const app = known ?? new AppError(ErrorCode.INTERNAL, { zh: '服务器内部错误', en: 'Internal server error' });
      await finish({ status: ExportStatus.FAILED, error_zh: app.bilingual.zh, error_en: app.bilingual.en });
      if (!res.headersSent) {
        res.removeHeader('Content-Disposition');
        return refuse(res, lang, httpStatusOf(app), app.appCode, app.bilingual);
      }
      res.destroy(err as Error);
    } finally {
      release();
    }
  });
  return router;
}

async function sendStoredExport(res: Response, lang: Lang, knex: Knex, run: ExportRun): Promise<void> {
  if (run.status === ExportStatus.FAILED) return refuse(res, lang, 410, ErrorCode.BAD_REQUEST, { zh: run.errorZh ?? '', en: run.errorEn ?? '' });
  if (run.status !== ExportStatus.DONE) return refuse(res, lang, 409, ErrorCode.CONFLICT, textOf('export.notReady'));
  const file = run.file ? await storedFileInfo(knex, run.file) : undefined;
  if (!file || file.expiresAt <= new Date()) return refuse(res, lang, 410, ErrorCode.BAD_REQUEST, textOf('export.fileExpired'));
  res.setHeader('Content-Type', file.contentType);
  res.setHeader('Content-Length', String(file.size));
  res.setHeader('Content-Disposition', `attachment; filename="export.${run.format}"; filename*=UTF-8''${encodeURIComponent(run.fileName)}`);
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Export-Rows', String(run.rowsDone));
  try {
    await pipeline(openStoredFile(knex, file.id), res);
  } catch (err) {
    // The client went away, or a chunk could not be read: the response is cut, never passed off as whole.
    if (!res.destroyed) res.destroy(err as Error);
  }
}

