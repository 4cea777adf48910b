import { isUuid } from '../../common/uuid';
import type { Bilingual } from '../../common/i18n';
import { badInput, forbidden, type FieldError } from '../../common/errors';
import { mayRead, policyOf, redactionsOf, type Redaction } from '../../common/access/policy';
import type { Actor } from '../auth/actor';
import { type FieldCatalogue, type FieldType, type QueryType, type ResolvedPath } from './catalogue';
import type { Fragment } from './sql';

/**
 * An ad-hoc query as JSON: what the panel's builder, partners and saved queries send. Every
 * name in it is looked up in the field catalogue and every value is checked against its field's
 * type before anything is compiled; a stored definition is checked again each time it runs.
 */
export interface QueryDefinition {
  root: string;
  columns?: string[] | null;
  filter?: FilterNode | null;
  groupBy?: Array<{ field: string; bucket?: DateBucket | null }> | null;
  aggregates?: Array<{ fn: AggregateFn; field?: string | null }> | null;
  sort?: Array<{ key: string; direction?: 'ASC' | 'DESC' | null }> | null;
  /** At most this many rows (or groups) in all: a "top N". */
  limit?: number | null;
}

/** A group (`combinator` + `rules`, optionally negated) or a rule (`field` `operator` `value`): react-querybuilder's shape. */
export interface FilterNode {
  combinator?: Combinator | null;
  not?: boolean | null;
  rules?: FilterNode[] | null;
  field?: string | null;
  operator?: Operator | null;
  value?: unknown;
}

export const COMBINATORS = ['and', 'or'] as const;
export type Combinator = (typeof COMBINATORS)[number];

export const OPERATORS = [
  'equals',
  'notEquals',
  'in',
  'notIn',
  'contains',
  'notContains',
  'startsWith',
  'endsWith',
  'lt',
  'lte',
  'gt',
  'gte',
  'between',
  'notBetween',
  'before',
  'after',
  'inLast',
  'inPeriod',
  'isEmpty',
  'isNotEmpty',
] as const;
export type Operator = (typeof OPERATORS)[number];

export const AGGREGATE_FNS = ['count', 'countDistinct', 'sum', 'avg', 'min', 'max'] as const;
export type AggregateFn = (typeof AGGREGATE_FNS)[number];

export const DATE_BUCKETS = ['day', 'week', 'month', 'quarter', 'year'] as const;
export type DateBucket = (typeof DATE_BUCKETS)[number];

export const PERIODS = ['today', 'yesterday', 'thisWeek', 'lastWeek', 'thisMonth', 'lastMonth', 'thisQuarter', 'lastQuarter', 'thisYear', 'lastYear'] as const;
export type Period = (typeof PERIODS)[number];

const TEXT_OPS: Operator[] = ['equals', 'notEquals', 'in', 'notIn', 'contains', 'notContains', 'startsWith', 'endsWith', 'isEmpty', 'isNotEmpty'];
const NUMBER_OPS: Operator[] = ['equals', 'notEquals', 'in', 'notIn', 'lt', 'lte', 'gt', 'gte', 'between', 'notBetween', 'isEmpty', 'isNotEmpty'];
const DATE_OPS: Operator[] = ['equals', 'notEquals', 'before', 'after', 'between', 'notBetween', 'inLast', 'inPeriod', 'isEmpty', 'isNotEmpty'];
const CHOICE_OPS: Operator[] = ['equals', 'notEquals', 'in', 'notIn', 'isEmpty', 'isNotEmpty'];

/** The operators that fit each type of field. */
export const OPERATORS_BY_TYPE: Readonly<Record<FieldType, readonly Operator[]>> = {
  text: TEXT_OPS,
  integer: NUMBER_OPS,
  number: NUMBER_OPS,
  money: NUMBER_OPS,
  date: DATE_OPS,
  datetime: DATE_OPS,
  boolean: ['equals', 'isEmpty', 'isNotEmpty'],
  enum: CHOICE_OPS,
  ref: CHOICE_OPS,
};
/** A to-many link (an order's technicians): has one of these, has any, has none. */
export const LINK_OPERATORS: readonly Operator[] = ['equals', 'in', 'isEmpty', 'isNotEmpty'];

const NUMERIC: FieldType[] = ['integer', 'number', 'money'];
const ORDERED: FieldType[] = [...NUMERIC, 'date', 'datetime'];

/** Which aggregates apply to which fields (`count` needs none). */
export function aggregatesFor(type: FieldType): AggregateFn[] {
  const fns: AggregateFn[] = ['count', 'countDistinct'];
  if (NUMERIC.includes(type)) fns.push('sum', 'avg');
  if (ORDERED.includes(type) || type === 'text') fns.push('min', 'max');
  return fns;
}

export const LIMITS = {
  columns: 40,
  rules: 100,
  depth: 5,
  groupBy: 4,
  aggregates: 10,
  sort: 5,
  inValues: 1000,
  text: 200,
  inLastDays: 3660,
  rows: 1_000_000,
} as const;

// ——— the checked query the compiler reads ———

export type RangeBound = { day: string } | { instant: Date };

export type CheckedValue =
  | { kind: 'none' }
  | { kind: 'one'; value: unknown }
  | { kind: 'many'; values: unknown[] }
  | { kind: 'range'; from: unknown; to: unknown }
  | { kind: 'lastDays'; days: number }
  | { kind: 'period'; period: Period };

export type CheckedNode =
  | { kind: 'group'; combinator: Combinator; not: boolean; children: CheckedNode[] }
  | { kind: 'rule'; path: ResolvedPath; operator: Operator; value: CheckedValue };

export interface CheckedColumn {
  key: string;
  path: ResolvedPath;
  /** How the caller reads this field: as stored, masked, or not at all. */
  redaction?: Redaction;
}

export interface CheckedGroup {
  key: string;
  path: ResolvedPath;
  bucket?: DateBucket;
}

export interface CheckedAggregate {
  key: string;
  fn: AggregateFn;
  path?: ResolvedPath;
}

export interface CheckedSort {
  key: string;
  dir: 'asc' | 'desc';
  /** Rows: the field sorted on (which need not be a column). */
  path?: ResolvedPath;
}

export interface CheckedQuery {
  definition: QueryDefinition;
  root: QueryType;
  grouped: boolean;
  columns: CheckedColumn[];
  filter?: CheckedNode;
  groups: CheckedGroup[];
  aggregates: CheckedAggregate[];
  sort: CheckedSort[];
  limit?: number;
  /** A condition on `t0` from elsewhere (a list's own filter, for its export), already scoped. */
  prefilter?: Fragment;
}

// ——— checking ———

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})$/;

/** Client text quoted in a message, cut short (it is never SQL, but messages stay readable). */
const shown = (v: unknown) => {
  const s = typeof v === 'string' ? v : JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 60)}…` : s;
};

export function isValidDay(value: string): boolean {
  const m = DAY.exec(value);
  if (!m) return false;
  const [y, mo, d] = m.slice(1).map(Number);
  const probe = new Date(0);
  probe.setUTCFullYear(y, mo - 1, d);
  return y >= 1 && probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d;
}

class Checker {
  readonly errors: FieldError[] = [];
  private rules = 0;

  constructor(
    private readonly catalogue: FieldCatalogue,
    private readonly actor: Actor | undefined,
    private readonly root: QueryType,
  ) {}

  fail(field: string, zh: string, en: string): void {
    this.errors.push({ field, message: { zh: `${field}：${zh}`, en: `${field}: ${en}` } });
  }

  /** The field at a path, if it exists and the caller may read what it passes through. */
  path(where: string, value: unknown): ResolvedPath | undefined {
    if (typeof value !== 'string' || !value || value.length > 200) {
      this.fail(where, `不是字段名：${shown(value)}`, `is not a field name: ${shown(value)}`);
      return undefined;
    }
    const resolved = this.catalogue.path(this.root, value);
    if (!resolved) {
      this.fail(where, `没有这个字段「${shown(value)}」`, `no such field "${shown(value)}"`);
      return undefined;
    }
    for (const hop of resolved.hops) {
      if (!mayRead(this.actor, hop.to.entity)) {
        this.fail(where, `无权查看${hop.to.label.name.zh}，不能使用「${value}」`, `you may not read ${hop.to.label.name.en} records, so not "${value}"`);
        return undefined;
      }
    }
    if (resolved.field.target && resolved.field.link && !mayRead(this.actor, resolved.field.target)) {
      this.fail(where, `无权查看「${value}」`, `you may not read "${value}"`);
      return undefined;
    }
    return resolved;
  }

  /** How the caller reads the field: undefined as stored, else hidden or masked by its type's policy. */
  redaction(p: ResolvedPath): Redaction | undefined {
    const redactions = redactionsOf(p.owner.entity, this.actor);
    if (!redactions) return undefined;
    const found = p.field.reads.map((r) => redactions[r]).filter((r): r is Redaction => !!r);
    if (!found.length) return undefined;
    // A computed value over a masked field cannot be masked meaningfully: it is hidden.
    if (p.field.compute) return 'hide';
    return found[0];
  }

  /** Filtering, grouping, sorting and aggregating need a field the caller may read as stored. */
  usable(where: string, p: ResolvedPath, use: { zh: string; en: string }): boolean {
    if (this.redaction(p)) {
      this.fail(where, `「${p.path}」不能用于${use.zh}（您无权查看该字段）`, `"${p.path}" cannot be used to ${use.en}: you may not read it`);
      return false;
    }
    return true;
  }

  node(where: string, raw: unknown, depth: number): CheckedNode | undefined {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
      this.fail(where, '必须是条件或条件组', 'must be a rule or a group of rules');
      return undefined;
    }
    const n = raw as FilterNode;
    if (n.rules !== undefined && n.rules !== null) {
      if (depth > LIMITS.depth) {
        this.fail(where, `嵌套太深（最多 ${LIMITS.depth} 层）`, `is nested too deep (at most ${LIMITS.depth} levels)`);
        return undefined;
      }
      if (!Array.isArray(n.rules)) {
        this.fail(`${where}.rules`, '必须是列表', 'must be a list');
        return undefined;
      }
      const combinator = n.combinator ?? 'and';
      if (!COMBINATORS.includes(combinator as Combinator)) {
        this.fail(`${where}.combinator`, `必须是 and 或 or，不是 ${shown(combinator)}`, `must be and or or, not ${shown(combinator)}`);
        return undefined;
      }
      if (n.not !== undefined && n.not !== null && typeof n.not !== 'boolean') this.fail(`${where}.not`, '必须是 true 或 false', 'must be true or false');
      const children: CheckedNode[] = [];
      n.rules.forEach((child, i) => {
        const c = this.node(`${where}.rules[${i}]`, child, depth + 1);
        if (c) children.push(c);
      });
      return { kind: 'group', combinator: combinator as Combinator, not: n.not === true, children };
    }
    this.rules += 1;
    if (this.rules > LIMITS.rules) {
      if (this.rules === LIMITS.rules + 1) this.fail('filter', `条件太多（最多 ${LIMITS.rules} 条）`, `has too many rules (at most ${LIMITS.rules})`);
      return undefined;
    }
    const path = this.path(`${where}.field`, n.field);
    if (!path) return undefined;
    if (!this.usable(`${where}.field`, path, { zh: '筛选', en: 'filter' })) return undefined;
    const operator = n.operator;
    const allowed = path.field.link ? LINK_OPERATORS : OPERATORS_BY_TYPE[path.field.type];
    if (typeof operator !== 'string' || !allowed.includes(operator as Operator)) {
      this.fail(
        `${where}.operator`,
        `「${shown(operator)}」不适用于字段「${path.path}」（可用：${allowed.join('、')}）`,
        `"${shown(operator)}" does not fit the field "${path.path}" (use one of ${allowed.join(', ')})`,
      );
      return undefined;
    }
    const value = this.ruleValue(`${where}.value`, path, operator as Operator, n.value);
    return value ? { kind: 'rule', path, operator: operator as Operator, value } : undefined;
  }

  /** One value of the field's type, normalised (enum names to stored values, numbers from text). */
  scalar(where: string, p: ResolvedPath, v: unknown): { ok: true; value: unknown } | { ok: false } {
    const f = p.field;
    const bad = (zh: string, en: string) => {
      this.fail(where, `${zh}：${shown(v)}`, `${en}: ${shown(v)}`);
      return { ok: false } as const;
    };
    switch (f.type) {
      case 'text':
        if (typeof v !== 'string' || !v.length) return bad('必须是文字', 'must be text');
        if (v.length > LIMITS.text) return bad(`太长（最多 ${LIMITS.text} 个字符）`, `is too long (at most ${LIMITS.text} characters)`);
        return { ok: true, value: v };
      case 'integer':
      case 'number':
      case 'money': {
        const n = typeof v === 'number' ? v : typeof v === 'string' && /^-?\d{1,15}(\.\d{1,6})?$/.test(v.trim()) ? Number(v) : NaN;
        if (!Number.isFinite(n)) return bad('必须是数字', 'must be a number');
        if (Math.abs(n) > 1e12) return bad('超出范围', 'is out of range');
        if (f.type === 'integer' && !Number.isInteger(n)) return bad('必须是整数', 'must be a whole number');
        if (f.type === 'integer' && Math.abs(n) > 2_147_483_647) return bad('超出范围', 'is out of range');
        return { ok: true, value: n };
      }
      case 'date':
        if (typeof v !== 'string' || !isValidDay(v)) return bad('必须是日期（如 2026-12-01）', 'must be a date such as 2026-12-01');
        return { ok: true, value: v };
      case 'datetime': {
        if (typeof v === 'string' && isValidDay(v)) return { ok: true, value: { day: v } satisfies RangeBound };
        if (typeof v === 'string' && INSTANT.test(v) && isValidDay(v.slice(0, 10))) {
          const at = new Date(v);
          if (!Number.isNaN(at.getTime())) return { ok: true, value: { instant: at } satisfies RangeBound };
        }
        return bad('必须是日期（2026-12-01，业务时区的整天）或带时区的时间（2026-12-01T08:00:00+08:00）', 'must be a date (2026-12-01, the whole day in the business time zone) or a date-time with offset (2026-12-01T08:00:00+08:00)');
      }
      case 'boolean':
        if (v === true || v === 'true') return { ok: true, value: true };
        if (v === false || v === 'false') return { ok: true, value: false };
        return bad('必须是 true 或 false', 'must be true or false');
      case 'enum': {
        if (typeof v !== 'string') return bad('不是可选的值', 'is not one of the values');
        const stored = f.enumValues!.get(v) ?? (f.enumNames!.has(v) ? v : undefined);
        if (stored === undefined) return bad(`不是可选的值（${[...f.enumValues!.keys()].join('、')}）`, `is not one of ${[...f.enumValues!.keys()].join(', ')}`);
        return { ok: true, value: stored };
      }
      case 'ref':
        if (typeof v !== 'string' || !isUuid(v)) return bad('不是有效的编号（UUID）', 'is not a valid id (UUID)');
        return { ok: true, value: v.toLowerCase() };
    }
  }

  ruleValue(where: string, p: ResolvedPath, op: Operator, v: unknown): CheckedValue | undefined {
    if (op === 'isEmpty' || op === 'isNotEmpty') return { kind: 'none' };
    if (op === 'in' || op === 'notIn') {
      const list = Array.isArray(v) ? v : typeof v === 'string' && p.field.type !== 'text' ? v.split(',').map((s) => s.trim()).filter(Boolean) : undefined;
      if (!list || !list.length) {
        this.fail(where, '必须是非空的列表', 'must be a list that is not empty');
        return undefined;
      }
      if (list.length > LIMITS.inValues) {
        this.fail(where, `项目太多（最多 ${LIMITS.inValues} 项）`, `has too many items (at most ${LIMITS.inValues})`);
        return undefined;
      }
      const values: unknown[] = [];
      for (const [i, item] of list.entries()) {
        const s = this.scalar(`${where}[${i}]`, p, item);
        if (!s.ok) return undefined;
        values.push(s.value);
      }
      return { kind: 'many', values };
    }
    if (op === 'between' || op === 'notBetween') {
      const pair = Array.isArray(v) ? v : typeof v === 'string' ? v.split(',').map((s) => s.trim()) : undefined;
      if (!pair || pair.length !== 2) {
        this.fail(where, '必须是两个值（起、止）', 'must be two values (from, to)');
        return undefined;
      }
      const from = this.scalar(`${where}[0]`, p, pair[0]);
      const to = this.scalar(`${where}[1]`, p, pair[1]);
      if (!from.ok || !to.ok) return undefined;
      if (sortValue(from.value) > sortValue(to.value)) {
        this.fail(where, '起始值不能大于结束值', 'the first value may not be greater than the second');
        return undefined;
      }
      return { kind: 'range', from: from.value, to: to.value };
    }
    if (op === 'inLast') {
      const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d{1,5}$/.test(v.trim()) ? Number(v) : NaN;
      if (!Number.isInteger(n) || n < 1 || n > LIMITS.inLastDays) {
        this.fail(where, `必须是 1 到 ${LIMITS.inLastDays} 的天数：${shown(v)}`, `must be a number of days from 1 to ${LIMITS.inLastDays}: ${shown(v)}`);
        return undefined;
      }
      return { kind: 'lastDays', days: n };
    }
    if (op === 'inPeriod') {
      if (typeof v !== 'string' || !PERIODS.includes(v as Period)) {
        this.fail(where, `必须是 ${PERIODS.join('、')} 之一：${shown(v)}`, `must be one of ${PERIODS.join(', ')}: ${shown(v)}`);
        return undefined;
      }
      return { kind: 'period', period: v as Period };
    }
    if (p.field.link) {
      const s = this.scalar(where, p, v);
      return s.ok ? { kind: 'many', values: [s.value] } : undefined;
    }
    const s = this.scalar(where, p, v);
    return s.ok ? { kind: 'one', value: s.value } : undefined;
  }
}

const sortValue = (v: unknown): number | string => {
  if (v && typeof v === 'object') return 'day' in v ? `${(v as { day: string }).day}T00:00:00` : (v as { instant: Date }).instant.toISOString();
  return v as number | string;
};

const isList = (v: unknown): v is unknown[] => Array.isArray(v);

/** Output keys: a column's path; a group's path, with its bucket (`createdAt:month`); an aggregate's `fn` or `fn:path`. */
export const groupKey = (path: string, bucket?: DateBucket) => (bucket ? `${path}:${bucket}` : path);
export const aggregateKey = (fn: AggregateFn, path?: string) => (path ? `${fn}:${path}` : fn);

/**
 * The definition checked against the catalogue, the caller's permissions and masking, with
 * every problem named (BAD_USER_INPUT listing each field); FORBIDDEN when the root itself may
 * not be read.
 */
export function checkDefinition(catalogue: FieldCatalogue, actor: Actor | undefined, raw: unknown): CheckedQuery {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw badInput([{ field: 'query', message: { zh: '查询必须是对象', en: 'query must be an object' } }]);
  const definition = raw as QueryDefinition;
  const root = typeof definition.root === 'string' ? catalogue.root(definition.root) : undefined;
  if (!root) {
    const roots = catalogue.roots().map((r) => r.root).join(', ');
    throw badInput([{ field: 'root', message: { zh: `root：没有这种记录「${shown(definition.root)}」（可用：${roots}）`, en: `root: no such records "${shown(definition.root)}" (use one of ${roots})` } }]);
  }
  const policy = policyOf(root.entity as never);
  if (!mayRead(actor, root.entity)) throw forbidden(`${policy?.resource ?? root.root}:read`);
  if (root.scopeThrough) {
    const through = catalogue.type(root.relations.get(root.scopeThrough)!.target)!;
    if (!mayRead(actor, through.entity)) throw forbidden(`${policyOf(through.entity as never)?.resource ?? through.root}:read`);
  }
  const c = new Checker(catalogue, actor, root);
  const known = new Set(['root', 'columns', 'filter', 'groupBy', 'aggregates', 'sort', 'limit']);
  for (const key of Object.keys(definition)) if (!known.has(key)) c.fail(key, '不是查询的组成部分', 'is not part of a query');

  const groups: CheckedGroup[] = [];
  if (definition.groupBy !== undefined && definition.groupBy !== null) {
    if (!isList(definition.groupBy)) c.fail('groupBy', '必须是列表', 'must be a list');
    else if (definition.groupBy.length > LIMITS.groupBy) c.fail('groupBy', `太多（最多 ${LIMITS.groupBy} 项）`, `has too many items (at most ${LIMITS.groupBy})`);
    else
      definition.groupBy.forEach((g, i) => {
        const where = `groupBy[${i}]`;
        if (!g || typeof g !== 'object') return c.fail(where, '必须是 { field, bucket }', 'must be { field, bucket }');
        const p = c.path(`${where}.field`, g.field);
        if (!p || p.field.link || !c.usable(`${where}.field`, p, { zh: '分组', en: 'group by' })) {
          if (p?.field.link) c.fail(`${where}.field`, `「${p.path}」不能用于分组`, `"${p.path}" cannot be grouped on`);
          return;
        }
        const isDate = p.field.type === 'date' || p.field.type === 'datetime';
        let bucket = g.bucket ?? undefined;
        if (bucket !== undefined && !DATE_BUCKETS.includes(bucket)) return c.fail(`${where}.bucket`, `必须是 ${DATE_BUCKETS.join('、')} 之一`, `must be one of ${DATE_BUCKETS.join(', ')}`);
        if (bucket && !isDate) return c.fail(`${where}.bucket`, `只有日期和时间可以按${bucket}分组`, 'only dates and times can be bucketed');
        if (isDate && !bucket) bucket = 'day';
        const key = groupKey(p.path, bucket);
        if (!groups.some((x) => x.key === key)) groups.push({ key, path: p, bucket });
      });
  }

  const aggregates: CheckedAggregate[] = [];
  if (definition.aggregates !== undefined && definition.aggregates !== null) {
    if (!isList(definition.aggregates)) c.fail('aggregates', '必须是列表', 'must be a list');
    else if (definition.aggregates.length > LIMITS.aggregates) c.fail('aggregates', `太多（最多 ${LIMITS.aggregates} 项）`, `has too many items (at most ${LIMITS.aggregates})`);
    else
      definition.aggregates.forEach((a, i) => {
        const where = `aggregates[${i}]`;
        if (!a || typeof a !== 'object') return c.fail(where, '必须是 { fn, field }', 'must be { fn, field }');
        if (!AGGREGATE_FNS.includes(a.fn)) return c.fail(`${where}.fn`, `必须是 ${AGGREGATE_FNS.join('、')} 之一：${shown(a.fn)}`, `must be one of ${AGGREGATE_FNS.join(', ')}: ${shown(a.fn)}`);
        if (a.field === undefined || a.field === null || a.field === '') {
          if (a.fn !== 'count') return c.fail(`${where}.field`, `${a.fn} 需要一个字段`, `${a.fn} needs a field`);
          if (!aggregates.some((x) => x.key === 'count')) aggregates.push({ key: 'count', fn: 'count' });
          return;
        }
        const p = c.path(`${where}.field`, a.field);
        if (!p) return;
        if (p.field.link) return c.fail(`${where}.field`, `「${p.path}」不能用于统计`, `"${p.path}" cannot be aggregated`);
        if (!c.usable(`${where}.field`, p, { zh: '统计', en: 'aggregate' })) return;
        if (!aggregatesFor(p.field.type).includes(a.fn)) {
          return c.fail(`${where}.fn`, `${a.fn} 不适用于字段「${p.path}」`, `${a.fn} does not fit the field "${p.path}"`);
        }
        const key = aggregateKey(a.fn, p.path);
        if (!aggregates.some((x) => x.key === key)) aggregates.push({ key, fn: a.fn, path: p });
      });
  }
  const grouped = groups.length > 0 || aggregates.length > 0;
  if (groups.length && !aggregates.length) aggregates.push({ key: 'count', fn: 'count' });

  const columns: CheckedColumn[] = [];
  const rawColumns = definition.columns ?? (grouped ? [] : [...root.defaultColumns]);
  if (!isList(rawColumns)) c.fail('columns', '必须是列表', 'must be a list');
  else if (rawColumns.length > LIMITS.columns) c.fail('columns', `太多（最多 ${LIMITS.columns} 列）`, `has too many columns (at most ${LIMITS.columns})`);
  else if (grouped && rawColumns.length) c.fail('columns', '分组统计时不能另选列（结果就是分组和统计值）', 'cannot be chosen with groupBy or aggregates (the result is the groups and their figures)');
  else
    rawColumns.forEach((path, i) => {
      const p = c.path(`columns[${i}]`, path);
      if (!p) return;
      if (p.field.link) return c.fail(`columns[${i}]`, `「${p.path}」只能用于筛选`, `"${p.path}" can only be used in filters`);
      if (!columns.some((x) => x.key === p.path)) columns.push({ key: p.path, path: p, redaction: c.redaction(p) });
    });
  if (!grouped && !columns.length && isList(rawColumns) && !c.errors.length) c.fail('columns', '至少选择一列', 'needs at least one column');

  let filter: CheckedNode | undefined;
  if (definition.filter !== undefined && definition.filter !== null) filter = c.node('filter', definition.filter, 1);

  const sort: CheckedSort[] = [];
  if (definition.sort !== undefined && definition.sort !== null) {
    if (!isList(definition.sort)) c.fail('sort', '必须是列表', 'must be a list');
    else if (definition.sort.length > LIMITS.sort) c.fail('sort', `太多（最多 ${LIMITS.sort} 项）`, `has too many items (at most ${LIMITS.sort})`);
    else
      definition.sort.forEach((s, i) => {
        const where = `sort[${i}]`;
        if (!s || typeof s !== 'object') return c.fail(where, '必须是 { key, direction }', 'must be { key, direction }');
        const direction = s.direction ?? 'ASC';
        if (direction !== 'ASC' && direction !== 'DESC') return c.fail(`${where}.direction`, '必须是 ASC 或 DESC', 'must be ASC or DESC');
        const dir = direction === 'DESC' ? 'desc' : 'asc';
        if (grouped) {
          const keys = [...groups.map((g) => g.key), ...aggregates.map((a) => a.key)];
          if (typeof s.key !== 'string' || !keys.includes(s.key)) {
            return c.fail(`${where}.key`, `必须是分组或统计值之一（${keys.join('、')}）：${shown(s.key)}`, `must be one of the groups or figures (${keys.join(', ')}): ${shown(s.key)}`);
          }
          if (!sort.some((x) => x.key === s.key)) sort.push({ key: s.key, dir });
          return;
        }
        const p = c.path(`${where}.key`, s.key);
        if (!p) return;
        if (p.field.link) return c.fail(`${where}.key`, `「${p.path}」不能用于排序`, `"${p.path}" cannot be sorted on`);
        if (!c.usable(`${where}.key`, p, { zh: '排序', en: 'sort' })) return;
        if (!sort.some((x) => x.key === p.path)) sort.push({ key: p.path, dir, path: p });
      });
  }

  let limit: number | undefined;
  if (definition.limit !== undefined && definition.limit !== null) {
    if (typeof definition.limit !== 'number' || !Number.isInteger(definition.limit) || definition.limit < 1 || definition.limit > LIMITS.rows) {
      c.fail('limit', `必须是 1 到 ${LIMITS.rows} 的整数`, `must be a whole number from 1 to ${LIMITS.rows}`);
    } else limit = definition.limit;
  }

  if (c.errors.length) throw badInput(c.errors);
  return { definition, root, grouped, columns, filter, groups, aggregates, sort, limit };
}

export type { Bilingual };
