import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { ServiceContext } from '../../common/service-context';
import type { TimelineLine } from '../../common/lifecycle/lifecycle';
import { badInput, fieldError } from '../../common/errors';
import { today } from '../../common/dates';
import { Customer } from '../customer/customer.entity';
import { ServiceStation, StationKind } from '../station/service-station.entity';
import { Region } from '../region/region.entity';
import { DistanceBand } from '../fee/fee-enums';
import { bandOf, distanceKm } from './sla';
import { Technician, TechnicianStatus } from '../station/technician.entity';
import { loadServiceRules } from '../settings/service-rules';
import { applySla } from './intake';
import { OrderTechnician } from './order-technician.entity';
import type { ServiceOrder } from './service-order.entity';
import { ServiceOrderAction } from './service-order.enums';
import type { DispatchInput } from './service-order.inputs';
import { appointmentLine, runStep, type Warning } from './transitions';
import { findInScope } from '../../common/access/scoped';

@ObjectType({ description: '派工建议 A technician ranked for an order: default technician first, then region match and load' })
export class TechnicianSuggestion {
  @Field(() => Technician)
  technician!: Technician;

  @Field(() => Int, { description: 'Orders already assigned to them that day' })
  load!: number;

  @Field(() => Int)
  dailyOrderLimit!: number;

  @Field({ description: 'One more order would exceed the daily limit' })
  overloaded!: boolean;

  @Field({ description: 'Covers the customer’s region' })
  regionMatch!: boolean;

  @Field({ description: 'The customer’s default technician' })
  isDefault!: boolean;
}

@ObjectType({ description: '网点建议 A station ranked for an order: within its radius, not over capacity, nearest first' })
export class StationSuggestion {
  @Field(() => ServiceStation)
  station!: ServiceStation;

  @Field(() => Float, { nullable: true, description: 'Distance to the customer’s region (km), when both have coordinates' })
  distanceKm!: number | null;

  @Field(() => DistanceBand)
  distanceBand!: DistanceBand;

  @Field({ description: 'The customer’s region lies within the station’s service radius' })
  withinRadius!: boolean;

  @Field(() => Int, { description: 'Orders dispatched to it and not yet done' })
  openOrders!: number;

  @Field(() => Int)
  dailyCapacity!: number;

  @Field({ description: 'Open orders already at or above its daily capacity' })
  overCapacity!: boolean;
}

/** 区域派工: repair stations ranked for the order's region. */
export async function suggestStations(ctx: ServiceContext, order: ServiceOrder): Promise<StationSuggestion[]> {
  const rules = await loadServiceRules(ctx.em);
  const region = order.regionId ? await ctx.em.findOne(Region, order.regionId) : null;
  const stations = await findInScope(ctx, ServiceStation, { active: true, kind: { $in: [StationKind.OWN_CENTER, StationKind.AUTHORISED] } });
  const rows = await ctx.em.getConnection().execute<{ station_id: string; n: string }[]>(
    `select station_id, count(*) as n from service_order
      where station_id is not null and status in ('dispatched', 'in_repair', 'awaiting_parts') group by station_id`,
    [],
    'all',
    ctx.em.getTransactionContext(),
  );
  const open = new Map(rows.map((r) => [r.station_id, Number(r.n)]));
  return stations
    .map((station) => {
      const km = region ? distanceKm(station, region) : undefined;
      const openOrders = open.get(station.id) ?? 0;
      return {
        station,
        distanceKm: km ?? null,
        distanceBand: bandOf(km, rules),
        withinRadius: km !== undefined && km <= station.serviceRadiusKm,
        openOrders,
        dailyCapacity: station.dailyCapacity,
        overCapacity: openOrders >= station.dailyCapacity,
      };
    })
    .sort(
      (a, b) =>
        Number(b.withinRadius) - Number(a.withinRadius) ||
        Number(a.overCapacity) - Number(b.overCapacity) ||
        (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity) ||
        a.station.code.localeCompare(b.station.code),
    );
}

/** Orders per technician on a work day, cancelled orders aside; one query for all of them. */
export async function loads(ctx: ServiceContext, technicianIds: string[], workDate: string, exceptOrderId?: string): Promise<Map<string, number>> {
  if (!technicianIds.length) return new Map();
  const rows = await ctx.em.getConnection().execute<{ technician_id: string; n: string }[]>(
    `select a.technician_id, count(*) as n
       from service_order_technician a join service_order o on o.id = a.order_id
      where a.technician_id in (${technicianIds.map(() => '?').join(', ')}) and a.work_date = ?
        and o.status <> 'cancelled' and a.order_id <> ?
      group by a.technician_id`,
    [...technicianIds, workDate, exceptOrderId ?? '00000000-0000-0000-0000-000000000000'],
    'all',
    ctx.em.getTransactionContext(),
  );
  return new Map(rows.map((r) => [r.technician_id, Number(r.n)]));
}

function workDateOf(order: Pick<ServiceOrder, 'appointmentStart'>, timeZone: string, now: Date): string {
  return today(timeZone, order.appointmentStart ?? now);
}

/** Who can take an order soonest: idle, then on the way, then on site; off duty last. */
const AVAILABILITY: Record<TechnicianStatus, number> = {
  [TechnicianStatus.IDLE]: 0,
  [TechnicianStatus.ON_THE_WAY]: 1,
  [TechnicianStatus.ON_SITE]: 2,
  [TechnicianStatus.OFF_DUTY]: 3,
};

/** 智能派工: the station's active technicians, best first. */
export async function suggestTechnicians(ctx: ServiceContext, order: ServiceOrder, stationId: string | null, date?: string) {
  const station = stationId ?? order.stationId;
  if (!station) throw badInput([fieldError('stationId', '必须指定（服务单还没有维修站）', 'is required (the order has no station yet)')]);
  const day = date ?? workDateOf(order, ctx.config.timeZone, ctx.now());
  const technicians = await findInScope(ctx, Technician, { station, active: true });
  const customer = await ctx.em.findOneOrFail(Customer, order.customerId);
  const load = await loads(ctx, technicians.map((t) => t.id), day, order.id);
  const suggestions = technicians.map((technician) => {
    const n = load.get(technician.id) ?? 0;
    return {
      technician,
      load: n,
      dailyOrderLimit: technician.dailyOrderLimit,
      overloaded: n + 1 > technician.dailyOrderLimit,
      regionMatch: !!order.regionId && technician.regionIds.includes(order.regionId),
      isDefault: technician.id === customer.defaultTechnicianId,
    };
  });
  const offDuty = (s: TechnicianSuggestion) => s.technician.status === TechnicianStatus.OFF_DUTY;
  return suggestions.sort(
    (a, b) =>
      Number(offDuty(a)) - Number(offDuty(b)) ||
      Number(b.isDefault) - Number(a.isDefault) ||
      Number(a.overloaded) - Number(b.overloaded) ||
      AVAILABILITY[a.technician.status] - AVAILABILITY[b.technician.status] ||
      Number(b.regionMatch) - Number(a.regionMatch) ||
      a.load - b.load ||
      b.technician.skillGrade - a.technician.skillGrade ||
      a.technician.code.localeCompare(b.technician.code),
  );
}

/**
 * 派工: to a station and its technicians (the first leads). A technician over their daily limit
 * is a warning (不合理派工检查), not a refusal. The SLA deadline now counts the real distance.
 */
export function dispatch(ctx: ServiceContext, id: string, input: DispatchInput) {
  return runStep(ctx, id, ServiceOrderAction.DISPATCH, async (order) => {
    const station = await ctx.em.findOne(ServiceStation, input.stationId);
    if (!station || !station.active) throw badInput([fieldError('stationId', '不存在或已停用', 'does not exist or is deactivated')]);
    const ids = [...new Set(input.technicianIds ?? [])];
    const technicians = ids.length ? await ctx.em.find(Technician, { id: { $in: ids } }) : [];
    if (technicians.length !== ids.length || technicians.some((t) => !t.active || t.stationId !== station.id)) {
      throw badInput([fieldError('technicianIds', '必须是该维修站在职的维修员', 'must be active technicians of the station')]);
    }
    if (input.appointmentStart !== undefined) order.appointmentStart = input.appointmentStart;
    if (input.appointmentEnd !== undefined) order.appointmentEnd = input.appointmentEnd;
    if (order.appointmentStart && order.appointmentEnd && order.appointmentEnd <= order.appointmentStart) {
      throw badInput([fieldError('appointmentEnd', '必须晚于预约开始时间', 'must be after the appointment start')]);
    }
    const workDate = workDateOf(order, ctx.config.timeZone, ctx.now());
    const load = await loads(ctx, ids, workDate, order.id);
    const warnings: Warning[] = [];
    for (const t of technicians) {
      const n = (load.get(t.id) ?? 0) + 1;
      if (n > t.dailyOrderLimit) {
        warnings.push({
          code: 'TECHNICIAN_OVERLOADED',
          message: `${t.name} ${workDate} 的工单将达 ${n} 单，超过每日上限 ${t.dailyOrderLimit}`,
          messageEn: `${t.name} would have ${n} orders on ${workDate}, over the daily limit of ${t.dailyOrderLimit}`,
        });
      }
    }
    // Through the unit of work, so that each removed assignment is audited; flushed before the new ones (unique per order).
    ctx.em.remove(await ctx.em.find(OrderTechnician, { order }));
    await ctx.em.flush();
    ids.forEach((technicianId, i) =>
      ctx.em.persist(ctx.em.create(OrderTechnician, { order, technician: technicianId, workDate, lead: i === 0 } as never)),
    );
    order.station = station as never;
    order.dispatchedAt = ctx.now();
    const customer = await ctx.em.findOneOrFail(Customer, order.customerId);
    await applySla(ctx, order, customer, await loadServiceRules(ctx.em));
    const names = ids.map((tid) => technicians.find((t) => t.id === tid)!.name);
    const lines: TimelineLine[] = [{ t: 'order.dispatchedTo', p: { station: station.name }, public: true }];
    if (names.length) lines.push({ t: 'order.technicians', p: { technicians: names } });
    lines.push({ t: 'order.workDay', p: { date: workDate }, d: { date: 'day' }, public: true }, ...appointmentLine(order));
    return { lines, note: input.note, warnings };
  });
}
