import type { Bilingual, Lang } from '../i18n';

/** A record type's names and its fields' labels. */
export interface TypeLabels {
  name: Bilingual;
  plural: Bilingual;
  fields: Record<string, Bilingual>;
}

/**
 * What one area of the domain contributes to the catalogue: record types with their fields,
 * enum values (keyed by their GraphQL names), and texts (messages and templates with {params}).
 */
export interface LabelSet {
  types?: Record<string, TypeLabels>;
  enums?: Record<string, Record<string, Bilingual>>;
  texts?: Record<string, Bilingual>;
}

interface Catalogue {
  types: Record<string, TypeLabels>;
  enums: Record<string, Record<string, Bilingual>>;
  texts: Record<string, Bilingual>;
}

const CATALOGUE: Catalogue = { types: {}, enums: {}, texts: {} };

function merge<T>(target: Record<string, T>, source: Record<string, T> | undefined, what: string): void {
  for (const [key, value] of Object.entries(source ?? {})) {
    if (key in target) throw new Error(`Label ${what} "${key}" is defined twice`);
    target[key] = value;
  }
}

/** Adds an area's labels to the one catalogue (zh/en) read by API messages, exports, the schema and the panel. */
export function defineLabels<T extends LabelSet>(set: T): T {
  merge(CATALOGUE.types, set.types, 'type');
  merge(CATALOGUE.enums, set.enums, 'enum');
  merge(CATALOGUE.texts, set.texts, 'text');
  return set;
}

/** The whole catalogue, as `npm run schema` writes it to schema/labels.json for the panel and partners. */
export function catalogue(): Catalogue {
  return CATALOGUE;
}

export function typeLabel(type: string): Bilingual {
  return CATALOGUE.types[type]?.name ?? { zh: type, en: type };
}

/** A field's label: the type's own, else the common one, else the name itself. */
export function fieldLabel(field: string, type?: string): Bilingual {
  const last = field.split('.').pop()!;
  const own = type ? CATALOGUE.types[type]?.fields : undefined;
  return own?.[field] ?? own?.[last] ?? CATALOGUE.types.Common?.fields[field] ?? CATALOGUE.types.Common?.fields[last] ?? { zh: last, en: last };
}

/** The label of an enum value, given its GraphQL name (`IN_REPAIR`) or its stored value (`in_repair`). */
export function enumLabel(enumName: string, value: string): Bilingual {
  const values = CATALOGUE.enums[enumName];
  return values?.[value] ?? values?.[value.toUpperCase()] ?? { zh: value, en: value };
}

export function enumLabels(enumName: string): Record<string, Bilingual> {
  const values = CATALOGUE.enums[enumName];
  if (!values) throw new Error(`No labels for enum ${enumName}`);
  return values;
}

export type Params = Record<string, string | number | null | undefined | readonly string[]>;

const LIST_SEPARATOR: Bilingual = { zh: '、', en: ', ' };

/** A text in one language with its {params} filled in (lists joined the way the language joins them). */
export function render(template: Bilingual, params: Params, lang: Lang): string {
  return template[lang].replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = params[name];
    if (v === null || v === undefined) return '';
    return Array.isArray(v) ? v.join(LIST_SEPARATOR[lang]) : String(v);
  });
}

export function textOf(key: string): Bilingual {
  const t = CATALOGUE.texts[key];
  if (!t) throw new Error(`No text "${key}" in the label catalogue`);
  return t;
}

/** A text in both languages with its {params} filled in. */
export function bilingual(key: string, params: Params = {}): Bilingual {
  const t = textOf(key);
  return { zh: render(t, params, 'zh'), en: render(t, params, 'en') };
}

/** The fields every record has, named the same way everywhere (a type's own labels may override). */
export const RECORD_FIELDS: Record<string, Bilingual> = {
  id: { zh: 'ID', en: 'ID' },
  code: { zh: '代码', en: 'Code' },
  name: { zh: '名称', en: 'Name' },
  nameEn: { zh: '英文名称', en: 'English name' },
  active: { zh: '启用', en: 'Active' },
  createdAt: { zh: '创建时间', en: 'Created' },
  updatedAt: { zh: '更新时间', en: 'Updated' },
};
