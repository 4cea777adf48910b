import type { RuleGroupType, RuleType } from 'react-querybuilder';
import type { FilterNode, QueryDefinition } from './analyticsApi';

/** What the page edits: the query builder's tree plus columns, groups, figures, sorting and a limit. */
export interface QueryDraft {
  root: string;
  filter: RuleGroupType;
  columns: string[];
  groupBy: Array<{ field: string; bucket?: string }>;
  aggregates: Array<{ fn: string; field?: string }>;
  sort?: { key: string; direction: 'ASC' | 'DESC' };
  limit?: number;
}

export const emptyFilter = (): RuleGroupType => ({ combinator: 'and', rules: [] });

const LIST_OPERATORS = new Set(['in', 'notIn']);
const UNARY = new Set(['isEmpty', 'isNotEmpty']);

/** react-querybuilder's tree as the API's filter: its shape already; ids dropped, lists split, empty values left out. */
export function toFilter(group: RuleGroupType): FilterNode | undefined {
  const node = (g: RuleGroupType): FilterNode => ({
    combinator: g.combinator,
    ...(g.not ? { not: true } : {}),
    rules: g.rules
      .filter((r): r is RuleType | RuleGroupType => typeof r !== 'string')
      .map((r) => ('rules' in r ? node(r) : rule(r))),
  });
  const rule = (r: RuleType): FilterNode => {
    let value: unknown = r.value;
    if (UNARY.has(r.operator)) value = undefined;
    else if (LIST_OPERATORS.has(r.operator) && typeof value === 'string') value = value.split(/[,，、;；]/).map((s) => s.trim()).filter(Boolean);
    return { field: r.field, operator: r.operator, ...(value === undefined ? {} : { value }) };
  };
  return group.rules.length ? node(group) : undefined;
}

let nextId = 0;
const id = () => `r${++nextId}`;

export function fromFilter(filter: FilterNode | undefined): RuleGroupType {
  const group = (n: FilterNode): RuleGroupType => ({
    id: id(),
    combinator: n.combinator ?? 'and',
    not: n.not ?? false,
    rules: (n.rules ?? []).map((r) => (r.rules ? group(r) : { id: id(), field: r.field ?? '', operator: r.operator ?? 'equals', value: r.value ?? '' })),
  });
  return filter ? group(filter) : emptyFilter();
}

export function toDefinition(d: QueryDraft): QueryDefinition {
  const grouped = d.groupBy.length > 0 || d.aggregates.length > 0;
  const def: QueryDefinition = { root: d.root };
  const filter = toFilter(d.filter);
  if (filter) def.filter = filter;
  if (grouped) {
    if (d.groupBy.length) def.groupBy = d.groupBy.map((g) => (g.bucket ? { field: g.field, bucket: g.bucket } : { field: g.field }));
    if (d.aggregates.length) def.aggregates = d.aggregates.map((a) => (a.field ? { fn: a.fn, field: a.field } : { fn: a.fn }));
  } else if (d.columns.length) {
    def.columns = d.columns;
  }
  if (d.sort?.key) def.sort = [{ key: d.sort.key, direction: d.sort.direction }];
  if (d.limit) def.limit = d.limit;
  return def;
}

export function fromDefinition(def: QueryDefinition, defaultColumns: string[]): QueryDraft {
  return {
    root: def.root,
    filter: fromFilter(def.filter),
    columns: def.columns ?? (def.groupBy || def.aggregates ? [] : defaultColumns),
    groupBy: def.groupBy ?? [],
    aggregates: def.aggregates ?? [],
    sort: def.sort?.[0] ? { key: def.sort[0].key, direction: def.sort[0].direction ?? 'ASC' } : undefined,
    limit: def.limit,
  };
}

/** Output keys as the API names them: `createdAt:month`, `count`, `sum:labourFee`. */
export const groupKey = (g: { field: string; bucket?: string }) => (g.bucket ? `${g.field}:${g.bucket}` : g.field);
export const aggregateKey = (a: { fn: string; field?: string }) => (a.field ? `${a.fn}:${a.field}` : a.fn);

/** Whether two definitions say the same (a saved one comes back from jsonb with its keys reordered). */
export function sameDefinition(a: unknown, b: unknown): boolean {
  const canonical = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(canonical) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical((v as Record<string, unknown>)[k])])) : v;
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}
