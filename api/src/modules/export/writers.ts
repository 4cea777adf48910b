import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import type { Lang } from '../../common/i18n';
import { enumLabel, textOf } from '../../common/labels/catalogue';
import type { OutputColumn } from '../query/compile';

/** Writes a result as a file: a header of labels, then rows of values as people read them. */
export interface TableWriter {
  row(values: unknown[]): void;
  /** Waits while the reader of the file is behind (so the process holds no more than a batch). */
  drained(): Promise<void>;
  end(): Promise<void>;
}

const ZONES = new Map<string, Intl.DateTimeFormat>();
const OFFSETS = new Map<string, number>();
const pad = (n: number) => String(n).padStart(2, '0');

/** How far the zone's clock is ahead of UTC at an instant, asked once per zone and hour (formatting is slow, rows are many). */
function offsetAt(ms: number, timeZone: string): number {
  const key = `${timeZone}|${Math.floor(ms / 3_600_000)}`;
  let offset = OFFSETS.get(key);
  if (offset === undefined) {
    let format = ZONES.get(timeZone);
    if (!format) {
      format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
      ZONES.set(timeZone, format);
    }
    const p: Record<string, string> = {};
    for (const part of format.formatToParts(new Date(ms))) p[part.type] = part.value;
    offset = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second)) - Math.floor(ms / 1000) * 1000;
    if (OFFSETS.size > 100_000) OFFSETS.clear();
    OFFSETS.set(key, offset);
  }
  return offset;
}

/** The instant as the business time zone's wall clock, in a Date's UTC fields. */
function wallClock(iso: string, timeZone: string): Date {
  const ms = Date.parse(iso);
  return new Date(ms + offsetAt(ms, timeZone));
}

/** '2026-12-02 14:30' in the business time zone. */
function inZone(iso: string, timeZone: string): string {
  const d = wallClock(iso, timeZone);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}


/** Text that a spreadsheet would run as a formula is written as text (CSV injection). */
const FORMULA = /^[=+\-@\t\r]/;

type Cell = string | number | Date | null;

/** How one column's values read in a file, in one language. */
function cellOf(col: OutputColumn, lang: Lang, timeZone: string, kind: 'csv' | 'xlsx'): (v: unknown) => Cell {
  const yes = textOf('export.yes')[lang];
  const no = textOf('export.no')[lang];
  switch (col.type) {
    case 'enum':
      return (v) => (v === null || v === undefined ? null : enumLabel(col.enumName!, String(v))[lang]);
    case 'boolean':
      return (v) => (v === null || v === undefined ? null : v ? yes : no);
    case 'datetime':
      return (v) => (v === null || v === undefined ? null : kind === 'xlsx' ? wallClock(String(v), timeZone) : inZone(String(v), timeZone));
    case 'date':
      return (v) => (v === null || v === undefined ? null : kind === 'xlsx' ? new Date(`${String(v)}T00:00:00Z`) : String(v));
    case 'integer':
    case 'number':
    case 'money':
      return (v) => (v === null || v === undefined ? null : Number(v));
    default:
      return (v) => {
        if (v === null || v === undefined) return null;
        const text = String(v);
        return kind === 'csv' && FORMULA.test(text) ? `'${text}` : text;
      };
  }
}

async function drain(out: Writable): Promise<void> {
  if (out.writableNeedDrain && !out.destroyed) await Promise.race([once(out, 'drain'), once(out, 'close')]);
}

/** UTF-8 with a byte-order mark (Excel then reads Chinese correctly), CRLF line ends, RFC 4180 quoting. */
export function csvWriter(out: Writable, columns: OutputColumn[], lang: Lang, timeZone: string): TableWriter {
  const cells = columns.map((c) => cellOf(c, lang, timeZone, 'csv'));
  const csv = stringify({ bom: true, record_delimiter: 'windows' });
  csv.pipe(out, { end: false });
  csv.write(columns.map((c) => c.label[lang]));
  return {
    row(values) {
      csv.write(values.map((v, i) => cells[i](v) ?? ''));
    },
    async drained() {
      if (csv.writableNeedDrain) await once(csv, 'drain');
      await drain(out);
    },
    async end() {
      csv.end();
      await once(csv, 'end');
    },
  };
}

const NUMBER_FORMATS: Partial<Record<OutputColumn['type'], string>> = {
  money: '#,##0.00',
  integer: '0',
  number: '0.####',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm',
};

/** exceljs' streaming writer: rows are committed as they come, the file is zipped into the response as it grows. */
export function xlsxWriter(out: Writable, columns: OutputColumn[], lang: Lang, timeZone: string, title: string): TableWriter {
  const cells = columns.map((c) => cellOf(c, lang, timeZone, 'xlsx'));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet1', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c, i) => ({
    key: `c${i}`,
    header: c.label[lang],
    width: Math.min(40, Math.max(10, c.label[lang].length * 2 + 2, c.type === 'datetime' ? 17 : 0)),
    style: NUMBER_FORMATS[c.type] ? { numFmt: NUMBER_FORMATS[c.type] } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  return {
    row(values) {
      sheet.addRow(values.map((v, i) => cells[i](v))).commit();
    },
    async drained() {
      await drain(out);
    },
    async end() {
      sheet.commit();
      await workbook.commit();
    },
  };
}
