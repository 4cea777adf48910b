import { readConnection } from '../../db/read';
import { Authorized, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import type { ServiceContext } from '../../common/service-context';
import { addDaysTo, startOfDayIn, today } from '../../common/dates';
import { scopeSql } from '../../common/access/scoped';
import { assertMayRead } from '../../common/access/policy';
import type { Context } from '../../graphql/context';
import { ServiceOrder } from './service-order.entity';
import { ServiceOrderStatus as S } from './service-order.enums';
import { SLA_RUNNING } from './service-order.lifecycle';

/** Days of intake the dashboard's chart shows, today included. */
export const INTAKE_DAYS = 14;

@ObjectType({ description: 'Orders received on one day (business time zone)' })
export class DayCount {
  @Field(() => LocalDateResolver) day!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({
  description:
    '首页 The counts a dispatcher or manager acts on, over the orders the caller may see; "today" is the business time zone’s day. Each matches a filter of serviceOrders (see the fields).',
})
export class OrderDashboard {
  @Field(() => LocalDateResolver, { description: 'Today in the business time zone' }) today!: string;
  @Field(() => Int, { description: '超期 Past the SLA deadline and not done: filter { overdue: true }' }) overdue!: number;
  @Field(() => Int, {
    description: '今日到期 Not done, due later today: filter { statuses: [RECEIVED, DISPATCHED, IN_REPAIR, AWAITING_PARTS, SENT_TO_AGENT], overdue: false, slaDueTo: today }',
  })
  dueToday!: number;
  @Field(() => Int, { description: '待件 Waiting for parts: filter { statuses: [AWAITING_PARTS] }' }) awaitingParts!: number;
  @Field(() => Int, { description: '待派工 Received and not dispatched (or the dispatch was rejected): filter { statuses: [RECEIVED] }' })
  unassigned!: number;
  @Field(() => Int, { description: '今日接件 Received today: filter { createdFrom: today, createdTo: today }' }) receivedToday!: number;
  @Field(() => [DayCount], { description: `Orders received per day, the last ${INTAKE_DAYS} days (today last), days without any included` })
  intakeByDay!: DayCount[];
}

const sqlList = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * One statement for the counts (indexes on status and creation time find the open and today's
 * orders; closed history is not read) and one for the chart, both inside the caller's scope.
 */
export async function orderDashboard(sc: ServiceContext): Promise<OrderDashboard> {
  assertMayRead(sc.actor, ServiceOrder);
  const tz = sc.config.timeZone;
  const now = sc.now();
  const day = today(tz, now);
  const dayStart = startOfDayIn(day, tz);
  const tomorrow = startOfDayIn(addDaysTo(day, 1), tz);
  const chartFrom = addDaysTo(day, -(INTAKE_DAYS - 1));
  const scope = scopeSql(sc, ServiceOrder, 'o');
  const inScope = scope ? `and ${scope.sql}` : '';
  const conn = readConnection(sc.em);
  const tx = sc.em.getTransactionContext();
  const running = sqlList(SLA_RUNNING);

  const [counts] = await conn.execute<Array<Record<'overdue' | 'due_today' | 'awaiting_parts' | 'unassigned' | 'received_today', number>>>(
    `select count(*) filter (where o.status in (${running}) and o.sla_due_at < ?)::int as overdue,
            count(*) filter (where o.status in (${running}) and o.sla_due_at >= ? and o.sla_due_at < ?)::int as due_today,
            count(*) filter (where o.status = '${S.AWAITING_PARTS}')::int as awaiting_parts,
            count(*) filter (where o.status = '${S.RECEIVED}')::int as unassigned,
            count(*) filter (where o.created_at >= ? and o.created_at < ?)::int as received_today
       from service_order o
      where (o.status in (${running}) or o.created_at >= ?) ${inScope}`,
    [now, now, tomorrow, dayStart, tomorrow, dayStart, ...(scope?.bindings ?? [])],
    'all',
    tx,
  );
  const perDay = await conn.execute<Array<{ day: string; n: number }>>(
    `select to_char(o.created_at at time zone ?, 'YYYY-MM-DD') as day, count(*)::int as n
       from service_order o
      where o.created_at >= ? and o.created_at < ? ${inScope}
      group by 1`,
    [tz, startOfDayIn(chartFrom, tz), tomorrow, ...(scope?.bindings ?? [])],
    'all',
    tx,
  );
  const byDay = new Map(perDay.map((r) => [r.day, r.n]));
  return {
    today: day,
    overdue: counts.overdue,
    dueToday: counts.due_today,
    awaitingParts: counts.awaiting_parts,
    unassigned: counts.unassigned,
    receivedToday: counts.received_today,
    intakeByDay: Array.from({ length: INTAKE_DAYS }, (_, i) => {
      const d = addDaysTo(chartFrom, i);
      return { day: d, count: byDay.get(d) ?? 0 };
    }),
  };
}

@Resolver()
export class OrderDashboardResolver {
  @Authorized('serviceOrder:read')
  @Query(() => OrderDashboard, { description: '首页 Counts of the orders to act on now (overdue, due today, awaiting parts, unassigned, received today) and intake per day' })
  orderDashboard(@Ctx() ctx: Context): Promise<OrderDashboard> {
    return orderDashboard(ctx);
  }
}
