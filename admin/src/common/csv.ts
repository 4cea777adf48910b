import { downloadCSV } from 'react-admin';

export interface CsvColumn<T> {
  header: string;
  value: (row: T) => string | number | null | undefined;
}

const cell = (value: string | number | null | undefined) => {
  const text = value == null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * Downloads rows as CSV with headers in the user's language. The byte-order mark makes Excel read
 * the file as UTF-8 (without it Chinese text comes out garbled).
 */
export function downloadRows<T>(rows: T[], columns: CsvColumn<T>[], fileName: string): void {
  const lines = [columns.map((c) => cell(c.header)), ...rows.map((row) => columns.map((c) => cell(c.value(row))))];
  downloadCSV(`\ufeff${lines.map((line) => line.join(',')).join('\r\n')}`, fileName);
}
