import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityClass } from '@mikro-orm/core';
import { Faker, base, en, zh_CN } from '@faker-js/faker';
import { v7 as uuidv7 } from 'uuid';
import { today } from '../api/src/common/dates';
import type { TimelineLine } from '../api/src/common/lifecycle/lifecycle';
import { Role } from '../api/src/modules/auth/role';
import { User } from '../api/src/modules/auth/user.entity';
import { Part } from '../api/src/modules/part/part.entity';
import { OrderPartKind } from '../api/src/modules/service-order/order-part.entity';
import { ServiceOrderStatus, TimelineAction } from '../api/src/modules/service-order/service-order.enums';
import { TimelineEvent } from '../api/src/modules/service-order/timeline-event.entity';
import { ServiceStation, StationKind } from '../api/src/modules/station/service-station.entity';
import { Technician } from '../api/src/modules/station/technician.entity';
import { Warehouse, WarehouseKind } from '../api/src/modules/station/warehouse.entity';
import { Borrowing, BorrowingEvent, BorrowingLine } from '../api/src/modules/stock/borrowing/borrowing.entity';
import { StockBalance } from '../api/src/modules/stock/ledger/balance.entity';
import { movingAverage, round4 } from '../api/src/modules/stock/ledger/cost';
import { StockMovement } from '../api/src/modules/stock/ledger/movement.entity';
import { AwaitedPart } from '../api/src/modules/stock/order-parts/awaited-part.entity';
import { OrderPartIssue } from '../api/src/modules/stock/order-parts/order-part-issue.entity';
import { PurchaseOrder, PurchaseOrderEvent, PurchaseOrderLine } from '../api/src/modules/stock/purchase-order/purchase-order.entity';
import { Requisition, RequisitionEvent, RequisitionLine } from '../api/src/modules/stock/requisition/requisition.entity';
import { StockIn, StockInEvent, StockInLine } from '../api/src/modules/stock/stock-in/stock-in.entity';
import { StockOut, StockOutEvent, StockOutLine } from '../api/src/modules/stock/stock-out/stock-out.entity';
import { Stocktake, StocktakeEvent, StocktakeLine } from '../api/src/modules/stock/stocktake/stocktake.entity';
import { StockTransfer, StockTransferEvent, StockTransferLine } from '../api/src/modules/stock/transfer/transfer.entity';
import { DEFAULT_STOCK_RULES } from '../api/src/modules/stock/stock-rules';
import {
  BorrowingStatus,
  IssueSource,
  MovementKind,
  NUMBER_PREFIX,
  PurchaseOrderStatus,
  RequisitionStatus,
  StockDocumentType as T,
  StockEventAction as E,
  StockInKind,
  StockInStatus,
  StockOutKind,
  StockOutStatus,
  StocktakeStatus,
  TransferStatus,
} from '../api/src/modules/stock/stock.enums';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
/** How far back the stock books start: opening balances, then a few months of movements. */
const BOOKS_DAYS = 120;

interface Actor {
  kind: string;
  id: string;
  label: string;
}

interface Draft {
  type: keyof typeof NUMBER_PREFIX;
  entity: EntityClass<object>;
  event: EntityClass<object>;
  line: EntityClass<object>;
  row: Record<string, unknown> & { id: string; number: string; status: string; station: string };
  lines: Array<Record<string, unknown> & { id: string; part: string; quantity: number }>;
}

export interface SeededStock {
  stockDocuments: number;
  stockMovements: number;
  stockBalances: number;
}

/**
 * The parts books of the demo: an opening balance in every warehouse 120 days ago, then in time
 * order what the seeded service orders consumed (issued at completion from their station's
 * warehouse; awaited parts brought by purchase orders and transfers and issued on arrival, old
 * parts coming back to the own centres' old-parts warehouses), the central warehouse's purchases,
 * top-up transfers to the stations, requisitions and borrowing by technicians (some still held,
 * some late), sales and losses, stocktakes, and some work left open for the parts keeper. It is
 * simulated with the moving average the API posts with, and written in bulk: on hand equals the
 * ledger, no balance goes below zero, and the running balances follow the ledger order.
 */
export async function seedStock(em: EntityManager, opts: { timeZone: string; now: Date }): Promise<SeededStock> {
  const f = new Faker({ locale: [zh_CN, en, base] });
  f.seed(20261210);
  const now = opts.now;
  const start = new Date(Date.parse(`${today(opts.timeZone, new Date(now.getTime() - BOOKS_DAYS * DAY))}T01:00:00Z`));

  const warehouses = await em.find(Warehouse, { active: true }, { orderBy: { code: 'asc' } });
  const stations = new Map((await em.find(ServiceStation, {})).map((s) => [s.id, s]));
  const parts = await em.find(Part, { active: true }, { orderBy: { code: 'asc' } });
  const partById = new Map(parts.map((p) => [p.id, p]));
  const technicians = await em.find(Technician, { active: true });
  const users = await em.find(User, { active: true });
  if (!warehouses.length || !parts.length) return { stockDocuments: 0, stockMovements: 0, stockBalances: 0 };
  const userActor = (role: Role, fallback?: Actor): Actor => {
    const u = users.find((x) => x.roles.includes(role) && !x.stationId) ?? users.find((x) => x.roles.includes(Role.ADMIN));
    return u ? { kind: 'user', id: u.id, label: u.displayName } : fallback!;
  };
  const keeper = userActor(Role.PARTS_KEEPER);
  const manager = userActor(Role.MANAGER, keeper);
  const stationUser = new Map(users.filter((u) => u.stationId).map((u) => [u.stationId!, { kind: 'user', id: u.id, label: u.displayName } as Actor]));
  const central = warehouses.find((w) => w.central) ?? warehouses[0];
  const partsWarehouse = new Map<string, Warehouse>();
  const oldPartsWarehouse = new Map<string, Warehouse>();
  // As the API picks it: a station's own parts warehouse before the central one it keeps.
  for (const w of [...warehouses].sort((a, b) => Number(a.central) - Number(b.central))) {
    const map = w.kind === WarehouseKind.OLD_PARTS ? oldPartsWarehouse : partsWarehouse;
    if (!map.has(w.stationId)) map.set(w.stationId, w);
  }
  const repairStations = [...stations.values()].filter((s) => s.kind === StationKind.OWN_CENTER || s.kind === StationKind.AUTHORISED);
  const techsOf = (stationId: string) => technicians.filter((t) => t.stationId === stationId);

  // ---- the books: balances and ledger rows, as the API's posting writes them ----
  const balances = new Map<string, { id: string; part: string; warehouse: string; onHand: number; averageCost: number; createdAt: Date; updatedAt: Date }>();
  const movements: object[] = [];
  const key = (p: string, w: string) => `${p}/${w}`;
  const onHand = (p: string, w: string) => balances.get(key(p, w))?.onHand ?? 0;
  let lastAt = start.getTime();
  /** Moments only move forward: the ledger's time order is its posting order. */
  const tick = (at: Date) => new Date((lastAt = Math.max(lastAt + 1000, at.getTime())));
  const post = (
    at: Date,
    doc: { type: T; id: string; number: string },
    m: { part: string; warehouse: string; quantity: number; kind: MovementKind; unitCost?: number; serviceOrder?: string | null },
    actor: Actor,
  ): number => {
    const k = key(m.part, m.warehouse);
    let b = balances.get(k);
    if (!b) {
      b = { id: uuidv7(), part: m.part, warehouse: m.warehouse, onHand: 0, averageCost: 0, createdAt: at, updatedAt: at };
      balances.set(k, b);
    }
    if (m.quantity < 0 && b.onHand < -m.quantity) throw new Error(`seed oversold ${k}`);
    const cost = m.quantity > 0 ? round4(m.unitCost ?? (b.averageCost || partById.get(m.part)!.costPrice)) : b.averageCost;
    b.averageCost = movingAverage(b.onHand, b.averageCost, m.quantity, cost);
    b.onHand += m.quantity;
    b.updatedAt = at;
    movements.push({
      id: uuidv7(),
      at,
      part: m.part,
      warehouse: m.warehouse,
      quantity: m.quantity,
      kind: m.kind,
      unitCost: cost,
      balanceAfter: b.onHand,
      documentType: doc.type,
      documentId: doc.id,
      documentNumber: doc.number,
      serviceOrder: m.serviceOrder ?? null,
      actorKind: actor.kind,
      actorId: actor.id,
      actorLabel: actor.label,
      note: null,
    });
    return cost;
  };

  // ---- documents: numbered per type and year as they are created (in time order) ----
  const drafts: Draft[] = [];
  const events: Map<EntityClass<object>, object[]> = new Map();
  const counters = new Map<string, number>();
  const numberOf = (type: keyof typeof NUMBER_PREFIX, at: Date) => {
    const year = Number(today(opts.timeZone, at).slice(0, 4));
    const n = (counters.get(`${type}/${year}`) ?? 0) + 1;
    counters.set(`${type}/${year}`, n);
    return `${NUMBER_PREFIX[type]}-${year}-${String(n).padStart(6, '0')}`;
  };
  const ref = (d: Draft) => ({ type: d.type as unknown as T, id: d.row.id, number: d.row.number });
  const names = (lines: Array<{ part: string; quantity: number }>) => lines.map((l) => `${partById.get(l.part)!.name} × ${l.quantity}`);
  const record = (d: Draft, at: Date, action: string, from: string | null, actor: Actor, said: TimelineLine[] = [], stationId: string | null = d.row.station) => {
    const list = events.get(d.event) ?? [];
    events.set(d.event, list);
    list.push({
      id: uuidv7(),
      document: d.row.id,
      at,
      action,
      fromStatus: from,
      status: d.row.status,
      actorKind: actor.kind,
      actorId: actor.id,
      actorLabel: actor.label,
      station: stationId,
      departmentName: stationId ? (stations.get(stationId)?.name ?? null) : null,
      lines: said.length ? said : null,
      note: null,
      internal: false,
    });
  };
  const open = (
    type: keyof typeof NUMBER_PREFIX,
    entities: [EntityClass<object>, EntityClass<object>, EntityClass<object>],
    at: Date,
    warehouse: Warehouse,
    status: string,
    data: Record<string, unknown>,
    lines: Array<Record<string, unknown> & { part: string; quantity: number }>,
    actor: Actor,
    said: TimelineLine[] = [],
  ): Draft => {
    const row = {
      id: uuidv7(),
      createdAt: at,
      updatedAt: at,
      number: numberOf(type, at),
      station: warehouse.stationId,
      warehouse: warehouse.id,
      requestedByKind: actor.kind,
      requestedById: actor.id,
      requestedBy: actor.label,
      note: null,
      closedAt: null,
      status,
      ...data,
    };
    const d: Draft = { type, entity: entities[0], line: entities[1], event: entities[2], row, lines: lines.map((l, i) => ({ id: uuidv7(), lineNo: i + 1, ...l })) };
    drafts.push(d);
    record(d, at, E.CREATE, null, actor, [...said, { t: 'stock.lines', p: { parts: names(lines) } }]);
    return d;
  };
  const step = (d: Draft, at: Date, action: string, to: string, actor: Actor, said: TimelineLine[] = [], stationId?: string | null) => {
    const from = d.row.status;
    d.row.status = to;
    d.row.updatedAt = at;
    record(d, at, action, from, actor, said, stationId === undefined ? d.row.station : stationId);
  };
  const postedSaid = (lines: Array<{ part: string; quantity: number }>, sign: 1 | -1): TimelineLine[] => [
    { t: 'stock.posted', p: { parts: lines.map((l) => `${partById.get(l.part)!.name} ${sign > 0 ? '+' : '−'}${l.quantity}`) } },
  ];

  /**
   * A transfer from the central warehouse, shipped and (unless `inTransit`) received. Steps taken
   * later are planned in their place in time; an urgent one (an order needs the part now) moves
   * within the minute.
   */
  const transfer = (at: Date, to: Warehouse, lines: Array<{ part: string; quantity: number }>, opts2: { inTransit?: boolean; urgent?: boolean } = {}) => {
    const d = open(T.TRANSFER, [StockTransfer, StockTransferLine, StockTransferEvent], at, central, TransferStatus.APPLIED, { toWarehouse: to.id, toStation: to.stationId, shippedAt: null, receivedAt: null }, lines, keeper, [
      { t: 'stock.route', p: { from: central.name, to: to.name } },
    ]);
    if (opts2.urgent) d.row.note = '紧急调拨：服务单用件';
    const ship = (shipAt: Date) => {
      // What an urgent transfer took meanwhile is not there to ship: the keeper ships what is left.
      d.lines = d.lines.filter((l) => (l.quantity = Math.min(l.quantity, onHand(l.part, central.id))) > 0);
      if (!d.lines.length) {
        d.row.closedAt = shipAt;
        step(d, shipAt, E.CANCEL, TransferStatus.CANCELLED, keeper);
        return;
      }
      for (const l of d.lines) l.unitCost = post(shipAt, ref(d), { part: l.part, warehouse: central.id, quantity: -l.quantity, kind: MovementKind.TRANSFER_OUT }, keeper);
      d.row.shippedAt = shipAt;
      step(d, shipAt, E.SHIP, TransferStatus.IN_TRANSIT, keeper, postedSaid(d.lines, -1));
    };
    const arrive = (inAt: Date) => {
      if (d.row.status === TransferStatus.CANCELLED) return;
      for (const l of d.lines) post(inAt, ref(d), { part: l.part, warehouse: to.id, quantity: l.quantity, kind: MovementKind.TRANSFER_IN, unitCost: l.unitCost as number }, keeper);
      d.row.receivedAt = inAt;
      d.row.closedAt = inAt;
      step(d, inAt, E.RECEIVE, TransferStatus.RECEIVED, stationUser.get(to.stationId) ?? keeper, postedSaid(d.lines, 1), to.stationId);
    };
    if (opts2.urgent) {
      ship(tick(at));
      arrive(tick(at));
      return d;
    }
    const shipAt = at.getTime() + 2 * HOUR;
    const inAt = shipAt + f.number.int({ min: 20, max: 40 }) * HOUR;
    // Stock committed to it cannot go elsewhere meanwhile: it ships as planned.
    later(shipAt, () => ship(tick(new Date(shipAt))));
    if (!opts2.inTransit) later(inAt, () => arrive(tick(new Date(inAt))));
    return d;
  };

  /** A purchase order for a warehouse at the parts' cost prices (a little off), placed; received unless `open`. */
  const purchase = (at: Date, w: Warehouse, lines: Array<{ part: string; quantity: number }>, o: { receiveAfterH?: number; open?: boolean; partial?: boolean; applied?: boolean } = {}) => {
    const maker = partById.get(lines[0].part)!.manufacturerId;
    const d = open(
      T.PURCHASE_ORDER,
      [PurchaseOrder, PurchaseOrderLine, PurchaseOrderEvent],
      at,
      w,
      PurchaseOrderStatus.APPLIED,
      {
        supplier: maker ? '厂家配件中心' : '华南配件供应商',
        manufacturer: maker,
        expectedOn: today(opts.timeZone, new Date(at.getTime() + 7 * DAY)),
        placedAt: null,
        receivedAt: null,
        outstandingQuantity: lines.reduce((n, l) => n + l.quantity, 0),
      },
      lines.map((l) => ({ ...l, unitCost: Math.round(partById.get(l.part)!.costPrice * f.number.float({ min: 0.95, max: 1.05 }) * 100) / 100, receivedQuantity: 0 })),
      keeper,
      [{ t: 'stock.supplier', p: { supplier: maker ? '厂家配件中心' : '华南配件供应商' } }],
    );
    if (o.applied) return d;
    const place = (placedAt: Date) => {
      d.row.placedAt = placedAt;
      step(d, placedAt, E.PLACE, PurchaseOrderStatus.ORDERING, keeper);
    };
    // Bought for an order that needs it now: placed and received within the minute.
    if (o.receiveAfterH === 0) {
      place(tick(at));
      receive(d, tick(at));
      return d;
    }
    const placedAt = at.getTime() + HOUR;
    later(placedAt, () => place(tick(new Date(placedAt))));
    if (o.open) return d;
    const receivedAt = placedAt + (o.receiveAfterH ?? f.number.int({ min: 72, max: 200 })) * HOUR;
    later(receivedAt, () => receive(d, tick(new Date(receivedAt)), o.partial));
    return d;
  };
  const receive = (d: Draft, at: Date, partial = false, deliver: () => string[] = () => []) => {
    const got: Array<{ part: string; quantity: number }> = [];
    for (const [i, l] of d.lines.entries()) {
      const quantity = partial && i === 0 && l.quantity > 1 ? Math.ceil(l.quantity / 2) : l.quantity;
      post(at, ref(d), { part: l.part, warehouse: d.row.warehouse as string, quantity, kind: MovementKind.PURCHASE_IN, unitCost: l.unitCost as number }, keeper);
      l.receivedQuantity = quantity;
      got.push({ part: l.part, quantity });
    }
    const orders = deliver();
    const outstanding = d.lines.reduce((n, l) => n + l.quantity - (l.receivedQuantity as number), 0);
    d.row.outstandingQuantity = outstanding;
    d.row.receivedAt ??= at;
    const said: TimelineLine[] = [{ t: 'stock.received', p: { parts: names(got) } }];
    if (orders.length) said.push({ t: 'stock.deliveredToOrders', p: { orders } });
    if (outstanding === 0) d.row.closedAt = at;
    step(d, at, E.RECEIVE, outstanding === 0 ? PurchaseOrderStatus.RECEIVED : PurchaseOrderStatus.ORDERING, keeper, said);
  };

  const plan: Array<{ at: number; run: () => void }> = [];
  /** A step at a moment of the past (nothing is planned for the future: it has not happened). */
  const later = (at: Date | number, run: () => void) => {
    const t = typeof at === 'number' ? at : at.getTime();
    if (t < now.getTime() - 60_000) plan.push({ at: t, run });
  };

  // ---- opening balances: every warehouse ----
  for (const [i, w] of warehouses.entries()) {
    later(start.getTime() + i * 60_000, () => {
      const at = tick(new Date(start.getTime() + i * 60_000));
      const isCentral = w.id === central.id;
      const oldParts = w.kind === WarehouseKind.OLD_PARTS;
      const station = stations.get(w.stationId)!;
      const chosen = isCentral ? parts : parts.filter(() => f.number.int(100) < (oldParts ? 10 : station.kind === StationKind.RETAIL_STORE || station.kind === StationKind.GENERAL_AGENT ? 15 : 45));
      const lines = (chosen.length ? chosen : parts.slice(0, 3)).map((p) => ({
        part: p.id,
        quantity: oldParts ? f.number.int({ min: 1, max: 3 }) : Math.max(1, Math.round(p.reorderPoint * f.number.float({ min: isCentral ? 4 : 0.8, max: isCentral ? 8 : 3 }))),
        unitCost: oldParts ? 0 : p.costPrice,
      }));
      const d = open(T.STOCK_IN, [StockIn, StockInLine, StockInEvent], at, w, StockInStatus.APPLIED, { kind: StockInKind.OPENING, serviceOrder: null, receivedAt: null }, lines, keeper);
      d.row.note = '期初库存';
      for (const l of d.lines) post(at, ref(d), { part: l.part, warehouse: w.id, quantity: l.quantity, kind: MovementKind.OPENING, unitCost: l.unitCost as number }, keeper);
      d.row.receivedAt = at;
      step(d, at, E.RECEIVE, StockInStatus.RECEIVED, keeper, postedSaid(d.lines, 1));
      d.row.closedAt = at;
      step(d, at, E.CLOSE, StockInStatus.CLOSED, keeper);
    });
  }

  // ---- the seeded service orders' parts ----
  const conn = em.getConnection();
  const tx = em.getTransactionContext();
  const orderLines = await conn.execute<
    Array<{ id: string; order_id: string; part_id: string; kind: string; quantity: number; created_at: string; arrived_at: string | null; number: string; status: string; station_id: string | null; completed_at: string | null; sent_at: string | null }>
  >(
    `select l.id, l.order_id, l.part_id, l.kind, l.quantity, l.created_at, l.arrived_at, o.number, o.status, o.station_id, o.completed_at
       from service_order_part l join service_order o on o.id = l.order_id
      where o.station_id is not null and (l.created_at >= ? or (l.kind = 'awaited' and o.status = 'awaiting_parts'))
      order by l.created_at, l.id`,
    [start],
    'all',
    tx,
  );
  const issues: object[] = [];
  const links: object[] = [];
  const orderEvents: object[] = [];
  const issue = (line: (typeof orderLines)[number], at: Date, w: Warehouse, actor: Actor) => {
    const cost = post(at, { type: T.SERVICE_ORDER, id: line.order_id, number: line.number }, { part: line.part_id, warehouse: w.id, quantity: -line.quantity, kind: MovementKind.CONSUMPTION, serviceOrder: line.order_id }, actor);
    issues.push({ id: uuidv7(), orderPart: line.id, serviceOrder: line.order_id, part: line.part_id, quantity: line.quantity, source: IssueSource.WAREHOUSE, warehouse: w.id, requisition: null, requisitionLine: null, unitCost: cost, issuedAt: at, returnedAt: null });
  };
  /** Stock the order needs and its warehouse has not: an urgent transfer from the central warehouse, else a purchase. */
  const cover = (at: Date, w: Warehouse, part: string, quantity: number) => {
    const missing = quantity - onHand(part, w.id);
    if (missing <= 0) return;
    const amount = missing + partById.get(part)!.reorderPoint;
    if (w.id !== central.id && onHand(part, central.id) >= amount) transfer(at, w, [{ part, quantity: amount }], { urgent: true });
    else purchase(at, w, [{ part, quantity: amount }], { receiveAfterH: 0 });
  };

  for (const line of orderLines) {
    const w = partsWarehouse.get(line.station_id!);
    if (!w) continue;
    const createdAt = new Date(line.created_at);
    const staff = stationUser.get(line.station_id!) ?? keeper;
    if (line.kind === OrderPartKind.AWAITED && line.status === ServiceOrderStatus.AWAITING_PARTS) {
      // Still waiting: brought by a purchase order placed an hour later (a few by a transfer on its way).
      const linkAt = Math.min(createdAt.getTime() + HOUR, Math.max(createdAt.getTime() + 60_000, now.getTime() - 2 * 60_000));
      later(linkAt, () => {
        const at = tick(new Date(linkAt));
        const viaTransfer = onHand(line.part_id, central.id) > line.quantity + 5 && f.number.int(100) < 30;
        const d = viaTransfer ? transfer(at, w, [{ part: line.part_id, quantity: line.quantity }], { inTransit: true }) : purchase(at, w, [{ part: line.part_id, quantity: line.quantity }], { open: true });
        links.push({ id: uuidv7(), orderPart: line.id, serviceOrder: line.order_id, part: line.part_id, quantity: line.quantity, purchaseOrder: viaTransfer ? null : d.row.id, transfer: viaTransfer ? d.row.id : null, linkedAt: at, arrivedAt: null });
        record(d, at, E.LINK, d.row.status, keeper, [{ t: 'stock.linkedOrders', p: { orders: [line.number] } }], w.stationId);
      });
    } else if (line.arrived_at) {
      // It waited, and came with a purchase order: received and issued to the order at once.
      const arrivedAt = new Date(line.arrived_at);
      let po: Draft;
      later(createdAt.getTime() + HOUR, () => {
        po = purchase(tick(new Date(createdAt.getTime() + HOUR)), w, [{ part: line.part_id, quantity: line.quantity }], { open: true });
        links.push({ id: uuidv7(), orderPart: line.id, serviceOrder: line.order_id, part: line.part_id, quantity: line.quantity, purchaseOrder: po.row.id, transfer: null, linkedAt: po.row.createdAt, arrivedAt });
      });
      later(arrivedAt.getTime() - 2 * 60_000, () => {
        const at = tick(new Date(arrivedAt.getTime() - 2 * 60_000));
        receive(po, at, false, () => {
          issue(line, at, w, keeper);
          orderEvents.push({
            id: uuidv7(), order: line.order_id, at, action: TimelineAction.PARTS_RECEIVED, fromStatus: ServiceOrderStatus.AWAITING_PARTS, status: ServiceOrderStatus.AWAITING_PARTS,
            actorKind: keeper.kind, actorId: keeper.id, actorLabel: keeper.label, station: w.stationId, departmentName: stations.get(w.stationId)?.name ?? null,
            lines: [{ t: 'order.partsReceived', p: { parts: names([{ part: line.part_id, quantity: line.quantity }]) }, public: true }, { t: 'order.partsReceivedBy', p: { document: po.row.number } }],
            note: null, internal: false,
          });
          return [line.number];
        });
      });
    } else if (line.kind === OrderPartKind.USED && line.completed_at) {
      // Used at completion: issued then from the station's warehouse.
      const completedAt = new Date(line.completed_at);
      later(completedAt, () => {
        const at = tick(completedAt);
        cover(at, w, line.part_id, line.quantity);
        issue(line, tick(at), w, staff);
      });
      // Own centres take the replaced part back into their old-parts warehouse the next day.
      const old = oldPartsWarehouse.get(line.station_id!);
      if (old && f.number.int(100) < 40 && completedAt.getTime() + DAY < now.getTime()) {
        later(completedAt.getTime() + DAY, () => {
          const at = tick(new Date(completedAt.getTime() + DAY));
          const d = open(T.STOCK_IN, [StockIn, StockInLine, StockInEvent], at, old, StockInStatus.APPLIED, { kind: StockInKind.OLD_PART_IN, serviceOrder: line.order_id, receivedAt: null }, [{ part: line.part_id, quantity: line.quantity, unitCost: 0 }], staff, [
            { t: 'stock.forOrder', p: { number: line.number } },
          ]);
          const inAt = tick(new Date(at.getTime() + 2 * 10 * 60_000));
          post(inAt, ref(d), { part: line.part_id, warehouse: old.id, quantity: line.quantity, kind: MovementKind.OLD_PART_IN, unitCost: 0, serviceOrder: line.order_id }, keeper);
          d.row.receivedAt = inAt;
          step(d, inAt, E.RECEIVE, StockInStatus.RECEIVED, keeper, postedSaid(d.lines, 1));
        });
      }
    }
  }

  // ---- the central warehouse buys every month; stations are topped up every two weeks ----
  for (let day = 10; day < BOOKS_DAYS; day += 30) {
    later(start.getTime() + day * DAY, () => {
      const at = tick(new Date(start.getTime() + day * DAY));
      const low = parts.filter((p) => onHand(p.id, central.id) < 3 * p.reorderPoint);
      const last = day + 30 >= BOOKS_DAYS;
      const byMaker = new Map<string, Part[]>();
      for (const p of low) byMaker.set(p.manufacturerId ?? 'generic', [...(byMaker.get(p.manufacturerId ?? 'generic') ?? []), p]);
      for (const [i, group] of [...byMaker.values()].entries()) {
        purchase(at, central, group.map((p) => ({ part: p.id, quantity: 8 * p.reorderPoint - onHand(p.id, central.id) })), { open: last && i === 0, partial: last && i === 1, applied: last && i === 2 });
      }
    });
  }
  for (let day = 14; day < BOOKS_DAYS; day += 14) {
    later(start.getTime() + day * DAY, () => {
      for (const station of repairStations) {
        const w = partsWarehouse.get(station.id);
        if (!w || w.id === central.id) continue;
        const lines = parts
          .filter((p) => balances.has(key(p.id, w.id)) && onHand(p.id, w.id) < p.reorderPoint)
          .map((p) => ({ part: p.id, quantity: 2 * p.reorderPoint - onHand(p.id, w.id) }))
          .filter((l) => onHand(l.part, central.id) >= l.quantity + 2)
          .slice(0, 6);
        // Some shortages are left for the keeper to act on (the shortage list is never empty in the demo).
        if (!lines.length || f.number.int(100) < 35) continue;
        transfer(tick(new Date(start.getTime() + day * DAY)), w, lines, { inTransit: day + 14 >= BOOKS_DAYS && f.number.int(100) < 50 });
      }
    });
  }

  // ---- technicians' requisitions and borrowing ----
  const rules = DEFAULT_STOCK_RULES;
  for (const station of repairStations) {
    const w = partsWarehouse.get(station.id);
    const techs = techsOf(station.id);
    if (!w || !techs.length) continue;
    const staff = stationUser.get(station.id);
    for (let n = 0; n < Math.ceil(BOOKS_DAYS / 30) * 2; n++) {
      const at0 = start.getTime() + f.number.float({ min: 2, max: BOOKS_DAYS - 0.5 }) * DAY;
      later(at0, () => {
        const at = tick(new Date(at0));
        const tech = f.helpers.arrayElement(techs);
        const stocked = parts.filter((p) => onHand(p.id, w.id) >= 2);
        if (!stocked.length) return;
        const lines = f.helpers.arrayElements(stocked, f.number.int({ min: 1, max: 2 })).map((p) => ({ part: p.id, quantity: 1, issuedQuantity: 0, usedQuantity: 0, returnedQuantity: 0, oldReturnedQuantity: 0, unitCost: null as number | null }));
        const asker = staff ?? keeper;
        const d = open(T.REQUISITION, [Requisition, RequisitionLine, RequisitionEvent], at, w, RequisitionStatus.APPLIED, { technician: tech.id, serviceOrder: null, approvedAt: null, issuedAt: null, returnDueAt: null, heldQuantity: 0, oldPartsDue: 0 }, lines, asker, [
          { t: 'stock.forTechnician', p: { technician: tech.name } },
        ]);
        const age = (now.getTime() - at.getTime()) / DAY;
        if (age < 0.5) return; // waiting for the manager
        const approvedAt = at.getTime() + 2 * HOUR;
        later(approvedAt, () => {
          const t1 = tick(new Date(approvedAt));
          d.row.approvedAt = t1;
          step(d, t1, E.APPROVE, RequisitionStatus.PROCESSING, manager);
        });
        if (age < 1) return; // approved, for the keeper to issue
        const issuedAt0 = approvedAt + HOUR;
        later(issuedAt0, () => {
          const issuedAt = tick(new Date(issuedAt0));
          if (d.lines.some((l) => onHand(l.part, w.id) < l.quantity)) return; // nothing left to issue: stays approved
          for (const l of d.lines) {
            l.unitCost = post(issuedAt, ref(d), { part: l.part, warehouse: w.id, quantity: -l.quantity, kind: MovementKind.REQUISITION_OUT }, keeper);
            l.issuedQuantity = l.quantity;
          }
          d.row.issuedAt = issuedAt;
          d.row.returnDueAt = new Date(issuedAt.getTime() + rules.requisitionReturnDays * DAY);
          d.row.heldQuantity = d.lines.length;
          step(d, issuedAt, E.ISSUE, RequisitionStatus.ISSUED, keeper, postedSaid(d.lines, -1));
          // Most come back within the period; some are late (still held past the return date).
          if (age < 8 && f.number.int(100) < 60) return;
          const back0 = issuedAt.getTime() + f.number.float({ min: 0.5, max: 2.5 }) * DAY;
          later(back0, () => {
            const backAt = tick(new Date(back0));
            for (const l of d.lines) {
              post(backAt, ref(d), { part: l.part, warehouse: w.id, quantity: l.quantity, kind: MovementKind.RETURN_IN, unitCost: l.unitCost as number }, asker);
              l.returnedQuantity = l.quantity;
            }
            d.row.heldQuantity = 0;
            step(d, backAt, E.RETURN, RequisitionStatus.ISSUED, asker, [{ t: 'stock.returned', p: { parts: names(d.lines) } }]);
            const closeAt = tick(new Date(backAt.getTime() + 60_000));
            d.row.closedAt = closeAt;
            step(d, closeAt, E.CLOSE, RequisitionStatus.CLOSED, keeper);
          });
        });
      });
    }
    for (let n = 0; n < Math.ceil(BOOKS_DAYS / 45); n++) {
      const at0 = start.getTime() + f.number.float({ min: 3, max: BOOKS_DAYS - 1 }) * DAY;
      later(at0, () => {
        const at = tick(new Date(at0));
        const stocked = parts.filter((p) => onHand(p.id, w.id) >= 1 && p.costPrice >= 100);
        if (!stocked.length) return;
        const tech = f.helpers.arrayElement(techs);
        const part = f.helpers.arrayElement(stocked);
        const d = open(T.BORROWING, [Borrowing, BorrowingLine, BorrowingEvent], at, w, BorrowingStatus.APPLIED, { technician: tech.id, purpose: '上门检测用', lentAt: null, returnDueAt: null, heldQuantity: 0 }, [
          { part: part.id, quantity: 1, returnedQuantity: 0, unitCost: null },
        ], staff ?? keeper, [{ t: 'stock.forTechnician', p: { technician: tech.name } }]);
        const lentAt0 = at.getTime() + HOUR;
        const backAt0 = lentAt0 + f.number.float({ min: 1, max: 6 }) * DAY;
        const keep = f.number.int(100) < 15;
        later(lentAt0, () => {
          const lentAt = tick(new Date(lentAt0));
          if (onHand(part.id, w.id) < 1) return;
          d.lines[0].unitCost = post(lentAt, ref(d), { part: part.id, warehouse: w.id, quantity: -1, kind: MovementKind.BORROW_OUT }, keeper);
          d.row.lentAt = lentAt;
          d.row.returnDueAt = new Date(lentAt.getTime() + rules.borrowingReturnDays * DAY);
          d.row.heldQuantity = 1;
          step(d, lentAt, E.LEND, BorrowingStatus.LENT, keeper, postedSaid(d.lines, -1));
        });
        if (backAt0 > now.getTime() - DAY || keep) return; // still out (a few late)
        later(backAt0, () => {
          if (d.row.status !== BorrowingStatus.LENT) return;
          const backAt = tick(new Date(backAt0));
          post(backAt, ref(d), { part: part.id, warehouse: w.id, quantity: 1, kind: MovementKind.BORROW_BACK, unitCost: d.lines[0].unitCost as number }, staff ?? keeper);
          d.lines[0].returnedQuantity = 1;
          d.row.heldQuantity = 0;
          d.row.closedAt = backAt;
          step(d, backAt, E.RETURN, BorrowingStatus.RETURNED, staff ?? keeper, [{ t: 'stock.returned', p: { parts: names(d.lines) } }]);
        });
      });
    }
  }

  // ---- own centres: a loss, a sale, old parts back to the maker, one stocktake each ----
  for (const station of repairStations.filter((s) => s.kind === StationKind.OWN_CENTER)) {
    const w = partsWarehouse.get(station.id);
    const old = oldPartsWarehouse.get(station.id);
    if (!w) continue;
    later(start.getTime() + 45 * DAY, () => {
      const at = tick(new Date(start.getTime() + 45 * DAY));
      const stocked = parts.filter((p) => onHand(p.id, w.id) >= 2);
      for (const [kind, part] of [
        [StockOutKind.LOSS, stocked[0]],
        [StockOutKind.SALE, stocked[1]],
      ] as const) {
        if (!part) continue;
        const d = open(T.STOCK_OUT, [StockOut, StockOutLine, StockOutEvent], at, w, StockOutStatus.APPLIED, { kind, serviceOrder: null, recipient: kind === StockOutKind.SALE ? '到店顾客' : null, issuedAt: null }, [{ part: part.id, quantity: 1, unitCost: null }], keeper);
        d.row.note = kind === StockOutKind.LOSS ? '搬运损坏' : null;
        step(d, tick(new Date(at.getTime() + 10 * 60_000)), E.PROCESS, StockOutStatus.PROCESSING, keeper);
        const issuedAt = tick(new Date(at.getTime() + 2 * 10 * 60_000));
        d.lines[0].unitCost = post(issuedAt, ref(d), { part: part.id, warehouse: w.id, quantity: -1, kind: kind === StockOutKind.LOSS ? MovementKind.LOSS : MovementKind.SALE }, keeper);
        d.row.issuedAt = issuedAt;
        step(d, issuedAt, E.ISSUE, StockOutStatus.ISSUED, keeper, postedSaid(d.lines, -1));
        d.row.closedAt = issuedAt;
        step(d, issuedAt, E.CLOSE, StockOutStatus.CLOSED, keeper);
      }
    });
    if (old) {
      later(start.getTime() + 90 * DAY, () => {
        const at = tick(new Date(start.getTime() + 90 * DAY));
        const lines = parts.filter((p) => onHand(p.id, old.id) > 0).map((p) => ({ part: p.id, quantity: onHand(p.id, old.id), unitCost: null }));
        if (!lines.length) return;
        const d = open(T.STOCK_OUT, [StockOut, StockOutLine, StockOutEvent], at, old, StockOutStatus.APPLIED, { kind: StockOutKind.RETURN_TO_MAKER, serviceOrder: null, recipient: '厂家旧件回收', issuedAt: null }, lines, keeper);
        step(d, tick(new Date(at.getTime() + 10 * 60_000)), E.PROCESS, StockOutStatus.PROCESSING, keeper);
        const issuedAt = tick(new Date(at.getTime() + 3 * 10 * 60_000));
        for (const l of d.lines) l.unitCost = post(issuedAt, ref(d), { part: l.part, warehouse: old.id, quantity: -l.quantity, kind: MovementKind.RETURN_TO_MAKER }, keeper);
        d.row.issuedAt = issuedAt;
        step(d, issuedAt, E.ISSUE, StockOutStatus.ISSUED, keeper, postedSaid(d.lines, -1));
      });
    }
    later(start.getTime() + 60 * DAY, () => {
      const at = tick(new Date(start.getTime() + 60 * DAY));
      const counted = parts.filter((p) => balances.has(key(p.id, w.id))).slice(0, 12);
      if (!counted.length) return;
      const d = open(T.STOCKTAKE, [Stocktake, StocktakeLine, StocktakeEvent], at, w, StocktakeStatus.OPEN, { allParts: false, countedLines: 0, confirmedAt: null }, counted.map((p) => ({ part: p.id, quantity: onHand(p.id, w.id), countedQuantity: null, expectedQuantity: null, countedAt: null })), keeper);
      const countAt = tick(new Date(at.getTime() + 3 * 10 * 60_000));
      for (const l of d.lines) {
        l.expectedQuantity = onHand(l.part, w.id);
        l.countedQuantity = Math.max(0, (l.expectedQuantity as number) + f.helpers.weightedArrayElement([{ weight: 8, value: 0 }, { weight: 1, value: -1 }, { weight: 1, value: 1 }]));
        l.countedAt = countAt;
      }
      d.row.countedLines = d.lines.length;
      record(d, countAt, E.COUNT, d.row.status, keeper, [{ t: 'stock.counted', p: { count: d.lines.length } }]);
      const confirmAt = tick(new Date(at.getTime() + 5 * 10 * 60_000));
      let gain = 0;
      let loss = 0;
      for (const l of d.lines) {
        const diff = (l.countedQuantity as number) - (l.expectedQuantity as number);
        if (!diff) continue;
        post(confirmAt, ref(d), { part: l.part, warehouse: w.id, quantity: diff, kind: diff > 0 ? MovementKind.STOCKTAKE_GAIN : MovementKind.STOCKTAKE_LOSS }, keeper);
        if (diff > 0) gain += diff;
        else loss -= diff;
      }
      d.row.confirmedAt = confirmAt;
      d.row.closedAt = confirmAt;
      step(d, confirmAt, E.CONFIRM, StocktakeStatus.CONFIRMED, keeper, [{ t: 'stock.adjusted', p: { gain, loss } }]);
    });
  }

  // ---- work left open for the parts keeper today ----
  later(now.getTime() - 20 * HOUR, () => {
    const at = tick(new Date(now.getTime() - 20 * HOUR));
    const sheet = open(T.STOCKTAKE, [Stocktake, StocktakeLine, StocktakeEvent], at, central, StocktakeStatus.OPEN, { allParts: false, countedLines: 0, confirmedAt: null }, parts.slice(0, 20).map((p) => ({ part: p.id, quantity: onHand(p.id, central.id), countedQuantity: null, expectedQuantity: null, countedAt: null })), keeper);
    sheet.row.note = '月度抽盘';
    const w = partsWarehouse.get(repairStations[0].id)!;
    const stockIn = open(T.STOCK_IN, [StockIn, StockInLine, StockInEvent], tick(new Date(at.getTime() + 10 * 60_000)), w, StockInStatus.APPLIED, { kind: StockInKind.RETURN_IN, serviceOrder: null, receivedAt: null }, [{ part: parts[0].id, quantity: 1, unitCost: null }], stationUser.get(w.stationId) ?? keeper);
    stockIn.row.note = '顾客退回未拆封配件';
    const stocked = parts.filter((p) => onHand(p.id, w.id) >= 3);
    if (stocked.length) {
      const out = open(T.STOCK_OUT, [StockOut, StockOutLine, StockOutEvent], tick(new Date(at.getTime() + 2 * 10 * 60_000)), w, StockOutStatus.APPLIED, { kind: StockOutKind.SALE, serviceOrder: null, recipient: '合作维修点', issuedAt: null }, [{ part: stocked[0].id, quantity: 1, unitCost: null }], keeper);
      step(out, tick(new Date(at.getTime() + 3 * 10 * 60_000)), E.PROCESS, StockOutStatus.PROCESSING, manager);
    }
    const low = parts.filter((p) => onHand(p.id, central.id) > 2 * p.reorderPoint).slice(0, 2);
    if (low.length) open(T.TRANSFER, [StockTransfer, StockTransferLine, StockTransferEvent], tick(new Date(at.getTime() + 4 * 10 * 60_000)), central, TransferStatus.APPLIED, { toWarehouse: w.id, toStation: w.stationId, shippedAt: null, receivedAt: null }, low.map((p) => ({ part: p.id, quantity: p.reorderPoint, unitCost: null })), keeper);
  });

  plan.sort((a, b) => a.at - b.at);
  for (let i = 0; i < plan.length; i++) {
    const planned = plan.length;
    plan[i].run();
    // Steps planned from inside a step (a return days later) go in their place in time.
    if (plan.length !== planned) plan.push(...plan.splice(i + 1).sort((a, b) => a.at - b.at));
  }

  // ---- write it all, a few statements per table ----
  const insert = async (entity: EntityClass<object>, rows: object[]) => {
    for (let i = 0; i < rows.length; i += 500) await em.insertMany(entity as never, rows.slice(i, i + 500) as never);
  };
  const byEntity = new Map<EntityClass<object>, Draft[]>();
  for (const d of drafts) byEntity.set(d.entity, [...(byEntity.get(d.entity) ?? []), d]);
  for (const [entity, list] of byEntity) {
    await insert(entity, list.map((d) => d.row));
    await insert(list[0].line, list.flatMap((d) => d.lines.map((l) => ({ ...l, document: d.row.id }))));
  }
  for (const [entity, rows] of events) await insert(entity, rows);
  await insert(StockBalance, [...balances.values()]);
  // In posting order: the sequence behind the running balances numbers them as they come.
  await insert(StockMovement, movements);
  await insert(OrderPartIssue, issues);
  await insert(AwaitedPart, links);
  await insert(TimelineEvent, orderEvents);
  for (const [k, last] of counters) {
    const [type, year] = k.split('/');
    await conn.execute(
      `insert into stock_document_sequence (type, year, last_number) values (?, ?, ?)
       on conflict (type, year) do update set last_number = greatest(stock_document_sequence.last_number, excluded.last_number)`,
      [type, Number(year), last],
      'all',
      tx,
    );
  }
  return { stockDocuments: drafts.length, stockMovements: movements.length, stockBalances: balances.size };
}
