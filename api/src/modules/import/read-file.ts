import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';

/** One line of an uploaded file: its row number (the header is row 1) and its cells as text. */
export interface FileRow {
  row: number;
  cells: string[];
}

export type FileFormat = 'csv' | 'xlsx';

/** XLSX files are zip archives (they start with "PK"); anything else is read as CSV. */
export function formatOf(fileName: string, firstBytes?: Buffer): FileFormat {
  if (firstBytes && firstBytes.length >= 2 && firstBytes[0] === 0x50 && firstBytes[1] === 0x4b) return 'xlsx';
  return /\.xlsx$/i.test(fileName) ? 'xlsx' : 'csv';
}

/** A spreadsheet cell as the text a person typed: dates as YYYY-MM-DD, formulas by their result. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return String(value.error);
    return '';
  }
  return String(value);
}

/**
 * The rows of a CSV (UTF-8, with or without a byte-order mark, comma-separated, RFC 4180 quotes)
 * or of the first sheet of an XLSX, streamed from the upload; blank lines are skipped.
 */
export async function* readRows(input: Readable, format: FileFormat): AsyncGenerator<FileRow> {
  if (format === 'csv') {
    const parser = input.pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: true, info: true, trim: false }));
    for await (const record of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const cells = record.record.map((c) => c ?? '');
      if (cells.every((c) => !c.trim())) continue;
      yield { row: record.info.lines, cells };
    }
    return;
  }
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, { worksheets: 'emit', sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', entries: 'ignore' });
  let first = true;
  for await (const sheet of reader) {
    if (!first) break;
    first = false;
    for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
      const values = (row.values as ExcelJS.CellValue[]).slice(1).map(cellText);
      if (values.every((c) => !c.trim())) continue;
      yield { row: row.number, cells: values };
    }
  }
}
