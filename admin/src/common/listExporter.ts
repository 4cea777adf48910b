import type { DataProvider, Exporter, RaRecord, ResourceDefinition } from 'react-admin';
import { resourceFields } from '../dataProvider/introspection';
import { downloadRows, type CsvColumn } from './csv';
import { formatDate } from './dateFormat';

type Translate = (key: string, options?: Record<string, unknown>) => string;

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}.*)?$/;
/** Kept out of generic exports: internal bookkeeping nobody reads in a spreadsheet. */
const SKIPPED = new Set(['id', 'searchText', '__typename']);

const representation = (definition: ResourceDefinition | undefined, record: RaRecord): string => {
  const r = definition?.recordRepresentation;
  if (typeof r === 'function') return String(r(record));
  if (typeof r === 'string') return String(record[r] ?? '');
  return String(record.name ?? record.number ?? record.code ?? record.id);
};

/**
 * Any list as CSV the way the user reads it: headers from the label catalogue, enum values by
 * their names, references by the record's name, dates in the panel's format; a byte-order mark
 * so Excel reads it as UTF-8.
 */
export const listExporter =
  (translate: Translate, locale: string, definitions: Record<string, ResourceDefinition>): Exporter =>
  async (records: RaRecord[], _fetchRelated, dataProvider: DataProvider, resource?: string) => {
    if (!resource) return;
    const { enums, references } = resourceFields(resource);
    const keys = [...new Set(records.flatMap((r) => Object.keys(r)))].filter(
      (k) => !SKIPPED.has(k) && records.some((r) => r[k] == null || typeof r[k] !== 'object' || Array.isArray(r[k])),
    );
    // Names of referenced records, one request per referenced resource and page of ids.
    const names = new Map<string, Map<string, string>>();
    for (const key of keys.filter((k) => references[k])) {
      const target = references[key];
      const ids = [...new Set(records.map((r) => r[key]).filter((v): v is string => typeof v === 'string'))];
      const byId = names.get(target) ?? new Map<string, string>();
      for (let i = 0; i < ids.length; i += 500) {
        const missing = ids.slice(i, i + 500).filter((id) => !byId.has(id));
        if (!missing.length) continue;
        const { data } = await dataProvider.getMany(target, { ids: missing });
        for (const rec of data) byId.set(String(rec.id), representation(definitions[target], rec));
      }
      names.set(target, byId);
    }
    const text = (key: string, value: unknown): string | number | null | undefined => {
      if (value == null) return '';
      if (Array.isArray(value)) return value.map((v) => text(key, v)).join('、');
      if (typeof value === 'boolean') return translate(`ra.boolean.${value}`);
      if (typeof value === 'number') return value;
      if (typeof value === 'object') return '';
      const s = String(value);
      if (enums[key]) return translate(`enums.${enums[key]}.${s}`, { _: s });
      if (references[key]) return names.get(references[key])?.get(s) ?? s;
      if (TIMESTAMP.test(s)) return formatDate(s, locale, s.length > 10);
      return s;
    };
    const columns: CsvColumn<RaRecord>[] = keys.map((key) => ({
      header: translate(`resources.${resource}.fields.${key}`, { _: key }),
      value: (row) => text(key, row[key]),
    }));
    downloadRows(records, columns, translate(`resources.${resource}.name`, { smart_count: 2 }));
  };
