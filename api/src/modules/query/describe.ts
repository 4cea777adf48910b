import type { EntityManager } from '@mikro-orm/postgresql';
import type { Bilingual, Lang } from '../../common/i18n';
import { formatInZone } from '../../common/dates';
import { enumLabel, render, textOf } from '../../common/labels/catalogue';
import { mayRead } from '../../common/access/policy';
import { scopeCondition } from '../../common/access/scope-sql';
import type { Actor } from '../auth/actor';
import { pathLabel, type FieldCatalogue } from './catalogue';
import { aggregateLabel, bucketLabel } from './compile';
import type { CheckedNode, CheckedQuery, RangeBound } from './definition';
import { arrayParam, col, ident, runSql, sql } from './sql';

/** Names of the records a query's filter refers to by id, as the caller may see them (else the id). */
export async function referencedNames(
  em: EntityManager,
  actor: Actor | undefined,
  catalogue: FieldCatalogue,
  q: CheckedQuery,
): Promise<Map<string, string>> {
  const wanted = new Map<string, Set<string>>();
  const visit = (n: CheckedNode) => {
    if (n.kind === 'group') return n.children.forEach(visit);
    if (n.path.field.type !== 'ref' || !n.path.field.target) return;
    const ids = n.value.kind === 'one' ? [n.value.value] : n.value.kind === 'many' ? n.value.values : [];
    const set = wanted.get(n.path.field.target) ?? new Set<string>();
    ids.forEach((id) => set.add(String(id)));
    wanted.set(n.path.field.target, set);
  };
  if (q.filter) visit(q.filter);
  const names = new Map<string, string>();
  for (const [className, ids] of wanted) {
    const type = catalogue.type(className);
    const title = type?.title ? type.fields.get(type.title)?.column : undefined;
    if (!type || !title || !ids.size || !mayRead(actor, type.entity)) continue;
    const scope = scopeCondition(em, actor, className, 'n');
    const where = scope ? sql` and ${scope}` : sql``;
    const statement = sql`select ${col('n', 'id')} as id, ${col('n', title)} as name from ${ident(type.table)} as "n" where ${col('n', 'id')} = any(${arrayParam([...ids])}::uuid[])${where}`;
    const rows = await runSql<{ id: string; name: string }>(em, statement);
    for (const r of rows) names.set(r.id, r.name);
  }
  return names;
}

function words(key: string, params: Record<string, string>, lang: Lang): string {
  return render(textOf(key), params, lang);
}

/** The query in words, in one language: "服务单：状态为维修中 且 维修站为… ，按接件时间（月）统计数量". */
export function describeIn(q: CheckedQuery, names: Map<string, string>, lang: Lang, timeZone: string): string {
  const list = (values: string[]) => values.join(textOf('query.words.list')[lang]);
  const valueText = (n: Extract<CheckedNode, { kind: 'rule' }>, v: unknown): string => {
    const f = n.path.field;
    if (v === null || v === undefined) return '';
    switch (f.type) {
      case 'enum':
        return enumLabel(f.enumName!, f.enumNames?.get(String(v)) ?? String(v))[lang];
      case 'boolean':
        return textOf(v ? 'query.words.yes' : 'query.words.no')[lang];
      case 'ref':
        return names.get(String(v)) ?? String(v);
      case 'datetime': {
        const b = v as RangeBound;
        return 'day' in b ? b.day : formatInZone(b.instant, timeZone);
      }
      default:
        return String(v);
    }
  };
  const node = (n: CheckedNode, top: boolean): string => {
    if (n.kind === 'group') {
      if (!n.children.length) return textOf('query.words.all')[lang];
      const parts = n.children.map((c) => node(c, false));
      const joined = parts.join(textOf(n.combinator === 'or' ? 'query.words.or' : 'query.words.and')[lang]);
      const inner = !top && n.children.length > 1 ? (lang === 'zh' ? `（${joined}）` : `(${joined})`) : joined;
      return n.not ? words('query.words.not', { text: joined }, lang) : inner;
    }
    const field = pathLabel(n.path)[lang];
    const v = n.value;
    if (n.path.field.link) {
      const key = n.operator === 'isEmpty' ? 'linkIsEmpty' : n.operator === 'isNotEmpty' ? 'linkIsNotEmpty' : n.operator === 'in' ? 'linkIn' : 'linkEquals';
      const value = v.kind === 'many' ? list(v.values.map((x) => valueText(n, x))) : '';
      return words(`query.words.${key}`, { field, value }, lang);
    }
    switch (v.kind) {
      case 'none':
        return words(`query.words.${n.operator}`, { field }, lang);
      case 'one':
        return words(`query.words.${n.operator}`, { field, value: valueText(n, v.value) }, lang);
      case 'many':
        return words(`query.words.${n.operator}`, { field, value: list(v.values.map((x) => valueText(n, x))) }, lang);
      case 'range':
        return words(`query.words.${n.operator}`, { field, from: valueText(n, v.from), to: valueText(n, v.to) }, lang);
      case 'lastDays':
        return words('query.words.inLast', { field, value: String(v.days) }, lang);
      case 'period':
        return words('query.words.inPeriod', { field, value: enumLabel('RelativePeriod', v.period)[lang] }, lang);
    }
  };
  const root = q.root.label.plural[lang];
  const filter = q.filter ? node(q.filter, true) : textOf('query.words.all')[lang];
  let text: string;
  if (!q.grouped) {
    text = words('query.words.rows', { root, filter }, lang);
  } else {
    const figures = list(q.aggregates.map((a) => aggregateLabel(a.fn, a.path ? pathLabel(a.path) : undefined)[lang]));
    if (q.groups.length) {
      const groups = list(q.groups.map((g) => (g.bucket ? bucketLabel(pathLabel(g.path), g.bucket) : pathLabel(g.path))[lang]));
      text = words('query.words.grouped', { root, filter, groups, figures }, lang);
    } else {
      text = words('query.words.totals', { root, filter, figures }, lang);
    }
  }
  if (q.sort.length) {
    const labelOf = (key: string): string => {
      const g = q.groups.find((x) => x.key === key);
      if (g) return (g.bucket ? bucketLabel(pathLabel(g.path), g.bucket) : pathLabel(g.path))[lang];
      const a = q.aggregates.find((x) => x.key === key);
      if (a) return aggregateLabel(a.fn, a.path ? pathLabel(a.path) : undefined)[lang];
      const s = q.sort.find((x) => x.key === key);
      return s?.path ? pathLabel(s.path)[lang] : key;
    };
    const keys = list(q.sort.map((s) => (s.dir === 'desc' ? words('query.words.desc', { key: labelOf(s.key) }, lang) : labelOf(s.key))));
    text += words('query.words.sorted', { keys }, lang);
  }
  if (q.limit) text += words('query.words.top', { limit: String(q.limit) }, lang);
  return text;
}

export function describe(q: CheckedQuery, names: Map<string, string>, timeZone: string): Bilingual {
  return { zh: describeIn(q, names, 'zh', timeZone), en: describeIn(q, names, 'en', timeZone) };
}
