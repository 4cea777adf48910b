import type { EntityManager } from '@mikro-orm/postgresql';
import type { Bilingual } from '../../common/i18n';
import { addDaysTo, startOfDayIn, today as todayIn } from '../../common/dates';
import { scopeCondition } from '../../common/access/scope-sql';
import type { Redaction } from '../../common/access/policy';
import { escapeLike } from '../../graphql/list';
import type { Actor } from '../auth/actor';
import { pathLabel, type FieldType, type Hop, type QueryType, type ResolvedPath } from './catalogue';
import type { AggregateFn, CheckedNode, CheckedQuery, CheckedValue, DateBucket, Period, RangeBound } from './definition';
import { arrayParam, col, ident, joinSql, param, raw, sql, type Fragment } from './sql';
import { textOf } from '../../common/labels/catalogue';

/**
 * Compiles a checked query into parameterised SQL: the root table under `t0`, a left join per
 * relation a path follows (`j1`, `j2` …, each with the target's record scope in its `on`, so a
 * record outside the caller's scope reads as empty), the root's scope in `where`, the filter as
 * conditions on catalogue columns with every value bound as a parameter. Aliases are the
 * compiler's, columns and tables come from the ORM metadata: no client text reaches the SQL.
 */

export interface CompileContext {
  em: EntityManager;
  actor?: Actor;
  timeZone: string;
  now: Date;
}

/** A column of the result: what the reader sees, and how a raw database value becomes it. */
export interface OutputColumn {
  key: string;
  label: Bilingual;
  type: FieldType;
  enumName?: string;
  bucket?: DateBucket;
  fn?: AggregateFn;
  /** The field it shows (rows and groups) or aggregates. */
  path?: string;
  /** Records of this class, for ref columns. */
  target?: string;
  redaction?: Redaction;
  decode(value: unknown): unknown;
}

export interface CompiledQuery {
  checked: CheckedQuery;
  outputs: OutputColumn[];
  /** The rows (or groups) from `offset`, at most `limit` of them (all when undefined: exports). */
  select(offset: number, limit?: number): Fragment;
  /** How many rows or groups match, counting at most `cap + 1`. */
  count(cap: number): Fragment;
  /** A statement whose plan's row estimate stands for the total beyond the cap. */
  estimate(): Fragment;
}

const CAST: Record<FieldType, string> = {
  text: 'text',
  integer: 'int',
  number: 'float8',
  money: 'numeric',
  date: 'date',
  datetime: 'timestamptz',
  boolean: 'boolean',
  enum: 'text',
  ref: 'uuid',
};

const BUCKET_FORMAT: Record<DateBucket, string> = {
  day: 'YYYY-MM-DD',
  week: 'IYYY-"W"IW',
  month: 'YYYY-MM',
  quarter: 'YYYY-"Q"Q',
  year: 'YYYY',
};

const DESC_DEFAULT_ROOT_ORDER = 'desc';

/** The first and last day of a relative period around `today` ('YYYY-MM-DD'). */
export function periodDays(period: Period, today: string): [string, string] {
  const [y, m] = today.split('-').map(Number);
  const day = (yy: number, mm: number, dd: number) => {
    const d = new Date(Date.UTC(yy, mm - 1, dd));
    return d.toISOString().slice(0, 10);
  };
  const dow = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday 0
  const quarter = Math.floor((m - 1) / 3);
  switch (period) {
    case 'today':
      return [today, today];
    case 'yesterday':
      return [addDaysTo(today, -1), addDaysTo(today, -1)];
    case 'thisWeek':
      return [addDaysTo(today, -dow), addDaysTo(today, 6 - dow)];
    case 'lastWeek':
      return [addDaysTo(today, -dow - 7), addDaysTo(today, -dow - 1)];
    case 'thisMonth':
      return [day(y, m, 1), day(y, m + 1, 0)];
    case 'lastMonth':
      return [day(y, m - 1, 1), day(y, m, 0)];
    case 'thisQuarter':
      return [day(y, quarter * 3 + 1, 1), day(y, quarter * 3 + 4, 0)];
    case 'lastQuarter':
      return [day(y, quarter * 3 - 2, 1), day(y, quarter * 3 + 1, 0)];
    case 'thisYear':
      return [day(y, 1, 1), day(y, 12, 31)];
    case 'lastYear':
      return [day(y - 1, 1, 1), day(y - 1, 12, 31)];
  }
}

interface Join {
  alias: string;
  fragment: Fragment;
}

/** Shared by the FROM clauses of one statement: aliases are numbered once per statement. */
class Aliases {
  private n = 0;
  next(): string {
    this.n += 1;
    return `j${this.n}`;
  }
}

/** One FROM clause: the root under an alias, and the joins its expressions need. */
class From {
  private readonly joins = new Map<string, Join>();

  constructor(
    private readonly cc: CompileContext,
    private readonly aliases: Aliases,
    readonly root: QueryType,
    readonly rootAlias: string,
  ) {}

  /** The alias of the record a path's hops lead to, joining each hop once. */
  aliasOf(hops: Hop[]): string {
    let alias = this.rootAlias;
    let key = '';
    for (const hop of hops) {
      key = key ? `${key}.${hop.relation.key}` : hop.relation.key;
      const known = this.joins.get(key);
      if (known) {
        alias = known.alias;
        continue;
      }
      const next = this.aliases.next();
      const scope = scopeCondition(this.cc.em, this.cc.actor, hop.to.className, next);
      const on = sql`${col(next, 'id')} = ${col(alias, hop.relation.fkColumn)}`;
      const fragment = scope
        ? sql`left join ${ident(hop.to.table)} as ${ident(next)} on ${on} and ${scope}`
        : sql`left join ${ident(hop.to.table)} as ${ident(next)} on ${on}`;
      this.joins.set(key, { alias: next, fragment });
      alias = next;
    }
    return alias;
  }

  /** The value of the field at a path, as SQL. */
  expr(p: ResolvedPath): Fragment {
    const alias = this.aliasOf(p.hops);
    const f = p.field;
    if (f.column) return col(alias, f.column);
    if (f.compute) {
      const meta = this.cc.em.getMetadata().get(p.owner.className);
      return f.compute({
        col: (property) => {
          const prop = meta.properties[property as never] as { fieldNames?: string[] } | undefined;
          if (!prop?.fieldNames?.length) throw new Error(`${p.owner.className}.${property} is not a column`);
          return col(alias, prop.fieldNames[0]);
        },
        now: sql`${param(this.cc.now)}::timestamptz`,
        today: sql`${param(todayIn(this.cc.timeZone, this.cc.now))}`,
      });
    }
    throw new Error(`${p.path} has no value expression`);
  }

  ownerAlias(p: ResolvedPath): string {
    return this.aliasOf(p.hops);
  }

  sql(): Fragment {
    return joinSql([...this.joins.values()].map((j) => j.fragment), ' ');
  }
}

/** Where a day or an instant begins (inclusive lower bound) and ends (exclusive upper bound for days). */
function lower(b: RangeBound, tz: string): Date {
  return 'day' in b ? startOfDayIn(b.day, tz) : b.instant;
}

function condition(cc: CompileContext, from: From, node: CheckedNode): Fragment {
  if (node.kind === 'group') {
    if (!node.children.length) return raw(node.not ? 'false' : 'true');
    const inner = joinSql(
      node.children.map((c) => sql`(${condition(cc, from, c)})`),
      node.combinator === 'or' ? ' or ' : ' and ',
    );
    return node.not ? sql`not (${inner})` : inner;
  }
  const { path, operator, value } = node;
  const f = path.field;
  if (f.link) {
    const l = `${from.ownerAlias(path)}_l`;
    const owner = from.ownerAlias(path);
    const base = sql`select 1 from ${ident(f.link.table)} as ${ident(l)} where ${col(l, f.link.parentColumn)} = ${col(owner, 'id')}`;
    const narrowed = f.link.where ? sql`${base} and ${f.link.where(l)}` : base;
    if (operator === 'isEmpty') return sql`not exists (${narrowed})`;
    if (operator === 'isNotEmpty') return sql`exists (${narrowed})`;
    const ids = (value as { values: unknown[] }).values;
    return sql`exists (${narrowed} and ${col(l, f.link.childColumn)} = any(${arrayParam(ids)}::uuid[]))`;
  }
  const e = from.expr(path);
  const cast = raw(`::${CAST[f.type]}`);
  const p = (v: unknown) => sql`${param(v)}${cast}`;
  const tz = cc.timeZone;
  const orEmpty = (c: Fragment) => sql`(${e} is null or not (${c}))`;
  const today = todayIn(tz, cc.now);

  /** A range of calendar days [first, last] on this field, as SQL. */
  const days = (first: string, last: string): Fragment =>
    f.type === 'date'
      ? sql`${e} between ${p(first)} and ${p(last)}`
      : sql`${e} >= ${p(startOfDayIn(first, tz))} and ${e} < ${p(startOfDayIn(addDaysTo(last, 1), tz))}`;
  /** Equal to one value: a datetime given as a day means that whole day. */
  const equal = (v: unknown): Fragment => {
    if (f.type === 'datetime') {
      const b = v as RangeBound;
      return 'day' in b ? days(b.day, b.day) : sql`${e} = ${p(b.instant)}`;
    }
    return sql`${e} = ${p(v)}`;
  };
  const between = (fromV: unknown, toV: unknown): Fragment => {
    if (f.type !== 'datetime') return sql`${e} between ${p(fromV)} and ${p(toV)}`;
    const a = fromV as RangeBound;
    const b = toV as RangeBound;
    const upper = 'day' in b ? sql`${e} < ${p(startOfDayIn(addDaysTo(b.day, 1), tz))}` : sql`${e} <= ${p(b.instant)}`;
    return sql`${e} >= ${p(lower(a, tz))} and ${upper}`;
  };
  const one = () => (value as Extract<CheckedValue, { kind: 'one' }>).value;
  const many = () => (value as Extract<CheckedValue, { kind: 'many' }>).values;
  const range = () => value as Extract<CheckedValue, { kind: 'range' }>;
  const like = (pattern: string) => sql`${e} ilike ${param(pattern)}`;

  switch (operator) {
    case 'equals':
      return equal(one());
    case 'notEquals':
      return orEmpty(equal(one()));
    case 'in':
      return sql`${e} = any(${arrayParam(many())}::${raw(CAST[f.type])}[])`;
    case 'notIn':
      return orEmpty(sql`${e} = any(${arrayParam(many())}::${raw(CAST[f.type])}[])`);
    case 'contains':
      return like(`%${escapeLike(String(one()))}%`);
    case 'notContains':
      return orEmpty(like(`%${escapeLike(String(one()))}%`));
    case 'startsWith':
      return like(`${escapeLike(String(one()))}%`);
    case 'endsWith':
      return like(`%${escapeLike(String(one()))}`);
    case 'lt':
      return sql`${e} < ${p(one())}`;
    case 'lte':
      return sql`${e} <= ${p(one())}`;
    case 'gt':
      return sql`${e} > ${p(one())}`;
    case 'gte':
      return sql`${e} >= ${p(one())}`;
    case 'between':
      return between(range().from, range().to);
    case 'notBetween':
      return orEmpty(between(range().from, range().to));
    case 'before': {
      const v = one();
      if (f.type === 'date') return sql`${e} < ${p(v)}`;
      return sql`${e} < ${p(lower(v as RangeBound, tz))}`;
    }
    case 'after': {
      const v = one();
      if (f.type === 'date') return sql`${e} > ${p(v)}`;
      const b = v as RangeBound;
      return 'day' in b ? sql`${e} >= ${p(startOfDayIn(addDaysTo(b.day, 1), tz))}` : sql`${e} > ${p(b.instant)}`;
    }
    case 'inLast': {
      const n = (value as Extract<CheckedValue, { kind: 'lastDays' }>).days;
      return days(addDaysTo(today, -(n - 1)), today);
    }
    case 'inPeriod': {
      const [first, last] = periodDays((value as Extract<CheckedValue, { kind: 'period' }>).period, today);
      return days(first, last);
    }
    case 'isEmpty':
      return f.type === 'text' ? sql`(${e} is null or ${e} = '')` : sql`${e} is null`;
    case 'isNotEmpty':
      return f.type === 'text' ? sql`(${e} is not null and ${e} <> '')` : sql`${e} is not null`;
  }
}

/** Values leave the database as JSON-friendly values: numbers, 'YYYY-MM-DD', ISO instants, enum names. */
function decoder(type: FieldType, enumNames?: ReadonlyMap<string, string>): (v: unknown) => unknown {
  switch (type) {
    case 'integer':
    case 'number':
    case 'money':
      return (v) => (v === null || v === undefined ? null : Number(v));
    case 'enum':
      return (v) => (v === null || v === undefined ? null : (enumNames?.get(String(v)) ?? v));
    default:
      return (v) => (v === undefined ? null : v);
  }
}

/** Dates and times leave as ISO text: the driver reads a bare date in the process's time zone. */
function outputExpr(type: FieldType, e: Fragment): Fragment {
  if (type === 'date') return sql`to_char(${e}, 'YYYY-MM-DD')`;
  if (type === 'datetime') return sql`to_char(${e} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
  return e;
}

function roundTo(digits: number) {
  const f = 10 ** digits;
  return (v: unknown) => (v === null || v === undefined ? null : Math.round(Number(v) * f) / f);
}

const FN_LABEL_KEY: Record<AggregateFn, string> = {
  count: 'query.fn.count',
  countDistinct: 'query.fn.countDistinct',
  sum: 'query.fn.sum',
  avg: 'query.fn.avg',
  min: 'query.fn.min',
  max: 'query.fn.max',
};

export function aggregateLabel(fn: AggregateFn, field?: Bilingual): Bilingual {
  const t = textOf(FN_LABEL_KEY[fn]);
  if (!field) return textOf('query.fn.countAll');
  return { zh: t.zh.replace('{field}', field.zh), en: t.en.replace('{field}', field.en) };
}

export function bucketLabel(field: Bilingual, bucket: DateBucket): Bilingual {
  const b = textOf(`query.bucket.${bucket}`);
  return { zh: `${field.zh}（${b.zh}）`, en: `${field.en} (${b.en})` };
}

export function compileQuery(cc: CompileContext, q: CheckedQuery): CompiledQuery {
  const root = q.root;
  const table = ident(root.table);

  /** The root's record scope (and a through-relation's), on a FROM clause. */
  const scopeWhere = (from: From): Fragment[] => {
    const out: Fragment[] = [];
    const own = scopeCondition(cc.em, cc.actor, root.className, from.rootAlias);
    if (own) out.push(own);
    if (root.scopeThrough) {
      const rel = root.relations.get(root.scopeThrough)!;
      const throughScope = scopeCondition(cc.em, cc.actor, rel.target, `${from.rootAlias}_through`);
      if (throughScope) {
        // Correlated on the foreign key: the linked record must be in the caller's scope.
        const target = cc.em.getMetadata().get(rel.target);
        out.push(
          sql`exists (select 1 from ${ident(target.tableName)} as ${ident(`${from.rootAlias}_through`)} where ${col(`${from.rootAlias}_through`, 'id')} = ${col(from.rootAlias, rel.fkColumn)} and ${throughScope})`,
        );
      }
    }
    return out;
  };
  const whereOf = (from: From): Fragment => {
    const parts = scopeWhere(from);
    if (q.prefilter) parts.push(q.prefilter);
    if (q.filter) parts.push(sql`(${condition(cc, from, q.filter)})`);
    return parts.length ? sql` where ${joinSql(parts, ' and ')}` : raw('');
  };

  if (!q.grouped) {
    const outputs: OutputColumn[] = q.columns.map((c) => ({
      key: c.key,
      label: pathLabel(c.path),
      type: c.path.field.type,
      enumName: c.path.field.enumName,
      path: c.key,
      target: c.path.field.type === 'ref' ? c.path.field.target : undefined,
      redaction: c.redaction,
      decode: decoder(c.path.field.type, c.path.field.enumNames),
    }));
    const filterFrom = () => {
      const aliases = new Aliases();
      const from = new From(cc, aliases, root, 't0');
      const where = whereOf(from);
      return { from, where, aliases };
    };
    return {
      checked: q,
      outputs,
      select(offset, limit) {
        // Inner: filter, sort and cut the page on the root; outer: join what the columns show.
        const { from, where, aliases } = filterFrom();
        const sortExprs = q.sort.map((s) => from.expr(s.path!));
        const innerOrder = [
          ...q.sort.map((s, i) => sql`${ident(`_s${i}`)} ${raw(s.dir)} nulls last`),
          raw(`"t0"."id" ${q.sort[0]?.dir ?? DESC_DEFAULT_ROOT_ORDER}`),
        ];
        const sortSelect = sortExprs.map((e, i) => sql`, ${e} as ${ident(`_s${i}`)}`);
        const page = sql`${limit !== undefined ? sql` limit ${param(limit)}` : raw('')}${offset ? sql` offset ${param(offset)}` : raw('')}`;
        const inner = sql`select "t0".*${joinSql(sortSelect, '')} from ${table} as "t0" ${from.sql()}${where} order by ${joinSql(innerOrder, ', ')}${page}`;
        const outer = new From(cc, aliases, root, 't0');
        const values = q.columns.map((c, i) => {
          const e = c.redaction === 'hide' ? raw('null') : outputExpr(c.path.field.type, outer.expr(c.path));
          return sql`${e} as ${ident(`c${i}`)}`;
        });
        const outerOrder = [...q.sort.map((s, i) => sql`"t0".${ident(`_s${i}`)} ${raw(s.dir)} nulls last`), raw(`"t0"."id" ${q.sort[0]?.dir ?? DESC_DEFAULT_ROOT_ORDER}`)];
        const selectList = joinSql(values, ', ');
        return sql`select ${selectList} from (${inner}) as "t0" ${outer.sql()} order by ${joinSql(outerOrder, ', ')}`;
      },
      count(cap) {
        const { from, where } = filterFrom();
        return sql`select count(*)::int as n from (select 1 from ${table} as "t0" ${from.sql()}${where} limit ${param(cap + 1)}) as "c"`;
      },
      estimate() {
        const { from, where } = filterFrom();
        return sql`select 1 from ${table} as "t0" ${from.sql()}${where}`;
      },
    };
  }

  const outputs: OutputColumn[] = [
    ...q.groups.map((g) => {
      const label = pathLabel(g.path);
      return {
        key: g.key,
        label: g.bucket ? bucketLabel(label, g.bucket) : label,
        type: (g.bucket ? 'text' : g.path.field.type) as FieldType,
        enumName: g.path.field.enumName,
        bucket: g.bucket,
        path: g.path.path,
        target: g.path.field.type === 'ref' ? g.path.field.target : undefined,
        decode: g.bucket ? decoder('text') : decoder(g.path.field.type, g.path.field.enumNames),
      };
    }),
    ...q.aggregates.map((a) => {
      const fieldType = a.path?.field.type;
      const type: FieldType = a.fn === 'count' || a.fn === 'countDistinct' ? 'integer' : a.fn === 'avg' ? (fieldType === 'money' ? 'money' : 'number') : fieldType!;
      const decode = a.fn === 'avg' ? roundTo(fieldType === 'money' ? 2 : 4) : decoder(type, a.path?.field.enumNames);
      return {
        key: a.key,
        label: aggregateLabel(a.fn, a.path ? pathLabel(a.path) : undefined),
        type,
        fn: a.fn,
        path: a.path?.path,
        decode,
      };
    }),
  ];

  const grouping = () => {
    const aliases = new Aliases();
    const from = new From(cc, aliases, root, 't0');
    const where = whereOf(from);
    const groupExprs = q.groups.map((g) => {
      const e = from.expr(g.path);
      if (!g.bucket) return outputExpr(g.path.field.type, e);
      const unit = raw(`'${g.bucket}'`);
      const format = raw(`'${BUCKET_FORMAT[g.bucket]}'`);
      // Buckets are the business time zone's days, weeks and months.
      const local = g.path.field.type === 'datetime' ? sql`(${e} at time zone ${param(cc.timeZone)})` : sql`(${e})::timestamp`;
      return sql`to_char(date_trunc(${unit}, ${local}), ${format})`;
    });
    const aggExprs = q.aggregates.map((a) => {
      if (!a.path) return raw('count(*)');
      const e = from.expr(a.path);
      switch (a.fn) {
        case 'count':
          return sql`count(${e})`;
        case 'countDistinct':
          return sql`count(distinct ${e})`;
        case 'sum':
          return sql`sum(${e})`;
        case 'avg':
          return sql`avg(${e})`;
        case 'min':
          return outputExpr(a.path.field.type, sql`min(${e})`);
        case 'max':
          return outputExpr(a.path.field.type, sql`max(${e})`);
      }
    });
    const selectList = joinSql(
      [...groupExprs.map((e, i) => sql`${e} as ${ident(`g${i}`)}`), ...aggExprs.map((e, i) => sql`${e} as ${ident(`a${i}`)}`)],
      ', ',
    );
    const groupBy = q.groups.length ? raw(` group by ${q.groups.map((_, i) => i + 1).join(', ')}`) : raw('');
    return { from, where, selectList, groupBy };
  };
  const outputAlias = (key: string) => {
    const gi = q.groups.findIndex((g) => g.key === key);
    return gi >= 0 ? `g${gi}` : `a${q.aggregates.findIndex((a) => a.key === key)}`;
  };
  return {
    checked: q,
    outputs,
    select(offset, limit) {
      const { from, where, selectList, groupBy } = grouping();
      const sorts = q.sort.length ? q.sort : q.groups.map((g) => ({ key: g.key, dir: 'asc' as const }));
      const order = sorts.length
        ? sql` order by ${joinSql(
            sorts.map((s) => raw(`"${outputAlias(s.key)}" ${s.dir} nulls last`)),
            ', ',
          )}`
        : raw('');
      const page = sql`${limit !== undefined ? sql` limit ${param(limit)}` : raw('')}${offset ? sql` offset ${param(offset)}` : raw('')}`;
      return sql`select ${selectList} from ${table} as "t0" ${from.sql()}${where}${groupBy}${order}${page}`;
    },
    count(cap) {
      const { from, where, selectList, groupBy } = grouping();
      return sql`select count(*)::int as n from (select ${selectList} from ${table} as "t0" ${from.sql()}${where}${groupBy} limit ${param(cap + 1)}) as "c"`;
    },
    estimate() {
      const { from, where, selectList, groupBy } = grouping();
      return sql`select ${selectList} from ${table} as "t0" ${from.sql()}${where}${groupBy}`;
    },
  };
}
