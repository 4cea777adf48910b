import { validate } from 'class-validator';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Bilingual } from '../../common/i18n';
import { today as todayIn } from '../../common/dates';
import { assertMayWrite } from '../../common/access/policy';
import { scopeCondition } from '../../common/access/scope-sql';
import type { ServiceContext } from '../../common/service-context';
import { enumLabels, render, textOf } from '../../common/labels/catalogue';
import { flattenValidation } from '../../graphql/format-error';
import { isValidDay } from '../query/definition';
import { arrayParam, col, ident, joinSql, runSql, sql, type Fragment } from '../query/sql';
import { ImportStatus, type ImportRowError } from './import-batch.entity';
import type { ImportColumn, ImportSpec, Resolved, RowContext } from './import-spec';
import { insertRecords } from './insert';
import { runAs, withReason } from '../audit/audit-context';
import { SYSTEM_ACTOR } from '../auth/actor';
import type { FileRow } from './read-file';

/** At most this many bad rows are kept and listed; all are counted. */
export const MAX_LISTED_ERRORS = 10_000;
/** Rows in one file. */
export const MAX_IMPORT_ROWS = 200_000;

interface ParsedRow {
  row: number;
  values: Record<string, unknown>;
  /** Texts of reference columns, resolved after the whole file is read. */
  refs: Record<string, string | string[]>;
  resolved: Record<string, Resolved>;
  bad: boolean;
}

export interface ImportResult {
  rowsTotal: number;
  rowsImported: number;
  errorCount: number;
  errors: ImportRowError[];
  /** The records a commit would write (dry run) or wrote. */
  rowsValid: number;
}

/** What a finished run writes on its batch row (the upload route and the import job alike). */
export function finishedBatch(result: ImportResult, commit: boolean): { status: ImportStatus; row: Record<string, unknown> } {
  const status = result.errorCount ? ImportStatus.INVALID : commit ? ImportStatus.IMPORTED : ImportStatus.VALID;
  return {
    status,
    row: {
      status,
      rows_total: result.rowsTotal,
      rows_done: result.rowsTotal,
      rows_imported: result.rowsImported,
      error_count: result.errorCount,
      errors: JSON.stringify(result.errors),
      finished_at: new Date(),
    },
  };
}

export interface ImportProgress {
  (phase: 'validating' | 'writing', rowsDone: number): void | Promise<void>;
}

const text = (key: string, params: Record<string, string | number> = {}): Bilingual => {
  const t = textOf(key);
  return { zh: render(t, params, 'zh'), en: render(t, params, 'en') };
};

const normalise = (s: string) => s.trim().replace(/[*＊]$/, '').replace(/（必填）$|\(required\)$/i, '').trim().toLowerCase();

class Problems {
  readonly listed: ImportRowError[] = [];
  count = 0;
  /** Row and column pairs already reported: one reason per cell is enough. */
  private readonly cells = new Set<string>();

  has(row: number, column: string): boolean {
    return this.cells.has(`${row}|${column}`);
  }

  add(row: number, column: ImportColumn | null, message: Bilingual, value?: unknown): void {
    if (column) {
      if (this.has(row, column.key)) return;
      this.cells.add(`${row}|${column.key}`);
    }
    this.count += 1;
    if (this.listed.length >= MAX_LISTED_ERRORS) return;
    const label = column?.label;
    this.listed.push({
      row,
      column: column?.key ?? null,
      zh: label ? `${label.zh}：${message.zh.trim()}` : message.zh.trim(),
      en: label ? `${label.en}: ${message.en.trim()}` : message.en.trim(),
      value: value === undefined || value === null ? null : String(value).slice(0, 200),
    });
  }
}

/** The header row: which column of the file is which field (zh or en names, or the field's key). */
function mapHeader(spec: ImportSpec, header: FileRow, problems: Problems): Map<number, ImportColumn> | undefined {
  const byName = new Map<string, ImportColumn>();
  for (const c of spec.columns) for (const name of [c.label.zh, c.label.en, c.key]) byName.set(normalise(name), c);
  const mapping = new Map<number, ImportColumn>();
  const seen = new Set<string>();
  header.cells.forEach((cell, i) => {
    if (!cell.trim()) return;
    const column = byName.get(normalise(cell));
    if (!column) return problems.add(header.row, null, text('import.unknownColumn', { name: cell.trim() }), cell);
    if (seen.has(column.key)) return problems.add(header.row, column, text('import.repeatedColumn'), cell);
    seen.add(column.key);
    mapping.set(i, column);
  });
  for (const c of spec.columns) if (c.required && !seen.has(c.key)) problems.add(header.row, c, text('import.missingColumn'));
  return problems.count ? undefined : mapping;
}

const TRUE = ['是', 'y', 'yes', 'true', '1', '√', '对'];
const FALSE = ['否', 'n', 'no', 'false', '0', '×', '不'];

/** A cell's text as the column's type, or a reason it is not one. */
function parseCell(column: ImportColumn, raw: string): { value: unknown } | { error: Bilingual } {
  const v = raw.trim();
  switch (column.type) {
    case 'text':
      return { value: v };
    case 'integer':
      return /^-?\d{1,9}$/.test(v) ? { value: Number(v) } : { error: text('import.notWhole') };
    case 'money': {
      const plain = v.replace(/[,，¥￥\s]/g, '');
      return /^-?\d{1,10}(\.\d{1,2})?$/.test(plain) ? { value: Number(plain) } : { error: text('import.notAmount') };
    }
    case 'date': {
      const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(v);
      const day = m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : '';
      return m && isValidDay(day) ? { value: day } : { error: text('import.notDate') };
    }
    case 'boolean': {
      const lower = v.toLowerCase();
      if (TRUE.includes(lower)) return { value: true };
      if (FALSE.includes(lower)) return { value: false };
      return { error: text('import.notBoolean') };
    }
    case 'enum': {
      const labels = enumLabels(column.enumName!);
      const lower = v.toLowerCase();
      for (const [name, value] of Object.entries(column.enumObject!)) {
        const label = labels[name];
        if ([name.toLowerCase(), String(value).toLowerCase(), label?.zh.toLowerCase(), label?.en.toLowerCase()].includes(lower)) return { value };
      }
      const allowed = Object.keys(column.enumObject!)
        .map((name) => labels[name]?.zh ?? name)
        .join('、');
      return { error: text('import.notChoice', { allowed }) };
    }
    case 'list':
    case 'refs':
      return { value: v.split(/[;；,，、\n]/).map((s) => s.trim()).filter(Boolean) };
    case 'ref':
      return { value: v };
  }
}

interface RefRow {
  id: string;
  within: string;
  by: string[];
  extra: Record<string, unknown>;
}

/** Resolves the reference texts of one column: by each `by` property in turn; a name shared by several records is ambiguous. */
async function resolveColumn(em: EntityManager, sc: ServiceContext, column: ImportColumn, rows: ParsedRow[], problems: Problems): Promise<void> {
  const ref = column.ref!;
  const meta = em.getMetadata().get((ref.entity() as { name: string }).name);
  const columnOf = (property: string) => {
    const prop = meta.properties[property as never] as { fieldNames: string[] } | undefined;
    if (!prop) throw new Error(`${meta.className}.${property} is not a property`);
    return prop.fieldNames[0];
  };
  const withinOf = (r: ParsedRow) => (ref.within ? String(r.values[ref.within.column] ?? '') : '');
  const texts = new Set<string>();
  for (const r of rows) {
    const v = r.refs[column.key];
    if (v === undefined) continue;
    for (const t of Array.isArray(v) ? v : [v]) texts.add(t);
  }
  if (!texts.size) return;
  const found: RefRow[] = [];
  const scope = scopeCondition(em, sc.actor, meta.className, 'r');
  const all = [...texts];
  for (let i = 0; i < all.length; i += 10_000) {
    const chunk = all.slice(i, i + 10_000);
    const matches = joinSql(
      ref.by.map((p) => sql`${col('r', columnOf(p))}::text = any(${arrayParam(chunk)}::text[])`),
      ' or ',
    );
    const selects = [
      sql`${col('r', 'id')} as "id"`,
      ...ref.by.map((p, j) => sql`${col('r', columnOf(p))}::text as ${ident(`b${j}`)}`),
      ...(ref.extra ?? []).map((p, j) => sql`${col('r', columnOf(p))} as ${ident(`x${j}`)}`),
      ref.within ? sql`${col('r', columnOf(ref.within.property))}::text as "w"` : sql`'' as "w"`,
    ];
    const where: Fragment[] = [sql`(${matches})`];
    if (scope) where.push(scope);
    const statement = sql`select ${joinSql(selects, ', ')} from ${ident(meta.tableName)} as "r" where ${joinSql(where, ' and ')}`;
    const rowsFound = await runSql<Record<string, unknown>>(em, statement);
    for (const f of rowsFound) {
      found.push({
        id: String(f.id),
        within: String(f.w ?? ''),
        by: ref.by.map((_, j) => (f[`b${j}`] === null ? '' : String(f[`b${j}`]))),
        extra: Object.fromEntries((ref.extra ?? []).map((p, j) => [p, f[`x${j}`]])),
      });
    }
  }
  // Per property: text (within) -> the records it names.
  const indexes = ref.by.map((_, j) => {
    const index = new Map<string, RefRow[]>();
    for (const f of found) {
      const key = `${f.within}|${f.by[j]}`;
      index.set(key, [...(index.get(key) ?? []), f]);
    }
    return index;
  });
  const lookup = (within: string, t: string): RefRow | 'ambiguous' | undefined => {
    for (const index of indexes) {
      const hits = index.get(`${within}|${t}`);
      if (hits?.length === 1) return hits[0];
      if (hits && hits.length > 1) return 'ambiguous';
    }
    return undefined;
  };
  for (const r of rows) {
    const v = r.refs[column.key];
    if (v === undefined) continue;
    const within = withinOf(r);
    const one = (t: string): string | undefined => {
      const hit = lookup(within, t);
      if (hit === 'ambiguous') problems.add(r.row, column, text('import.ambiguous', { label: ref.label.zh, value: t }), t);
      else if (!hit) problems.add(r.row, column, text('import.unknownRef', { label: ref.label.zh, labelEn: ref.label.en, value: t }), t);
      else {
        r.resolved[column.key] = { id: hit.id, extra: hit.extra };
        return hit.id;
      }
      r.bad = true;
      return undefined;
    };
    if (Array.isArray(v)) {
      const ids = v.map(one);
      if (!r.bad) r.values[column.key] = ids;
    } else {
      const id = one(v);
      if (id) r.values[column.key] = id;
    }
  }
}

/** Keys that must be new: repeated within the file, or already in the database. */
async function checkKeys(em: EntityManager, spec: ImportSpec, rows: ParsedRow[], problems: Problems): Promise<void> {
  const meta = em.getMetadata().get((spec.target as { name: string }).name);
  const typeOf = (column: string) => {
    const prop = Object.values(meta.properties).find((p) => (p as { fieldNames?: string[] }).fieldNames?.[0] === column) as { columnTypes?: string[] } | undefined;
    return prop?.columnTypes?.[0] === 'uuid' ? 'uuid' : 'text';
  };
  for (const key of spec.keys ?? []) {
    // The key as the file wrote it (a reference by its code or name, not its id).
    const shown = (r: ParsedRow) => key.columns.map((c) => r.refs[c] ?? r.values[c]).join(' / ');
    const keyOf = (r: ParsedRow) => {
      const parts = key.columns.map((c) => r.values[c]);
      return parts.some((p) => p === undefined || p === null || p === '') ? undefined : JSON.stringify(parts.map(String));
    };
    const first = new Map<string, number>();
    const candidates: ParsedRow[] = [];
    for (const r of rows) {
      if (r.bad) continue;
      const k = keyOf(r);
      if (!k) continue;
      const earlier = first.get(k);
      if (earlier !== undefined) {
        problems.add(r.row, spec.columns.find((c) => c.key === key.columns[key.columns.length - 1]) ?? null, text('import.duplicateInFile', { label: key.label.zh, labelEn: key.label.en, row: earlier }), shown(r));
        r.bad = true;
      } else {
        first.set(k, r.row);
        candidates.push(r);
      }
    }
    const existing = new Set<string>();
    for (let i = 0; i < candidates.length; i += 10_000) {
      const chunk = candidates.slice(i, i + 10_000);
      const arrays = key.tableColumns.map((c, j) => sql`${arrayParam(chunk.map((r) => String(r.values[key.columns[j]])))}::${{ sql: typeOf(c), bindings: [] }}[]`);
      const aliases = key.tableColumns.map((_, j) => `k${j}`);
      const on = joinSql(key.tableColumns.map((c, j) => sql`${col('t', c)} = ${col('k', aliases[j])}`), ' and ');
      const statement = sql`select ${joinSql(key.tableColumns.map((c, j) => sql`${col('t', c)}::text as ${ident(aliases[j])}`), ', ')} from ${ident(key.table)} as "t" join unnest(${joinSql(arrays, ', ')}) as "k"(${{ sql: aliases.map((a) => `"${a}"`).join(', '), bindings: [] }}) on ${on}`;
      for (const f of await runSql<Record<string, unknown>>(em, statement)) existing.add(JSON.stringify(aliases.map((a) => String(f[a]))));
    }
    for (const r of candidates) {
      const k = keyOf(r)!;
      if (existing.has(k)) {
        const reason = key.exists ?? text('import.exists', { label: key.label.zh, labelEn: key.label.en });
        problems.add(r.row, spec.columns.find((c) => c.key === key.columns[key.columns.length - 1]) ?? null, reason, shown(r));
        r.bad = true;
      }
    }
  }
}

/** A cell's value as the file wrote it (a reference by its code or name, not the id it resolved to). */
function shownValue(r: ParsedRow, column: ImportColumn): unknown {
  return r.refs[column.key] ?? r.values[column.key];
}

/** The column a validation error of an input field belongs to (`regionId` → region). */
function columnOfField(spec: ImportSpec, field: string): ImportColumn | null {
  const base = field.split('.')[0];
  return spec.columns.find((c) => c.key === base || `${c.key}Id` === base || `${c.key.replace(/s$/, '')}Ids` === base) ?? null;
}

/**
 * Reads, checks and (when committing and every row is good) writes one file: every bad row is
 * named with its row, column and reason; a single bad row means nothing is written, and the
 * writing itself is one transaction. Each record is audited with the batch as its reason.
 */
export async function runImport(
  sc: ServiceContext,
  spec: ImportSpec,
  file: AsyncIterable<FileRow>,
  opts: { commit: boolean; batchId: string; fileName: string; progress?: ImportProgress },
): Promise<ImportResult> {
  const problems = new Problems();
  const rows: ParsedRow[] = [];
  let mapping: Map<number, ImportColumn> | undefined;
  let headerSeen = false;
  for await (const line of file) {
    if (!headerSeen) {
      headerSeen = true;
      mapping = mapHeader(spec, line, problems);
      if (!mapping) break;
      // What the caller may not set (a customer's service level is the office's) is refused for the whole file.
      assertMayWrite(spec.target, sc.actor, [...mapping.values()].map((c) => (c.type === 'ref' ? `${c.key}Id` : c.key)));
      continue;
    }
    if (rows.length >= MAX_IMPORT_ROWS) {
      problems.add(line.row, null, text('import.tooManyRows', { limit: MAX_IMPORT_ROWS }));
      break;
    }
    const parsed: ParsedRow = { row: line.row, values: {}, refs: {}, resolved: {}, bad: false };
    for (const [i, column] of mapping!) {
      const raw = line.cells[i] ?? '';
      if (!raw.trim()) continue;
      const result = parseCell(column, raw);
      if ('error' in result) {
        problems.add(line.row, column, result.error, raw);
        parsed.bad = true;
        continue;
      }
      if (column.type === 'ref' || column.type === 'refs') parsed.refs[column.key] = result.value as string | string[];
      else parsed.values[column.key] = result.value;
    }
    for (const c of spec.columns) {
      if (c.required && parsed.values[c.key] === undefined && parsed.refs[c.key] === undefined) {
        problems.add(line.row, c, text('import.required'));
        parsed.bad = true;
      }
    }
    rows.push(parsed);
    if (rows.length % 5000 === 0) await opts.progress?.('validating', rows.length);
  }
  if (!headerSeen) problems.add(1, null, text('import.empty'));

  if (mapping) {
    for (const column of spec.columns) if (column.ref) await resolveColumn(sc.em, sc, column, rows, problems);
    const today = todayIn(sc.config.timeZone, sc.now());
    const state = new Map<string, unknown>();
    const contextOf = (r: ParsedRow): RowContext => ({ today, ref: (c) => r.resolved[c], state });
    // Every row is checked, bad or not, so that each problem is listed (once per cell).
    const blank = { zh: '', en: '' };
    for (const r of rows) {
      const input = spec.input(r.values);
      const instance = Object.assign(Object.create((spec.inputClass as { prototype: object }).prototype) as object, input);
      const invalid = await validate(instance, { skipMissingProperties: true, forbidUnknownValues: false });
      for (const e of flattenValidation(invalid, '', () => blank)) {
        const column = columnOfField(spec, e.field);
        problems.add(r.row, column, e.message, column ? shownValue(r, column) : undefined);
        r.bad = true;
      }
      for (const rule of spec.check?.(input as never, contextOf(r)) ?? []) {
        const column = spec.columns.find((c) => c.key === rule.column) ?? null;
        problems.add(r.row, column, rule.message, column ? shownValue(r, column) : undefined);
        r.bad = true;
      }
    }
    await checkKeys(sc.em, spec, rows, problems);
    await opts.progress?.('validating', rows.length);
    const good = rows.filter((r) => !r.bad);
    if (!problems.count && opts.commit) {
      await spec.prepare?.(sc.em, state);
      const records = good.map((r) => spec.record(spec.input(r.values) as never, contextOf(r)));
      const reason = `import ${opts.batchId} (${opts.fileName})`;
      const progress = (n: number) => opts.progress?.('writing', n);
      if (spec.write) {
        const write = spec.write.bind(spec);
        // The unit of work audits as the caller with the batch as reason: flushed inside that scope.
        await runAs(sc.actor ?? SYSTEM_ACTOR, () =>
          withReason(reason, async () => {
            await write(sc, records, { batchId: opts.batchId, fileName: opts.fileName, progress });
            await sc.em.flush();
          }),
        );
      } else {
        await insertRecords(sc.em, spec.target, records, { actor: sc.actor, reason, progress });
      }
      return { rowsTotal: rows.length, rowsImported: records.length, errorCount: 0, errors: [], rowsValid: records.length };
    }
    return { rowsTotal: rows.length, rowsImported: 0, errorCount: problems.count, errors: sortErrors(problems.listed), rowsValid: problems.count ? good.length : rows.length };
  }
  return { rowsTotal: rows.length, rowsImported: 0, errorCount: problems.count, errors: sortErrors(problems.listed), rowsValid: 0 };
}

function sortErrors(errors: ImportRowError[]): ImportRowError[] {
  return [...errors].sort((a, b) => a.row - b.row);
}
