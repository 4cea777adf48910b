import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import type { Lang } from '../../common/i18n';
import { enumLabels, render, textOf } from '../../common/labels/catalogue';
import type { ImportColumn, ImportSpec } from './import-spec';

const other = (lang: Lang): Lang => (lang === 'zh' ? 'en' : 'zh');

/** What to write in a column, in one language (the template's notes). */
export function columnHint(c: ImportColumn, lang: Lang): string {
  const kind = textOf(`import.kind.${c.type}`);
  let what: string;
  if (c.type === 'enum') {
    const labels = enumLabels(c.enumName!);
    what = render(kind, { values: Object.keys(c.enumObject!).map((k) => labels[k]?.[lang] ?? k) }, lang);
  } else if (c.type === 'ref' || c.type === 'refs') {
    what = render(kind, { label: c.ref!.label.zh, labelEn: c.ref!.label.en }, lang);
  } else {
    what = kind[lang];
  }
  return c.hint ? `${what}（${c.hint[lang]}）`.replace(/（(.*)）$/, lang === 'zh' ? '（$1）' : ' ($1)') : what;
}

/** The header a template shows: the column's name, with a star when it must be filled in. */
const header = (c: ImportColumn, lang: Lang) => `${c.label[lang]}${c.required ? '*' : ''}`;

/** A CSV template: the header row in the caller's language (either language is accepted back). */
export async function writeCsvTemplate(spec: ImportSpec, lang: Lang, out: Writable): Promise<void> {
  const csv = stringify({ bom: true, record_delimiter: 'windows' });
  csv.pipe(out);
  csv.write(spec.columns.map((c) => header(c, lang)));
  csv.end();
  await new Promise<void>((resolve) => out.on('finish', resolve));
}

/** An XLSX template: the header row, and a second sheet saying what each column takes. */
export async function writeXlsxTemplate(spec: ImportSpec, lang: Lang, title: string, out: Writable): Promise<void> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(title.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = spec.columns.map((c) => ({ header: header(c, lang), key: c.key, width: Math.max(12, c.label[lang].length * 2 + 4) }));
  sheet.getRow(1).font = { bold: true };
  const notes = book.addWorksheet(textOf('import.notes.title')[lang]);
  notes.columns = [
    { header: textOf('import.notes.column')[lang], width: 20 },
    { header: textOf('import.notes.otherName')[lang], width: 24 },
    { header: textOf('import.notes.required')[lang], width: 8 },
    { header: textOf('import.notes.kind')[lang], width: 70 },
  ];
  notes.getRow(1).font = { bold: true };
  for (const c of spec.columns) {
    notes.addRow([c.label[lang], c.label[other(lang)], c.required ? textOf('export.yes')[lang] : '', columnHint(c, lang)]);
  }
  await book.xlsx.write(out);
  out.end();
}
