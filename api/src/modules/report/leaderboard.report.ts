import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import type { EntityManager } from '@mikro-orm/postgresql';
import { scopeSql } from '../../common/access/scoped';
import { assertMayRead } from '../../common/access/policy';
import { badInput, fieldError, forbidden } from '../../common/errors';
import type { ServiceContext } from '../../common/service-context';
import { sql, param, raw } from '../query/sql';
import { ServiceOrder } from '../service-order/service-order.entity';
import { ServiceOrderStatus } from '../service-order/service-order.enums';
import { Setting } from '../settings/setting.entity';
import { Technician } from '../station/technician.entity';
import { andScope, checkMonth, num, numOrNull, period, query, round, SLA_STOP } from './report-period';
import { MONTH_PATTERN } from './monthly-repair.report';
import { mayChangeLeaderboardWeights } from './report-abilities';

/** 赛马场 weights: data, changed by managers (audited as a setting), not code. */
@ObjectType({ description: '赛马场权重 How much each measure counts in the combined score' })
export class LeaderboardWeights {
  @Field(() => Float, { description: 'Completed orders (more is better)' }) completed!: number;
  @Field(() => Float, { description: 'Average turnaround (shorter is better)' }) turnaround!: number;
  @Field(() => Float, { description: 'Repeat-repair rate (lower is better)' }) repeatRate!: number;
  @Field(() => Float, { description: 'Return-visit satisfaction (higher is better)' }) satisfaction!: number;
  @Field(() => Float, { description: 'SLA breaches (fewer is better)' }) overdue!: number;
}

@InputType()
export class LeaderboardWeightsInput {
  @Field(() => Float, { nullable: true }) @IsOptional() @Min(0) @Max(100) completed?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @Min(0) @Max(100) turnaround?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @Min(0) @Max(100) repeatRate?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @Min(0) @Max(100) satisfaction?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @Min(0) @Max(100) overdue?: number;
}

export const DEFAULT_WEIGHTS: LeaderboardWeights = { completed: 30, turnaround: 20, repeatRate: 20, satisfaction: 20, overdue: 10 };
const KEY = 'leaderboard_weights';

export async function loadWeights(em: EntityManager): Promise<LeaderboardWeights> {
  const row = await em.findOne(Setting, KEY);
  return { ...DEFAULT_WEIGHTS, ...(row?.value as Partial<LeaderboardWeights> | undefined) };
}

export async function saveWeights(sc: ServiceContext, input: LeaderboardWeightsInput): Promise<LeaderboardWeights> {
  if (!mayChangeLeaderboardWeights(sc.actor)) throw forbidden('leaderboard.weights');
  const next = { ...(await loadWeights(sc.em)), ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined && v !== null)) } as LeaderboardWeights;
  if (Object.values(next).every((w) => !w)) throw badInput([fieldError('completed', '至少一项权重须大于 0', 'or another weight must be above 0')]);
  const row = (await sc.em.findOne(Setting, KEY)) ?? sc.em.create(Setting, { key: KEY, value: {} });
  row.value = { ...next };
  sc.em.persist(row);
  await sc.em.flush();
  return next;
}

@InputType({ description: '赛马场 A month, optionally one station' })
export class LeaderboardFilter {
  @Field({ description: 'YYYY-MM' }) @Matches(MONTH_PATTERN) month!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() stationId?: string;
}

@ObjectType({ description: '赛马场 A technician’s month on every measure, each normalised 0–1 (1 best), and the weighted score' })
export class LeaderboardRow {
  @Field(() => Int) rank!: number;
  @Field(() => ID) technicianId!: string;
  @Field() technicianCode!: string;
  @Field() technicianName!: string;
  @Field(() => ID) stationId!: string;
  @Field() stationName!: string;
  @Field(() => Int, { description: 'Orders completed in the month with this technician on them' }) completed!: number;
  @Field(() => Float, { nullable: true, description: 'Average hours from intake to completion' }) avgTurnaroundHours!: number | null;
  @Field(() => Float, { nullable: true, description: 'Share of those orders that came back (a later order is their repeat repair)' }) repeatRate!: number | null;
  @Field(() => Float, { nullable: true, description: 'Average return-visit score (1–5) of those orders' }) satisfaction!: number | null;
  @Field(() => Int, { description: 'Their orders due in the month that missed the SLA' }) overdue!: number;
  @Field(() => Float, { description: 'Combined score 0–100' }) score!: number;
}

@ObjectType({ description: '赛马场 Technician leaderboard' })
export class Leaderboard {
  @Field() month!: string;
  @Field(() => LeaderboardWeights) weights!: LeaderboardWeights;
  @Field(() => [LeaderboardRow]) rows!: LeaderboardRow[];
}

interface Raw {
  id: string;
  code: string;
  name: string;
  station_id: string;
  station_name: string;
  completed: string;
  turnaround: string | null;
  repeat_rate: string | null;
  satisfaction: string | null;
  overdue: string;
  score: string;
  rank: string;
}

/**
 * Each measure is scaled over the technicians listed (min-max, the best 1, the worst 0; all equal:
 * 1). A technician without completed orders scores 0 on turnaround and repeat rate, one without
 * return visits 0.5 on satisfaction. The score is 100 × Σ weight × scaled / Σ weight.
 */
export async function technicianLeaderboard(sc: ServiceContext, filter: LeaderboardFilter): Promise<Leaderboard> {
  assertMayRead(sc.actor, ServiceOrder);
  assertMayRead(sc.actor, Technician);
  const month = checkMonth(filter.month);
  const p = period(sc, month);
  const w = await loadWeights(sc.em);
  const total = w.completed + w.turnaround + w.repeatRate + w.satisfaction + w.overdue || 1;
  const scope = andScope(scopeSql(sc, ServiceOrder, 'o'));
  const station = filter.stationId ? sql` and t.station_id = ${param(filter.stationId)}` : raw('');
  const rows = await query<Raw>(
    sc,
    sql`
    with done as (
      select a.technician_id, o.completed_at, o.created_at, o.return_visit_score,
             exists (select 1 from service_order r where r.previous_order_id = o.id) came_back
        from service_order_technician a join service_order o on o.id = a.order_id
       where o.completed_at >= ${param(p.from)} and o.completed_at < ${param(p.to)} ${scope}),
    m as (
      select technician_id, count(*) completed, avg(extract(epoch from completed_at - created_at)) / 3600 turnaround,
             avg(came_back::int) repeat_rate, avg(return_visit_score) satisfaction
        from done group by 1),
    due as (
      select a.technician_id, count(*) overdue
        from service_order_technician a join service_order o on o.id = a.order_id
       where o.sla_due_at >= ${param(p.from)} and o.sla_due_at < ${param(p.to)} and o.status <> ${param(ServiceOrderStatus.CANCELLED)}
         and coalesce(${raw(SLA_STOP)}, ${param(sc.now())}) > o.sla_due_at ${scope}
       group by 1),
    x as (
      select t.id, t.code, t.name, t.station_id, s.name station_name, s.code station_code,
             coalesce(m.completed, 0) completed, m.turnaround, m.repeat_rate, m.satisfaction, coalesce(due.overdue, 0) overdue
        from technician t join service_station s on s.id = t.station_id
        left join m on m.technician_id = t.id left join due on due.technician_id = t.id
       where (t.active or m.technician_id is not null or due.technician_id is not null) ${station} ${andScope(scopeSql(sc, Technician, 't'))}),
    n as (
      select x.*,
        coalesce((x.completed - min(x.completed) over ())::float8 / nullif(max(x.completed) over () - min(x.completed) over (), 0), 1) n_completed,
        case when x.turnaround is null then 0 else coalesce((max(x.turnaround) over () - x.turnaround)::float8 / nullif(max(x.turnaround) over () - min(x.turnaround) over (), 0), 1) end n_turnaround,
        case when x.repeat_rate is null then 0 else coalesce((max(x.repeat_rate) over () - x.repeat_rate)::float8 / nullif(max(x.repeat_rate) over () - min(x.repeat_rate) over (), 0), 1) end n_repeat,
        case when x.satisfaction is null then 0.5 else coalesce((x.satisfaction - min(x.satisfaction) over ())::float8 / nullif(max(x.satisfaction) over () - min(x.satisfaction) over (), 0), 1) end n_satisfaction,
        coalesce((max(x.overdue) over () - x.overdue)::float8 / nullif(max(x.overdue) over () - min(x.overdue) over (), 0), 1) n_overdue
      from x),
    sc as (
      select n.*, round((100 * (${param(w.completed)}::float8 * n_completed + ${param(w.turnaround)}::float8 * n_turnaround + ${param(w.repeatRate)}::float8 * n_repeat
                    + ${param(w.satisfaction)}::float8 * n_satisfaction + ${param(w.overdue)}::float8 * n_overdue) / ${param(total)}::float8)::numeric, 1) score
        from n)
    select sc.*, rank() over (order by sc.score desc) rank from sc order by sc.score desc, sc.completed desc, sc.station_code, sc.code`,
  );
  return {
    month,
    weights: w,
    rows: rows.map((r) => ({
      rank: num(r.rank),
      technicianId: r.id,
      technicianCode: r.code,
      technicianName: r.name,
      stationId: r.station_id,
      stationName: r.station_name,
      completed: num(r.completed),
      avgTurnaroundHours: round(numOrNull(r.turnaround), 2),
      repeatRate: round(numOrNull(r.repeat_rate)),
      satisfaction: round(numOrNull(r.satisfaction), 2),
      overdue: num(r.overdue),
      score: num(r.score),
    })),
  };
}
