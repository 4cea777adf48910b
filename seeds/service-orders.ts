import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Faker, zh_CN, en, base } from '@faker-js/faker';
import { v7 as uuidv7 } from 'uuid';
import { today } from '../api/src/common/dates';
import { User } from '../api/src/modules/auth/user.entity';
import { Role } from '../api/src/modules/auth/role';
import { Code } from '../api/src/modules/code-table/code.entity';
import { CodeGroup } from '../api/src/modules/code-table/code-group.entity';
import { CodeKind } from '../api/src/modules/code-table/code-kind';
import { Customer, CustomerKind } from '../api/src/modules/customer/customer.entity';
import { FeeKind } from '../api/src/modules/fee/fee-enums';
import { FeeRule } from '../api/src/modules/fee/fee-rule.entity';
import { Part } from '../api/src/modules/part/part.entity';
import { Product } from '../api/src/modules/product/product.entity';
import { ProductUnit } from '../api/src/modules/product/product-unit.entity';
import { Region } from '../api/src/modules/region/region.entity';
import { ServiceStation, StationKind } from '../api/src/modules/station/service-station.entity';
import { Technician } from '../api/src/modules/station/technician.entity';
import { DEFAULT_SERVICE_RULES } from '../api/src/modules/settings/service-rules';
import { bestRule, derivePayer, serviceKindOf } from '../api/src/modules/service-order/fees';
import { bandOf, distanceKm, slaDue } from '../api/src/modules/service-order/sla';
import { ServiceOrder } from '../api/src/modules/service-order/service-order.entity';
import { TimelineEvent } from '../api/src/modules/service-order/timeline-event.entity';
import type { TimelineLine } from '../api/src/common/lifecycle/lifecycle';
import { OrderTechnician } from '../api/src/modules/service-order/order-technician.entity';
import { OrderPart, OrderPartKind } from '../api/src/modules/service-order/order-part.entity';
import {
  AppraisalVerdict,
  CustomerRequest,
  OrderChannel,
  SaleAttribute,
  ServiceOrderKind,
  ServiceOrderStatus as S,
  TimelineAction as T,
} from '../api/src/modules/service-order/service-order.enums';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

/** Where an order's story ends, weighted by how long ago it was taken. */
function finalStatus(f: Faker, ageDays: number, preSale: boolean): S {
  if (preSale) {
    if (ageDays < 5) return f.helpers.arrayElement([S.RECEIVED, S.DISPATCHED, S.SENT_TO_AGENT]);
    return f.helpers.weightedArrayElement([
      { weight: 9, value: S.BACK_FROM_AGENT },
      { weight: 1, value: S.CANCELLED },
    ]);
  }
  if (ageDays < 3) {
    return f.helpers.weightedArrayElement([
      { weight: 3, value: S.RECEIVED },
      { weight: 3, value: S.DISPATCHED },
      { weight: 3, value: S.IN_REPAIR },
      { weight: 1, value: S.AWAITING_PARTS },
      { weight: 1, value: S.SENT_TO_AGENT },
      { weight: 1, value: S.COMPLETED },
    ]);
  }
  if (ageDays < 14) {
    return f.helpers.weightedArrayElement([
      { weight: 1, value: S.IN_REPAIR },
      { weight: 2, value: S.AWAITING_PARTS },
      { weight: 1, value: S.SENT_TO_AGENT },
      { weight: 1, value: S.BACK_FROM_AGENT },
      { weight: 3, value: S.COMPLETED },
      { weight: 4, value: S.RETURNED_TO_CUSTOMER },
      { weight: 4, value: S.VISITED },
      { weight: 1, value: S.CANCELLED },
    ]);
  }
  return f.helpers.weightedArrayElement([
    { weight: 1, value: S.RETURNED_TO_CUSTOMER },
    { weight: 16, value: S.VISITED },
    { weight: 2, value: S.CANCELLED },
  ]);
}

/** The steps that lead to a status (after-sale); some repairs go through the agent instead. */
function pathTo(f: Faker, status: S, preSale: boolean): T[] {
  const viaAgent = preSale || f.number.int(100) < 8;
  const waits = f.number.int(100) < 20;
  const repair = waits ? [T.START_REPAIR, T.AWAIT_PARTS, T.PARTS_ARRIVED, T.COMPLETE] : [T.START_REPAIR, T.COMPLETE];
  const done = viaAgent ? [T.SEND_TO_AGENT, T.RECEIVE_FROM_AGENT] : repair;
  const full = [T.DISPATCH, ...done, T.RETURN_TO_CUSTOMER, T.RECORD_RETURN_VISIT];
  const upTo: Record<S, T[]> = {
    [S.RECEIVED]: [],
    [S.DISPATCHED]: [T.DISPATCH],
    [S.IN_REPAIR]: [T.DISPATCH, T.START_REPAIR],
    [S.AWAITING_PARTS]: [T.DISPATCH, T.START_REPAIR, T.AWAIT_PARTS],
    [S.COMPLETED]: [T.DISPATCH, ...repair],
    [S.SENT_TO_AGENT]: [T.DISPATCH, T.SEND_TO_AGENT],
    [S.BACK_FROM_AGENT]: [T.DISPATCH, T.SEND_TO_AGENT, T.RECEIVE_FROM_AGENT],
    [S.RETURNED_TO_CUSTOMER]: full.slice(0, -1),
    [S.VISITED]: full,
    [S.CANCELLED]: [],
  };
  if (status === S.CANCELLED) {
    const before = f.helpers.arrayElement([[], [T.DISPATCH], [T.DISPATCH, T.START_REPAIR]]);
    return [...before, T.CANCEL];
  }
  return upTo[status];
}

const STATUS_AFTER: Partial<Record<T, S>> = {
  [T.DISPATCH]: S.DISPATCHED,
  [T.START_REPAIR]: S.IN_REPAIR,
  [T.AWAIT_PARTS]: S.AWAITING_PARTS,
  [T.PARTS_ARRIVED]: S.IN_REPAIR,
  [T.COMPLETE]: S.COMPLETED,
  [T.SEND_TO_AGENT]: S.SENT_TO_AGENT,
  [T.RECEIVE_FROM_AGENT]: S.BACK_FROM_AGENT,
  [T.RETURN_TO_CUSTOMER]: S.RETURNED_TO_CUSTOMER,
  [T.RECORD_RETURN_VISIT]: S.VISITED,
  [T.CANCEL]: S.CANCELLED,
};

/** Hours each step usually takes after the one before. */
const STEP_HOURS: Partial<Record<T, [number, number]>> = {
  [T.DISPATCH]: [0.2, 6],
  [T.START_REPAIR]: [2, 40],
  [T.AWAIT_PARTS]: [0.5, 3],
  [T.PARTS_ARRIVED]: [24, 120],
  [T.COMPLETE]: [0.5, 6],
  [T.SEND_TO_AGENT]: [4, 24],
  [T.RECEIVE_FROM_AGENT]: [72, 240],
  [T.RETURN_TO_CUSTOMER]: [1, 48],
  [T.RECORD_RETURN_VISIT]: [24, 96],
  [T.CANCEL]: [0.5, 48],
};

const SYMPTOM_TEXTS = ['不制冷', '不通电', '有异响', '漏水', '显示故障代码', '开机后自动关机', '遥控失灵', '不加热', '噪音大', '门关不严'];
const CANCEL_REASONS = ['顾客自行解决', '重复报修', '顾客改约后取消', '不在服务范围内', '顾客不愿付费'];
const VISIT_COMMENTS = ['师傅很专业', '上门准时', '问题已解决，很满意', '等配件时间太长', '还是有点小问题', '态度一般', '收费解释清楚'];

export interface SeededOrders {
  orders: number;
  events: number;
}

/**
 * 2,000+ service orders over the last 12 months in every state, with realistic timelines,
 * technicians, codes, parts and fees, written in bulk from the master data already in the database.
 */
export async function seedServiceOrders(em: EntityManager, opts: { count?: number; timeZone: string; now?: Date }): Promise<SeededOrders> {
  const f = new Faker({ locale: [zh_CN, en, base] });
  f.seed(20261123);
  const now = opts.now ?? new Date();
  const rules = DEFAULT_SERVICE_RULES;

  // Sequential: inside the seeding transaction all queries share one connection.
  const units = await em.find(ProductUnit, { owner: { $ne: null }, active: true }, { limit: 5000 });
  const stations = await em.find(ServiceStation, { active: true });
  const technicians = await em.find(Technician, { active: true });
  const codes = await em.find(Code, { active: true });
  const groups = await em.find(CodeGroup, {});
  const feeRules = await em.find(FeeRule, { active: true });
  const parts = await em.find(Part, { active: true });
  const regions = await em.find(Region, {});
  const users = await em.find(User, { active: true });
  const products = new Map((await em.find(Product, {})).map((p) => [p.id, p]));
  const customers = new Map(
    (await em.find(Customer, { id: { $in: [...new Set(units.map((u) => u.ownerId!))] } })).map((c) => [c.id, c]),
  );
  const stores = await em.find(Customer, { kind: CustomerKind.STORE });
  const regionById = new Map(regions.map((r) => [r.id, r]));
  const groupById = new Map(groups.map((g) => [g.id, g]));
  const repairStations = stations.filter((s) => s.kind === StationKind.OWN_CENTER || s.kind === StationKind.AUTHORISED);
  const techsByStation = new Map<string, Technician[]>();
  for (const t of technicians) techsByStation.set(t.stationId, [...(techsByStation.get(t.stationId) ?? []), t]);
  const dispatchers = users.filter((u) => u.roles.includes(Role.DISPATCHER) || u.roles.includes(Role.ADMIN));
  const staffOf = new Map(users.filter((u) => u.stationId).map((u) => [u.stationId!, u]));
  if (!units.length || !repairStations.length || !dispatchers.length) return { orders: 0, events: 0 };

  const allows = (ids: string[], categoryId: string) => ids.length === 0 || ids.includes(categoryId);
  const codesFor = (kind: CodeKind, categoryId: string) =>
    codes.filter((c) => c.kind === kind && allows(c.categoryIds, categoryId) && allows(groupById.get(c.groupId)?.categoryIds ?? [], categoryId));
  const nearestStation = (region: Region | undefined) => {
    if (!region) return f.helpers.arrayElement(repairStations);
    const ranked = repairStations
      .map((s) => ({ s, km: distanceKm(s, region) ?? 1e9 }))
      .sort((a, b) => a.km - b.km)
      .slice(0, 3);
    return f.helpers.weightedArrayElement(ranked.map((r, i) => ({ weight: 3 - i, value: r.s })));
  };

  const count = opts.count ?? 2400;
  const drafts: Array<{ createdAt: Date; build: (number: string) => void }> = [];
  const orders: object[] = [];
  const events: object[] = [];
  const assignments: object[] = [];
  const lines: object[] = [];
  const lastCompletion = new Map<string, { at: Date; id: string; symptom: string | null; repairs: number }>();

  // Oldest first, so that repeat repairs can point back at earlier orders.
  // Most orders are spread over the year; the open backlog of the last days is denser.
  const created = Array.from(
    { length: count },
    () => new Date(now.getTime() - f.number.float({ min: 0.02, max: f.number.int(100) < 7 ? 3 : 365 }) * DAY),
  ).sort(
    (a, b) => a.getTime() - b.getTime(),
  );
  // A share of orders come back for a unit already repaired: pick those units from a small pool.
  const returningPool = f.helpers.arrayElements(units, Math.min(120, units.length));

  for (const createdAt of created) {
    const preSale = stores.length > 0 && f.number.int(100) < 4;
    const unit = f.number.int(100) < 15 ? f.helpers.arrayElement(returningPool) : f.helpers.arrayElement(units);
    const product = products.get(unit.productId)!;
    const owner = customers.get(unit.ownerId!)!;
    const customer = preSale ? f.helpers.arrayElement(stores) : owner;
    const region = regionById.get(owner.regionId ?? '') ?? undefined;
    const ageDays = (now.getTime() - createdAt.getTime()) / DAY;
    const status = finalStatus(f, ageDays, preSale);
    const steps = pathTo(f, status, preSale);
    const station = nearestStation(region);
    const stationTechs = techsByStation.get(station.id) ?? [];
    const crew = stationTechs.length ? f.helpers.arrayElements(stationTechs, f.number.int(100) < 15 ? 2 : 1) : [];
    const symptom = f.helpers.maybe(() => f.helpers.arrayElement(codesFor(CodeKind.FAULT_SYMPTOM, product.categoryId)), { probability: 0.9 });
    const kind = f.helpers.weightedArrayElement([
      { weight: 14, value: ServiceOrderKind.REPAIR },
      { weight: 3, value: ServiceOrderKind.INSTALLATION },
      { weight: 2, value: ServiceOrderKind.MAINTENANCE },
      { weight: 1, value: ServiceOrderKind.INSPECTION },
    ]);
    const onSite = kind !== ServiceOrderKind.REPAIR || f.number.int(100) < 80;
    const dayOfCreation = today(opts.timeZone, createdAt);
    const inWarranty =
      !preSale && !!unit.warrantyEndsOn && dayOfCreation <= unit.warrantyEndsOn && (!unit.purchaseDate || unit.purchaseDate <= dayOfCreation);
    const km = distanceKm(station, region ?? {});
    const band = bandOf(km, rules);
    const id = uuidv7();
    const previous = lastCompletion.get(unit.id);
    const repeat = !!previous && createdAt.getTime() - previous.at.getTime() <= rules.repeatRepairDays * DAY;
    const dispatcher = f.helpers.arrayElement(dispatchers);
    const staff = staffOf.get(station.id);

    let at = createdAt;
    let current: S = S.RECEIVED;
    const order: Record<string, unknown> = {
      id,
      createdAt,
      updatedAt: createdAt,
      kind,
      attribute: preSale ? SaleAttribute.PRE_SALE : SaleAttribute.AFTER_SALE,
      channel: f.helpers.weightedArrayElement([
        { weight: 6, value: OrderChannel.PHONE },
        { weight: 2, value: OrderChannel.WALK_IN },
        { weight: 2, value: OrderChannel.ONLINE },
        { weight: 1, value: OrderChannel.PARTNER_API },
      ]),
      onSite,
      customer: customer.id,
      contactName: customer.name,
      contactPhone: customer.mobile ?? customer.phones[0] ?? '13800000000',
      address: customer.address ?? owner.address ?? null,
      region: region?.id ?? null,
      productUnit: unit.id,
      product: product.id,
      serialNumber: unit.serialNumber,
      purchaseDate: unit.purchaseDate ?? null,
      reportedSymptom: symptom?.name ?? f.helpers.arrayElement(SYMPTOM_TEXTS),
      symptomCode: symptom?.id ?? null,
      customerRequest: f.helpers.weightedArrayElement([
        { weight: 18, value: CustomerRequest.REPAIR },
        { weight: 1, value: CustomerRequest.EXCHANGE },
        { weight: 1, value: CustomerRequest.RETURN },
      ]),
      station: steps.includes(T.DISPATCH) ? station.id : null,
      distanceKm: steps.includes(T.DISPATCH) ? (km ?? null) : null,
      distanceBand: steps.includes(T.DISPATCH) ? band : null,
      slaDueAt: slaDue(createdAt, steps.includes(T.DISPATCH) ? band : bandOf(undefined, rules), customer.serviceLevel, rules),
      inWarranty,
      warrantyEndsOn: unit.warrantyEndsOn ?? null,
      repeatRepair: repeat,
      previousOrder: repeat ? previous!.id : null,
      exchangeOffered: inWarranty && !!previous && previous.repairs >= rules.exchangeAfterRepairs && previous.symptom === (symptom?.id ?? null),
      feesOverridden: false,
      trackingToken: randomBytes(18).toString('base64url'),
      status: S.RECEIVED,
    };
    const event = (action: T, eventLines: TimelineLine[], actor: User, stationId: string | null, from: S | null) =>
      events.push({
        id: uuidv7(),
        order: id,
        at,
        action,
        fromStatus: from,
        status: current,
        actorKind: 'user',
        actorId: actor.id,
        actorLabel: actor.displayName,
        station: stationId,
        departmentName: stationId ? stations.find((x) => x.id === stationId)?.name ?? null : null,
        lines: eventLines.length ? eventLines : null,
        note: null,
        internal: false,
      });
    event(T.CREATE, [{ t: 'order.intake', p: { symptom: order.reportedSymptom as string } }], dispatcher, null, null);

    let usedParts: Array<{ part: Part; quantity: number }> = [];
    for (const step of steps) {
      const [min, max] = STEP_HOURS[step]!;
      at = new Date(Math.min(at.getTime() + f.number.float({ min, max }) * HOUR, now.getTime() - 60_000));
      const from = current;
      current = STATUS_AFTER[step]!;
      const byStation = step !== T.DISPATCH && step !== T.CANCEL && step !== T.RECORD_RETURN_VISIT;
      const actor = byStation && staff ? staff : dispatcher;
      const said: TimelineLine[] = [];
      if (step === T.DISPATCH) {
        order.dispatchedAt = at;
        const workDate = today(opts.timeZone, at);
        crew.forEach((t, i) => assignments.push({ id: uuidv7(), order: id, technician: t.id, workDate, lead: i === 0 }));
        said.push({ t: 'order.dispatchedTo', p: { station: station.name }, public: true });
        if (crew.length) said.push({ t: 'order.technicians', p: { technicians: crew.map((t) => t.name) } });
        said.push({ t: 'order.workDay', p: { date: workDate }, d: { date: 'day' }, public: true });
      } else if (step === T.START_REPAIR) {
        order.startedAt = at;
      } else if (step === T.AWAIT_PARTS && parts.length) {
        const part = f.helpers.arrayElement(parts);
        const quantity = f.number.int({ min: 1, max: 2 });
        lines.push({ id: uuidv7(), order: id, part: part.id, kind: OrderPartKind.AWAITED, quantity, unitPrice: part.salePrice, createdAt: at, arrivedAt: null });
        usedParts.push({ part, quantity });
        said.push({ t: 'order.awaitedParts', p: { parts: [`${part.name} × ${quantity}`] } });
      } else if (step === T.PARTS_ARRIVED) {
        // Arrived parts are the parts the repair uses.
        for (const l of lines as Array<{ order: string; kind: string; arrivedAt: Date | null }>) {
          if (l.order === id && l.kind === OrderPartKind.AWAITED) {
            l.arrivedAt = at;
            l.kind = OrderPartKind.USED;
          }
        }
        usedParts = [];
      } else if (step === T.COMPLETE || step === T.RECEIVE_FROM_AGENT) {
        order.completedAt = at;
        if (step === T.COMPLETE) {
          const pick = (k: CodeKind) => f.helpers.maybe(() => f.helpers.arrayElement(codesFor(k, product.categoryId)), { probability: 0.97 });
          order.causeCode = pick(CodeKind.FAULT_CAUSE)?.id ?? null;
          order.locationCode = pick(CodeKind.FAULT_LOCATION)?.id ?? null;
          order.methodCode = pick(CodeKind.REPAIR_METHOD)?.id ?? null;
          const arrived = (lines as Array<{ order: string; kind: string }>).some((l) => l.order === id && l.kind === OrderPartKind.USED);
          if (!usedParts.length && !arrived && parts.length && f.number.int(100) < 45) usedParts = [{ part: f.helpers.arrayElement(parts), quantity: 1 }];
          for (const u of usedParts) {
            lines.push({ id: uuidv7(), order: id, part: u.part.id, kind: OrderPartKind.USED, quantity: u.quantity, unitPrice: u.part.salePrice, createdAt: at, arrivedAt: null });
          }
          if (usedParts.length) said.push({ t: 'order.usedParts', p: { parts: usedParts.map((u) => `${u.part.name} × ${u.quantity}`) } });
        }
        if (f.number.int(100) < 3) order.appraisalVerdict = f.helpers.arrayElement(Object.values(AppraisalVerdict));
        const serviceKind = serviceKindOf({ kind, onSite });
        const want = { serviceKind, brandId: product.brandId, categoryId: product.categoryId, band, on: today(opts.timeZone, at) };
        order.labourFee = bestRule(feeRules, { ...want, feeKind: FeeKind.LABOUR })?.amount ?? 0;
        order.visitFee = onSite ? (bestRule(feeRules, { ...want, feeKind: FeeKind.VISIT })?.amount ?? 0) : 0;
        const used = (lines as Array<{ order: string; kind: string; quantity: number; unitPrice: number }>).filter((l) => l.order === id && l.kind === OrderPartKind.USED);
        order.partsFee = Math.round(used.reduce((sum, l) => sum + l.quantity * l.unitPrice, 0) * 100) / 100;
        order.payer = derivePayer({ inWarranty, appraisalVerdict: (order.appraisalVerdict as AppraisalVerdict | undefined) ?? null });
        lastCompletion.set(unit.id, {
          at,
          id,
          symptom: (order.symptomCode as string | null) ?? null,
          repairs: previous && previous.symptom === order.symptomCode ? previous.repairs + 1 : 1,
        });
      } else if (step === T.SEND_TO_AGENT) {
        const agent = stations.find((s) => s.id === station.parentId) ?? stations.find((s) => s.kind === StationKind.GENERAL_AGENT);
        order.agentStation = agent?.id ?? null;
        order.logisticsNumber = `SF${f.string.numeric(12)}`;
        said.push({ t: 'order.sentTo', p: { station: agent?.name ?? '厂家' }, public: true }, { t: 'order.logistics', p: { number: order.logisticsNumber as string }, public: true });
      } else if (step === T.RETURN_TO_CUSTOMER) {
        order.returnedAt = at;
      } else if (step === T.RECORD_RETURN_VISIT) {
        const score = f.helpers.weightedArrayElement([
          { weight: 55, value: 5 },
          { weight: 28, value: 4 },
          { weight: 10, value: 3 },
          { weight: 4, value: 2 },
          { weight: 3, value: 1 },
        ]);
        order.returnVisitScore = score;
        order.returnVisitComment = f.helpers.arrayElement(VISIT_COMMENTS);
        order.visitedAt = at;
        said.push({ t: 'order.score', p: { score } }, { t: 'order.comment', p: { comment: order.returnVisitComment as string } });
      } else if (step === T.CANCEL) {
        order.cancelReason = f.helpers.arrayElement(CANCEL_REASONS);
        said.push({ t: 'order.cancelReason', p: { reason: order.cancelReason as string } });
      }
      event(step, said, actor, byStation ? station.id : null, from);
    }
    order.status = current;
    order.updatedAt = at;
    if (current === S.VISITED || current === S.CANCELLED || (preSale && current === S.BACK_FROM_AGENT)) order.closedAt = at;
    drafts.push({ createdAt, build: (number) => orders.push({ ...order, number }) });
  }

  // Numbers per year in intake order, then the counters continue from there.
  const perYear = new Map<number, number>();
  for (const d of drafts) {
    const year = Number(today(opts.timeZone, d.createdAt).slice(0, 4));
    const n = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, n);
    d.build(`SO-${year}-${String(n).padStart(6, '0')}`);
  }
  const chunk = async (entity: new () => object, rows: object[]) => {
    for (let i = 0; i < rows.length; i += 500) await em.insertMany(entity as never, rows.slice(i, i + 500) as never);
  };
  await chunk(ServiceOrder, orders);
  await chunk(TimelineEvent, events);
  await chunk(OrderTechnician, assignments);
  await chunk(OrderPart, lines);
  for (const [year, last] of perYear) {
    await em.getConnection().execute(
      `insert into service_order_sequence (year, last_number) values (?, ?)
       on conflict (year) do update set last_number = greatest(service_order_sequence.last_number, excluded.last_number)`,
      [year, last],
      'all',
      em.getTransactionContext(),
    );
  }
  return { orders: orders.length, events: events.length };
}
