import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsOptional, IsUUID, Matches } from 'class-validator';
import { scopeSql } from '../../common/access/scoped';
import { assertMayRead } from '../../common/access/policy';
import type { ServiceContext } from '../../common/service-context';
import { labelledEnum } from '../../graphql/enums';
import { sql, param, raw, type Fragment } from '../query/sql';
import { ServiceOrder } from '../service-order/service-order.entity';
import { ServiceOrderStatus } from '../service-order/service-order.enums';
import { addMonths, andScope, monthStart, num, numOrNull, period, query, round, type Month } from './report-period';
import { afterSalesFigures, NO_AFTER_SALES, type AfterSalesRow } from './after-sales-figures';
import './report.labels';

/** What the monthly report's rows are broken down by (besides the month). */
export enum MonthlyReportGroup {
  NONE = 'none',
  STATION = 'station',
  CATEGORY = 'category',
  BRAND = 'brand',
  SYMPTOM_CODE = 'symptom_code',
}
labelledEnum(MonthlyReportGroup, 'MonthlyReportGroup', { description: '月报分组 What the monthly report breaks its figures down by' });

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

@InputType({ description: '修理月报表 Months (YYYY-MM, business time zone) and a breakdown' })
export class MonthlyReportFilter {
  @Field({ description: 'First month, YYYY-MM' }) @Matches(MONTH_PATTERN) from!: string;
  @Field(() => String, { nullable: true, description: 'Last month (defaults to from); at most 24 months' }) @IsOptional() @Matches(MONTH_PATTERN) to?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() stationId?: string;
  @Field(() => MonthlyReportGroup, { defaultValue: MonthlyReportGroup.NONE }) groupBy: MonthlyReportGroup = MonthlyReportGroup.NONE;
}

@ObjectType({ description: '修理月报表 One month (and group): intake, completion, turnaround, repeat repairs, SLA, warranty' })
export class MonthlyRepairRow {
  @Field() month!: string;
  @Field(() => ID, { nullable: true, description: 'The station, category, brand or symptom code (none when not grouped, or when the order has none)' }) groupId!: string | null;
  @Field(() => String, { nullable: true }) groupName!: string | null;
  @Field(() => Int, { description: '接件 Orders received in the month' }) received!: number;
  @Field(() => Int, { description: '完工 Orders completed in the month' }) completed!: number;
  @Field(() => Int, { description: '取消 Orders cancelled in the month' }) cancelled!: number;
  @Field(() => Float, { nullable: true, description: '平均周期 Average hours from intake to completion, of the orders completed' }) avgTurnaroundHours!: number | null;
  @Field(() => Float, { nullable: true, description: 'P90 周期 90th percentile of those hours' }) p90TurnaroundHours!: number | null;
  @Field(() => Int, { description: '重修 Orders received that are repeat repairs' }) repeatRepairs!: number;
  @Field(() => Float, { nullable: true, description: '重修率 repeatRepairs / received' }) repeatRate!: number | null;
  @Field(() => Int, { description: 'Orders completed by their SLA due time' }) completedOnTime!: number;
  @Field(() => Float, { nullable: true, description: 'SLA 达成率 completedOnTime / completed' }) slaAdherence!: number | null;
  @Field(() => Int, { description: '保内 Orders received in warranty' }) inWarranty!: number;
  @Field(() => Int, { description: '保外 Orders received out of warranty' }) outOfWarranty!: number;
  @Field(() => Float, { nullable: true, description: '环比 Change of received against the month before (0.1 = +10 %); totals only' }) receivedChange!: number | null;
  @Field(() => Float, { nullable: true, description: '环比 Change of completed against the month before; totals only' }) completedChange!: number | null;
  // The after-sales documents of the month (totals and station rows; null by other breakdowns, or when the caller may not read the document).
  @Field(() => Int, { nullable: true, description: '投诉 Complaints received (when the customer complained) in the month' }) complaintsReceived!: number | null;
  @Field(() => Int, { nullable: true, description: '投诉结案 Complaints closed in the month' }) complaintsClosed!: number | null;
  @Field(() => Int, { nullable: true, description: '投诉超时 Complaints received in the month that went past their response or resolution deadline (cancelled ones left out)' }) complaintsOverdue!: number | null;
  @Field(() => Int, { nullable: true, description: '退换货申请 Return, refund and exchange requests filed in the month' }) returnsReceived!: number | null;
  @Field(() => Int, { nullable: true, description: '退换货完成 Requests completed in the month' }) returnsCompleted!: number | null;
  @Field(() => Float, { nullable: true, description: '退款金额 Refunds paid in the month (Σ refund of the requests refunded in it)' }) refundAmount!: number | null;
}

@ObjectType({ description: '修理月报表 Monthly repair report' })
export class MonthlyRepairReport {
  @Field(() => [String]) months!: string[];
  @Field(() => MonthlyReportGroup) groupBy!: MonthlyReportGroup;
  @Field(() => [MonthlyRepairRow], { description: 'One row per month: all orders in scope, with month-on-month change' }) totals!: MonthlyRepairRow[];
  @Field(() => [MonthlyRepairRow], { description: 'One row per month and group (empty when not grouped)' }) rows!: MonthlyRepairRow[];
}

/** The group key of an order (as text: full joins need a hashable key) and where its name is. */
const GROUPS: Record<MonthlyReportGroup, { key: string; names?: string }> = {
  [MonthlyReportGroup.NONE]: { key: `''` },
  [MonthlyReportGroup.STATION]: { key: `coalesce(o.station_id::text, '')`, names: 'service_station' },
  [MonthlyReportGroup.CATEGORY]: { key: `p.category_id::text`, names: 'product_category' },
  [MonthlyReportGroup.BRAND]: { key: `p.brand_id::text`, names: 'brand' },
  [MonthlyReportGroup.SYMPTOM_CODE]: { key: `coalesce(o.symptom_code_id::text, '')`, names: 'code' },
};

interface Raw {
  /** The month: its place among the statement's months, from 1. */
  m: string | number;
  g: string;
  received: string;
  completed: string;
  cancelled: string;
  avg_h: string | null;
  p90_h: string | null;
  repeats: string;
  on_time: string;
  in_w: string;
  out_w: string;
  name: string | null;
}

/**
 * Three indexed range scans (received by created_at, completed by completed_at, cancelled by
 * closed_at), each grouped by month and by the breakdown, joined. The month of a time is its
 * bucket among the months' first instants in the business time zone (`width_bucket` over bound
 * instants: a binary search, three times cheaper per row than converting every time to the zone).
 */
function statement(sc: ServiceContext, months: Month[], group: MonthlyReportGroup, stationId: string | undefined): Fragment {
  const tz = sc.config.timeZone;
  const bounds = [...months, addMonths(months[months.length - 1], 1)].map((m) => monthStart(m, tz));
  const from = bounds[0];
  const to = bounds[bounds.length - 1];
  const bucket = (column: string) => sql`width_bucket(${raw(column)}, ${param(`{${bounds.map((b) => b.toISOString()).join(',')}}`)}::timestamptz[])`;
  const g = GROUPS[group];
  const station = stationId ? sql` and o.station_id = ${param(stationId)}` : raw('');
  const scope = andScope(scopeSql(sc, ServiceOrder, 'o'));
  const join = raw(group === MonthlyReportGroup.CATEGORY || group === MonthlyReportGroup.BRAND ? 'join product p on p.id = o.product_id' : '');
  const key = raw(g.key);
  const names = g.names ? raw(`left join ${g.names} n on n.id::text = x.g`) : raw('');
  const name = raw(g.names ? 'n.name' : 'null::text');
  return sql`
    with r as (
      select ${bucket('o.created_at')} m, ${key} g, count(*) n,
             count(*) filter (where o.repeat_repair) repeats, count(*) filter (where o.in_warranty) in_w, count(*) filter (where not o.in_warranty) out_w
        from service_order o ${join}
       where o.created_at >= ${param(from)} and o.created_at < ${param(to)} ${station} ${scope}
       group by 1, 2),
    d as (
      select ${bucket('o.completed_at')} m, ${key} g, count(*) n,
             avg(extract(epoch from o.completed_at - o.created_at)) / 3600 avg_h,
             percentile_cont(0.9) within group (order by extract(epoch from o.completed_at - o.created_at)) / 3600 p90_h,
             count(*) filter (where o.completed_at <= o.sla_due_at) on_time
        from service_order o ${join}
       where o.completed_at >= ${param(from)} and o.completed_at < ${param(to)} ${station} ${scope}
       group by 1, 2),
    c as (
      select ${bucket('o.closed_at')} m, ${key} g, count(*) n
        from service_order o ${join}
       where o.status = ${param(ServiceOrderStatus.CANCELLED)} and o.closed_at >= ${param(from)} and o.closed_at < ${param(to)} ${station} ${scope}
       group by 1, 2),
    x as (
      select coalesce(r.m, d.m, c.m) m, coalesce(r.g, d.g, c.g) g,
             coalesce(r.n, 0) received, coalesce(d.n, 0) completed, coalesce(c.n, 0) cancelled, d.avg_h, d.p90_h,
             coalesce(r.repeats, 0) repeats, coalesce(d.on_time, 0) on_time, coalesce(r.in_w, 0) in_w, coalesce(r.out_w, 0) out_w
        from r full join d on d.m = r.m and d.g = r.g
               full join c on c.m = coalesce(r.m, d.m) and c.g = coalesce(r.g, d.g))
    select x.*, ${name} as name from x ${names} order by x.m, x.received desc, x.g`;
}

/** The month's totals over every group, turnaround percentiles included (computed again, not averaged from groups). */
function toRow(r: Raw, months: Month[]): MonthlyRepairRow {
  const received = num(r.received);
  const completed = num(r.completed);
  const repeats = num(r.repeats);
  const onTime = num(r.on_time);
  return {
    month: typeof r.m === 'number' ? months[r.m - 1] : String(r.m),
    groupId: r.g || null,
    groupName: r.name ?? null,
    received,
    completed,
    cancelled: num(r.cancelled),
    avgTurnaroundHours: round(numOrNull(r.avg_h), 2),
    p90TurnaroundHours: round(numOrNull(r.p90_h), 2),
    repeatRepairs: repeats,
    repeatRate: received ? round(repeats / received) : null,
    completedOnTime: onTime,
    slaAdherence: completed ? round(onTime / completed) : null,
    inWarranty: num(r.in_w),
    outOfWarranty: num(r.out_w),
    receivedChange: null,
    completedChange: null,
    ...NO_AFTER_SALES,
  };
}

const change = (now: number, before: number | undefined) => (before ? round((now - before) / before) : null);

export async function monthlyRepairReport(sc: ServiceContext, filter: MonthlyReportFilter): Promise<MonthlyRepairReport> {
  assertMayRead(sc.actor, ServiceOrder);
  const p = period(sc, filter.from, filter.to);
  const group = filter.groupBy ?? MonthlyReportGroup.NONE;
  // The totals start a month early: the first month's change needs the month before.
  const before = period(sc, addMonths(p.months[0], -1), p.months[p.months.length - 1]);
  const totalsRaw = await query<Raw>(sc, statement(sc, before.months, MonthlyReportGroup.NONE, filter.stationId));
  const byMonth = new Map(totalsRaw.map((r) => toRow(r, before.months)).map((r) => [r.month, r]));
  const totals = p.months.map((month) => {
    const row = byMonth.get(month) ?? emptyRow(month);
    const prev = byMonth.get(addMonths(month, -1));
    return { ...row, receivedChange: change(row.received, prev?.received ?? 0), completedChange: change(row.completed, prev?.completed ?? 0) };
  });
  const rows = group === MonthlyReportGroup.NONE ? [] : (await query<Raw>(sc, statement(sc, p.months, group, filter.stationId))).map((r) => toRow(r, p.months));
  const afterSales = await afterSalesFigures(sc, p.months, group === MonthlyReportGroup.STATION, filter.stationId);
  return { months: p.months, groupBy: group, totals: withAfterSales(totals, afterSales, false, p.months), rows: withAfterSales(rows, afterSales, true, p.months) };
}

/** The after-sales figures put on their rows: the month's total, or the station's (a station with complaints or requests and no orders gets a row of its own). */
function withAfterSales(rows: MonthlyRepairRow[], figures: AfterSalesRow[], byStation: boolean, months: Month[]): MonthlyRepairRow[] {
  const key = (month: string, group: string | null) => `${month}|${group ?? ''}`;
  const own = figures.filter((f) => (f.stationId !== null) === byStation);
  if (!own.length) return rows;
  const out = rows.map((r) => ({ ...r }));
  const byKey = new Map(out.map((r) => [key(r.month, r.groupId), r]));
  for (const f of own) {
    const { month, stationId, stationName, ...counts } = f;
    let row = byKey.get(key(month, stationId));
    if (!row) {
      row = { ...emptyRow(month), groupId: stationId || null, groupName: stationName };
      out.push(row);
      byKey.set(key(month, stationId), row);
    }
    Object.assign(row, counts);
  }
  return out.sort((a, b) => months.indexOf(a.month) - months.indexOf(b.month));
}

const emptyRow = (month: string): MonthlyRepairRow =>
  toRow({ m: month, g: '', received: '0', completed: '0', cancelled: '0', avg_h: null, p90_h: null, repeats: '0', on_time: '0', in_w: '0', out_w: '0', name: null }, []);
