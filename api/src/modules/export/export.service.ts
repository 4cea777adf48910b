import type { Writable } from 'node:stream';
import { coerceInputValue, isInputObjectType, type GraphQLSchema } from 'graphql';
import { raw as ormRaw } from '@mikro-orm/postgresql';
import { validate } from 'class-validator';
import type { Lang } from '../../common/i18n';
import { formatInZone } from '../../common/dates';
import { badInput, forbidden, type FieldError } from '../../common/errors';
import { render, textOf } from '../../common/labels/catalogue';
import { mayRead } from '../../common/access/policy';
import { can } from '../auth/actor';
import type { ServiceContext } from '../../common/service-context';
import type { Context } from '../../graphql/context';
import { findVisible, listConfig, whereOf } from '../../graphql/crud';
import { flattenValidation } from '../../graphql/format-error';
import type { SortOrder } from '../../graphql/list';
import { fieldCatalogue } from '../query/catalogue';
import { compileQuery, type CompiledQuery } from '../query/compile';
import { checkDefinition, LIMITS, type QueryDefinition } from '../query/definition';
import { execute, rowValues } from '../query/run';
import { SavedQuery } from '../query/saved-query.entity';
import type { Fragment } from '../query/sql';
import { cursorRows } from './cursor';
import { ExportDelivery, ExportFormat, ExportRun, ExportStatus } from './export-run.entity';
import { FILE_QUEUES, type JobQueue } from '../jobs/queue';
import { csvWriter, xlsxWriter, type TableWriter } from './writers';
import { isReportName, reportTable, type ReportName } from '../report/report-export';

/** At most this many rows in one file (an XLSX sheet holds 1,048,576). */
export const MAX_EXPORT_ROWS = LIMITS.rows;
/** How long a started export waits for its download. */
export const EXPORT_LINK_MS = 10 * 60_000;

export interface ExportRequest {
  format: ExportFormat;
  query?: QueryDefinition;
  savedQueryId?: string;
  /** A list by its query name, with its own filter input and sorting. */
  list?: string;
  filter?: Record<string, unknown> | null;
  sortField?: string | null;
  sortOrder?: SortOrder | null;
  /** A report by its query name, with that query's filter. */
  report?: ReportName;
  reportParams?: Record<string, unknown> | null;
  delivery?: ExportDelivery;
}

const sourceError = (key: string, field = 'input'): FieldError => ({ field, message: textOf(key) });

/**
 * The list's filter, checked as the list itself checks it (coerced by its GraphQL input type,
 * validated by its class) and turned into the list's own condition, scope included, on `t0`.
 */
async function listCondition(sc: ServiceContext, schema: GraphQLSchema, list: string, filter: Record<string, unknown> | null | undefined): Promise<Fragment> {
  const cfg = listConfig(list)!;
  const type = schema.getType(cfg.filterInput.name);
  if (!isInputObjectType(type)) throw new Error(`${cfg.filterInput.name} is not an input type`);
  const errors: FieldError[] = [];
  const coerced = coerceInputValue(filter ?? {}, type, (path, invalid, error) => {
    const field = ['filter', ...path].join('.');
    errors.push({ field, message: { zh: `${field}：${error.message}`, en: `${field}: ${error.message}` } });
    void invalid;
  }) as Record<string, unknown>;
  if (errors.length) throw badInput(errors);
  const instance = Object.assign(Object.create(cfg.filterInput.prototype as object) as object, coerced);
  const invalid = await validate(instance, { skipMissingProperties: true, forbidUnknownValues: false });
  if (invalid.length) throw badInput(flattenValidation(invalid, 'filter'));
  const where = whereOf(cfg, sc as Context, instance as never);
  const built = sc.em.createQueryBuilder(cfg.entity, 'l0').select(ormRaw('"l0"."id"')).where(where as never).getKnexQuery().toSQL();
  return { sql: `"t0"."id" in (${built.sql})`, bindings: [...built.bindings] };
}

/** The query an export runs, for its caller, with a list's filter added when it exports a list. */
export async function prepareExport(sc: ServiceContext, schema: GraphQLSchema, run: Pick<ExportRun, 'definition' | 'source' | 'root' | 'listFilter'>): Promise<CompiledQuery> {
  const catalogue = fieldCatalogue(sc.em.getMetadata());
  const checked = checkDefinition(catalogue, sc.actor, run.definition);
  if (run.source === 'list') checked.prefilter = await listCondition(sc, schema, run.root, run.listFilter);
  return compileQuery({ em: sc.em, actor: sc.actor, timeZone: sc.config.timeZone, now: sc.now() }, checked);
}

function fileName(title: string, format: ExportFormat, sc: ServiceContext): string {
  const stamp = formatInZone(sc.now(), sc.config.timeZone).replace(/[-: ]/g, '').replace(/^(\d{8})(\d{4})$/, '$1-$2');
  return `${title.replace(/[\\/:*?"<>|\r\n]/g, ' ').slice(0, 80)}-${stamp}.${format}`;
}

/**
 * Starts an export: checks what is asked for the caller (as the query or list would), counts the
 * rows, and records the run. A streamed file is written when `/exports/<id>` is downloaded; a
 * background one (asked, or AUTO over `EXPORT_JOB_ROWS` rows) by a job queued here.
 */
export async function startExport(sc: ServiceContext, schema: GraphQLSchema, req: ExportRequest, queue?: JobQueue): Promise<ExportRun> {
  const sources = [req.query, req.savedQueryId, req.list, req.report].filter((s) => s !== undefined && s !== null);
  if (sources.length !== 1) throw badInput([sourceError('export.oneSource')]);
  const run = req.report ? await startReportExport(sc, schema, req.report, req.reportParams ?? {}, req.format) : await startQueryExport(sc, schema, req);
  const delivery = req.delivery ?? ExportDelivery.STREAM;
  if (delivery === ExportDelivery.BACKGROUND || (delivery === ExportDelivery.AUTO && (run.total ?? 0) > sc.config.exportJobRows)) {
    if (!queue) throw new Error('background exports need the job queue');
    run.background = true;
    run.status = ExportStatus.QUEUED;
    await sc.em.flush();
    // In the mutation's transaction: the job exists exactly when the run does.
    await queue.send(sc.em, FILE_QUEUES.export, { runId: run.id });
  }
  return run;
}

async function startQueryExport(sc: ServiceContext, schema: GraphQLSchema, req: ExportRequest): Promise<ExportRun> {
  if (!req.list && !can(sc.actor, 'query:read')) throw forbidden('query:read');
  const catalogue = fieldCatalogue(sc.em.getMetadata());
  const lang: Lang = sc.lang;
  let source: string;
  let definition: QueryDefinition;
  let title: string;
  let root: string;
  if (req.query) {
    source = 'query';
    definition = req.query;
    root = String(definition.root);
    title = catalogue.root(root)?.label.plural[lang] ?? root;
  } else if (req.savedQueryId) {
    const saved = await findVisible(SavedQuery, sc as Context, req.savedQueryId);
    source = 'savedQuery';
    definition = saved.definition as unknown as QueryDefinition;
    root = saved.root;
    title = saved.name;
  } else {
    const list = String(req.list);
    const cfg = listConfig(list);
    const type = catalogue.root(list);
    if (!cfg || !type || (cfg.entity as unknown) !== type.entity) throw badInput([sourceError('export.notList', 'list')]);
    if (!mayRead(sc.actor, cfg.entity)) throw forbidden(`${list}:read`);
    source = 'list';
    root = list;
    title = type.label.plural[lang];
    const sortField = req.sortField ?? cfg.sortFields[0];
    const direction = req.sortOrder ?? cfg.defaultSortOrder ?? 'ASC';
    const sortable = type.fields.has(sortField) && catalogue.path(type, sortField);
    definition = { root: list, columns: [...type.defaultColumns], sort: sortable ? [{ key: sortField, direction }] : undefined };
  }
  const run = sc.em.create(ExportRun, {
    actorKind: sc.actor?.kind ?? 'system',
    actorId: sc.actor?.id ?? 'system',
    actorLabel: sc.actor?.label ?? 'system',
    format: req.format,
    source,
    root,
    title,
    fileName: fileName(title, req.format, sc),
    definition: JSON.parse(JSON.stringify(definition)) as Record<string, unknown>,
    listFilter: req.list ? (req.filter ?? {}) : null,
    lang,
  } as never) as ExportRun;
  const compiled = await prepareExport(sc, schema, run);
  const limit = compiled.checked.limit;
  const [{ n }] = await execute<{ n: number }>(sc, compiled.count(MAX_EXPORT_ROWS));
  const total = limit !== undefined ? Math.min(n, limit) : n;
  if (total > MAX_EXPORT_ROWS) {
    throw badInput([{ field: 'input', message: { zh: render(textOf('export.tooMany'), { limit: MAX_EXPORT_ROWS }, 'zh'), en: render(textOf('export.tooMany'), { limit: MAX_EXPORT_ROWS }, 'en') } }]);
  }
  run.total = total;
  run.totalExact = true;
  sc.em.persist(run);
  await sc.em.flush();
  return run;
}

/**
 * A report's export: the report is run now as the caller (its own permission, scope and checks),
 * so a refusal comes before any download; the file runs it again, in the language asked now.
 */
async function startReportExport(sc: ServiceContext, schema: GraphQLSchema, report: ReportName, params: Record<string, unknown>, format: ExportFormat): Promise<ExportRun> {
  const table = await reportTable(sc, schema, report, params, sc.lang);
  const run = sc.em.create(ExportRun, {
    actorKind: sc.actor?.kind ?? 'system',
    actorId: sc.actor?.id ?? 'system',
    actorLabel: sc.actor?.label ?? 'system',
    format,
    source: 'report',
    root: report,
    title: table.title,
    fileName: fileName(`${table.title}-${Object.values(params).filter((v) => typeof v === 'string' && /^\d{4}-\d{2}$/.test(v)).join('_')}`, format, sc),
    definition: JSON.parse(JSON.stringify(params)) as Record<string, unknown>,
    listFilter: null,
    lang: sc.lang,
    total: table.rows.length,
    totalExact: true,
  } as never) as ExportRun;
  sc.em.persist(run);
  await sc.em.flush();
  return run;
}

export interface ExportProgress {
  (rowsDone: number): void | Promise<void>;
}

/**
 * Writes the file of a started export to `out` while its rows are read from a cursor, in the
 * language the export was started in; masking and scope are the caller's. Returns the rows written.
 */
export async function writeExport(sc: ServiceContext, schema: GraphQLSchema, run: ExportRun, out: Writable, progress?: ExportProgress, batch?: number): Promise<number> {
  if (run.source === 'report' && isReportName(run.root)) return writeReport(sc, schema, run, out, progress);
  const compiled = await prepareExport(sc, schema, run);
  const lang = run.lang === 'en' ? 'en' : 'zh';
  const limit = Math.min(compiled.checked.limit ?? MAX_EXPORT_ROWS, MAX_EXPORT_ROWS);
  const writer: TableWriter =
    run.format === ExportFormat.XLSX
      ? xlsxWriter(out, compiled.outputs, lang, sc.config.timeZone, run.title)
      : csvWriter(out, compiled.outputs, lang, sc.config.timeZone);
  let rows = 0;
  for await (const rowsRead of cursorRows(sc.em, compiled.select(0, limit), batch)) {
    if (out.destroyed) break;
    for (const row of rowsRead) writer.row(rowValues(compiled.outputs, row, compiled.checked.grouped));
    rows += rowsRead.length;
    await writer.drained();
    await progress?.(rows);
  }
  if (!out.destroyed) await writer.end();
  return rows;
}

/** A report is small (aggregated): computed whole, then written row by row. */
async function writeReport(sc: ServiceContext, schema: GraphQLSchema, run: ExportRun, out: Writable, progress?: ExportProgress): Promise<number> {
  const lang = run.lang === 'en' ? 'en' : 'zh';
  const table = await reportTable(sc, schema, run.root as ReportName, run.definition, lang);
  const writer: TableWriter =
    run.format === ExportFormat.XLSX ? xlsxWriter(out, table.columns, lang, sc.config.timeZone, run.title) : csvWriter(out, table.columns, lang, sc.config.timeZone);
  for (const row of table.rows) {
    if (out.destroyed) break;
    writer.row(row);
    await writer.drained();
  }
  await progress?.(table.rows.length);
  if (!out.destroyed) await writer.end();
  return table.rows.length;
}

export { ExportStatus };
