import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsOptional, IsUUID, Matches } from 'class-validator';
import { scopeSql } from '../../common/access/scoped';
import { assertMayRead } from '../../common/access/policy';
import type { ServiceContext } from '../../common/service-context';
import { DistanceBand } from '../fee/fee-enums';
import { sql, param, raw } from '../query/sql';
import { ServiceOrder } from '../service-order/service-order.entity';
import { ServiceOrderStatus } from '../service-order/service-order.enums';
import { andScope, num, numOrNull, period, query, round, SLA_STOP } from './report-period';
import { MONTH_PATTERN } from './monthly-repair.report';

/** Breached orders listed beside the figures (the worst first). */
export const BREACH_LIST_SIZE = 200;

@InputType({ description: '跳闸 Orders whose SLA fell due in the months' })
export class SlaBreachFilter {
  @Field({ description: 'YYYY-MM' }) @Matches(MONTH_PATTERN) from!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(MONTH_PATTERN) to?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() stationId?: string;
}

@ObjectType({ description: '跳闸 A station and distance band: orders due, breached, the rate and how late' })
export class SlaBreachRow {
  @Field(() => ID, { nullable: true }) stationId!: string | null;
  @Field(() => String, { nullable: true }) stationName!: string | null;
  @Field(() => DistanceBand, { nullable: true }) band!: DistanceBand | null;
  @Field(() => Int) due!: number;
  @Field(() => Int) breached!: number;
  @Field(() => Float, { nullable: true }) breachRate!: number | null;
  @Field(() => Float, { nullable: true, description: 'Average hours past due of the breached' }) avgHoursLate!: number | null;
}

@ObjectType({ description: '跳闸 One breached order' })
export class SlaBreachOrder {
  @Field(() => ID) orderId!: string;
  @Field() orderNumber!: string;
  @Field(() => String, { nullable: true }) stationName!: string | null;
  @Field(() => DistanceBand, { nullable: true }) band!: DistanceBand | null;
  @Field() slaDueAt!: Date;
  @Field(() => Date, { nullable: true, description: 'When the SLA clock stopped (none: still running)' }) stoppedAt!: Date | null;
  @Field(() => Float) hoursLate!: number;
}

@ObjectType({ description: '跳闸信息 SLA breaches by station and band' })
export class SlaBreaches {
  @Field(() => Int) due!: number;
  @Field(() => Int) breached!: number;
  @Field(() => Float, { nullable: true }) breachRate!: number | null;
  @Field(() => [SlaBreachRow]) rows!: SlaBreachRow[];
  @Field(() => [SlaBreachOrder], { description: `The ${BREACH_LIST_SIZE} latest past due` }) orders!: SlaBreachOrder[];
}

/**
 * An order breaches when its SLA clock stopped after the due time, or is still running past it.
 * Orders are counted in the month their SLA fell due; cancelled orders are left out.
 */
export async function slaBreaches(sc: ServiceContext, f: SlaBreachFilter): Promise<SlaBreaches> {
  assertMayRead(sc.actor, ServiceOrder);
  const p = period(sc, f.from, f.to);
  const now = sc.now();
  const station = f.stationId ? sql` and o.station_id = ${param(f.stationId)}` : raw('');
  const scope = andScope(scopeSql(sc, ServiceOrder, 'o'));
  const base = sql`
    with b as (
      select o.id, o.number, o.station_id, o.distance_band, o.sla_due_at, ${raw(SLA_STOP)} stopped,
             extract(epoch from coalesce(${raw(SLA_STOP)}, ${param(now)}) - o.sla_due_at) / 3600 late
        from service_order o
       where o.sla_due_at >= ${param(p.from)} and o.sla_due_at < ${param(p.to)} and o.status <> ${param(ServiceOrderStatus.CANCELLED)} ${station} ${scope})`;
  const groups = await query<{ station_id: string | null; station_name: string | null; band: DistanceBand | null; due: string; breached: string; late: string | null; total: boolean }>(
    sc,
    sql`${base}
    select b.station_id, s.name station_name, b.distance_band band, count(*) due, count(*) filter (where b.late > 0) breached,
           avg(b.late) filter (where b.late > 0) late, grouping(b.station_id) = 1 total
      from b left join service_station s on s.id = b.station_id
     group by grouping sets ((b.station_id, s.name, s.code, b.distance_band), ())
     order by grouping(b.station_id) desc, s.code, b.distance_band`,
  );
  const list = await query<{ id: string; number: string; station_name: string | null; distance_band: DistanceBand | null; sla_due_at: Date; stopped: Date | null; late: string }>(
    sc,
    sql`${base}
    select b.*, s.name station_name from b left join service_station s on s.id = b.station_id
     where b.late > 0 order by b.late desc, b.number limit ${param(BREACH_LIST_SIZE)}`,
  );
  const [total, ...rows] = groups;
  const row = (r: (typeof groups)[number]): SlaBreachRow => ({
    stationId: r.station_id,
    stationName: r.station_name,
    band: r.band,
    due: num(r.due),
    breached: num(r.breached),
    breachRate: num(r.due) ? round(num(r.breached) / num(r.due)) : null,
    avgHoursLate: round(numOrNull(r.late), 2),
  });
  const t = total ? row(total) : { due: 0, breached: 0, breachRate: null };
  return {
    due: t.due,
    breached: t.breached,
    breachRate: t.breachRate,
    rows: rows.map(row),
    orders: list.map((o) => ({
      orderId: o.id,
      orderNumber: o.number,
      stationName: o.station_name,
      band: o.distance_band,
      slaDueAt: new Date(o.sla_due_at),
      stoppedAt: o.stopped ? new Date(o.stopped) : null,
      hoursLate: round(num(o.late), 2)!,
    })),
  };
}
