import { LockMode, type FilterQuery } from '@mikro-orm/core';
import { findInScope } from '../../../common/access/scoped';
import { badInput, fieldError } from '../../../common/errors';
import type { ServiceContext } from '../../../common/service-context';
import type { TimelineLine } from '../../../common/lifecycle/lifecycle';
import { OrderPart, OrderPartKind } from '../../service-order/order-part.entity';
import { ServiceOrder } from '../../service-order/service-order.entity';
import { ServiceOrderStatus, TimelineAction } from '../../service-order/service-order.enums';
import { recordEvent } from '../../service-order/timeline';
import { Warehouse, WarehouseKind } from '../../station/warehouse.entity';
import { describeLines, partNames } from '../documents/document-service';
import { postMovements, type DocumentRef, type Movement, type Posted } from '../ledger/posting';
import { Requisition, RequisitionLine } from '../requisition/requisition.entity';
import { recount } from '../requisition/requisition.service';
import { IssueSource, MovementKind, RequisitionStatus, StockDocumentType } from '../stock.enums';
import { AwaitedPart } from './awaited-part.entity';
import { OrderPartIssue } from './order-part-issue.entity';

const orderRef = (o: ServiceOrder): DocumentRef => ({ type: StockDocumentType.SERVICE_ORDER, id: o.id, number: o.number });

/**
 * The warehouse a station's orders take their parts from: its first active parts warehouse by
 * code, other than the central warehouse it may keep (that one supplies the network by transfers).
 * A station without one keeps no stock in the system: its orders' parts are recorded on the order only.
 */
export function orderWarehouse(sc: ServiceContext, stationId: string | null): Promise<Warehouse | null> {
  if (!stationId) return Promise.resolve(null);
  return sc.em.findOne(Warehouse, { station: stationId, kind: WarehouseKind.PARTS, active: true }, { orderBy: { central: 'asc', code: 'asc' } });
}

interface OpenLine {
  id: string;
  partId: string;
  missing: number;
}

/** Used lines of the order not (fully) issued yet, oldest first: read with SQL, as set-based updates may have changed them. */
async function linesToIssue(sc: ServiceContext, orderId: string): Promise<OpenLine[]> {
  const rows = await sc.em.getConnection().execute<Array<{ id: string; part_id: string; missing: number }>>(
    `select l.id, l.part_id, l.quantity - coalesce(sum(i.quantity) filter (where i.returned_at is null), 0)::int as missing
       from service_order_part l left join stock_order_issue i on i.order_part_id = l.id
      where l.order_id = ? and l.kind = ?
      group by l.id
     having l.quantity - coalesce(sum(i.quantity) filter (where i.returned_at is null), 0) > 0
      order by l.created_at, l.id`,
    [orderId, OrderPartKind.USED],
    'all',
    sc.em.getTransactionContext(),
  );
  return rows.map((r) => ({ id: r.id, partId: r.part_id, missing: Number(r.missing) }));
}

/**
 * Consumption on a service order: every used line not issued yet is issued now. At completion
 * (`fromHoldings`) parts the order's technicians hold on issued requisitions are used first (the
 * order's own requisition, then the oldest), the rest leaves the station's warehouse as a
 * CONSUMPTION row carrying the order number; too little stock refuses the step (INSUFFICIENT_STOCK)
 * and nothing moves. A station without a warehouse keeps no stock here: nothing is posted.
 */
export async function issueOrderParts(sc: ServiceContext, order: ServiceOrder, opts: { fromHoldings: boolean }): Promise<Posted[]> {
  const warehouse = await orderWarehouse(sc, order.stationId);
  if (!warehouse) return [];
  await sc.em.flush();
  const lines = await linesToIssue(sc, order.id);
  if (!lines.length) return [];
  const now = sc.now();
  if (opts.fromHoldings) await useHoldings(sc, order, lines, now);
  const pending = lines.filter((l) => l.missing > 0);
  const posted = await postMovements(
    sc,
    orderRef(order),
    pending.map((l) => ({ partId: l.partId, warehouseId: warehouse.id, quantity: -l.missing, kind: MovementKind.CONSUMPTION, serviceOrderId: order.id })),
  );
  pending.forEach((l, i) =>
    sc.em.persist(
      sc.em.create(OrderPartIssue, {
        orderPart: l.id,
        serviceOrder: order,
        part: l.partId,
        quantity: l.missing,
        source: IssueSource.WAREHOUSE,
        warehouse,
        unitCost: posted[i].unitCost,
        issuedAt: now,
      } as never),
    ),
  );
  return posted;
}

/** Takes what the order's technicians hold on issued requisitions, line by line; `missing` shrinks by what was taken. */
async function useHoldings(sc: ServiceContext, order: ServiceOrder, lines: OpenLine[], now: Date): Promise<void> {
  const tx = sc.em.getTransactionContext();
  const held = await sc.em.getConnection().execute<Array<{ id: string; document_id: string }>>(
    `select rl.id, rl.document_id
       from requisition_line rl join requisition r on r.id = rl.document_id
      where r.status = ? and r.technician_id in (select technician_id from service_order_technician where order_id = ?)
        and rl.part_id = any(?::uuid[]) and rl.issued_quantity - rl.used_quantity - rl.returned_quantity > 0
      order by r.id
        for update of r`,
    [RequisitionStatus.ISSUED, order.id, `{${[...new Set(lines.map((l) => l.partId))].join(',')}}`],
    'all',
    tx,
  );
  if (!held.length) return;
  const requisitionIds = [...new Set(held.map((h) => h.document_id))];
  const requisitions = await sc.em.find(Requisition, { id: { $in: requisitionIds } }, { refresh: true });
  const allLines = await sc.em.find(RequisitionLine, { document: { $in: requisitionIds } } as FilterQuery<RequisitionLine>, { refresh: true });
  const byId = new Map(requisitions.map((r) => [r.id, r]));
  // The order's own requisition first, then the oldest issued.
  const candidates = allLines
    .filter((l) => held.some((h) => h.id === l.id))
    .sort((a, b) => {
      const ra = byId.get(a.document.id)!;
      const rb = byId.get(b.document.id)!;
      return Number(rb.serviceOrderId === order.id) - Number(ra.serviceOrderId === order.id) || (ra.issuedAt?.getTime() ?? 0) - (rb.issuedAt?.getTime() ?? 0) || (a.id < b.id ? -1 : 1);
    });
  for (const line of lines) {
    for (const c of candidates) {
      if (line.missing === 0) break;
      if (c.partId !== line.partId || c.heldQuantity <= 0) continue;
      const take = Math.min(c.heldQuantity, line.missing);
      c.usedQuantity += take;
      line.missing -= take;
      sc.em.persist(
        sc.em.create(OrderPartIssue, {
          orderPart: line.id,
          serviceOrder: order,
          part: line.partId,
          quantity: take,
          source: IssueSource.HOLDING,
          requisition: c.document.id,
          requisitionLine: c,
          unitCost: c.unitCost ?? 0,
          issuedAt: now,
        } as never),
      );
    }
  }
  for (const r of requisitions) recount(r, allLines.filter((l) => l.document.id === r.id));
}

/**
 * Cancelling an order (or removing a line) returns what it took from a warehouse: RETURN_IN rows
 * at the cost it left at, carrying the order number. Links to documents still bringing parts are
 * dropped (the parts will come into stock). Returns the parts as the timeline says them.
 */
export async function returnOrderParts(sc: ServiceContext, order: ServiceOrder, orderPartId?: string): Promise<string[]> {
  await sc.em.flush();
  const where = { serviceOrder: order.id, returnedAt: null, source: IssueSource.WAREHOUSE, ...(orderPartId ? { orderPart: orderPartId } : {}) };
  const issues = await sc.em.find(OrderPartIssue, where as FilterQuery<OrderPartIssue>);
  const links = await sc.em.find(AwaitedPart, { serviceOrder: order.id, arrivedAt: null, ...(orderPartId ? { orderPart: orderPartId } : {}) } as FilterQuery<AwaitedPart>);
  sc.em.remove(links);
  if (!issues.length) return [];
  const movements: Movement[] = issues.map((i) => ({
    partId: i.partId,
    warehouseId: i.warehouseId!,
    quantity: i.quantity,
    kind: MovementKind.RETURN_IN,
    unitCost: i.unitCost,
    serviceOrderId: order.id,
  }));
  const posted = await postMovements(sc, orderRef(order), movements);
  for (const i of issues) i.returnedAt = sc.now();
  return describeLines(await partNames(sc, posted), posted);
}

/** The station may have the parts awaited by these order lines brought by this document (its warehouse is theirs). */
export async function awaitedLines(sc: ServiceContext, orderPartIds: readonly string[], warehouse: Warehouse, field = 'awaitedPartIds'): Promise<OrderPart[]> {
  if (!orderPartIds.length) return [];
  const lines = await sc.em.find(OrderPart, { id: { $in: [...new Set(orderPartIds)] } });
  const orders = await findInScope(sc, ServiceOrder, { id: { $in: [...new Set(lines.map((l) => l.orderId))] } } as FilterQuery<ServiceOrder>);
  const ok = (l: OrderPart) => {
    const o = orders.find((x) => x.id === l.orderId);
    return l.kind === OrderPartKind.AWAITED && !l.arrivedAt && o?.status === ServiceOrderStatus.AWAITING_PARTS && o.stationId === warehouse.stationId;
  };
  if (lines.length !== new Set(orderPartIds).size || !lines.every(ok)) {
    throw badInput([fieldError(field, '必须是本仓所属网点仍在待件的服务单配件', 'must be parts still awaited by service orders of the warehouse’s station')]);
  }
  return lines;
}

/** Links the awaited lines to the document bringing them (a line already linked elsewhere moves over). */
export async function linkAwaitedLines(sc: ServiceContext, lines: readonly OrderPart[], to: { purchaseOrder?: string; transfer?: string }): Promise<string[]> {
  if (!lines.length) return [];
  const existing = await sc.em.find(AwaitedPart, { orderPart: { $in: lines.map((l) => l.id) } } as FilterQuery<AwaitedPart>);
  for (const line of lines) {
    const link =
      existing.find((e) => e.orderPartId === line.id) ??
      sc.em.create(AwaitedPart, { orderPart: line, serviceOrder: line.orderId, part: line.partId, quantity: line.quantity, linkedAt: sc.now() } as never);
    link.purchaseOrder = (to.purchaseOrder ?? null) as never;
    link.transfer = (to.transfer ?? null) as never;
    link.linkedAt = sc.now();
    sc.em.persist(link);
  }
  const orders = await sc.em.find(ServiceOrder, { id: { $in: [...new Set(lines.map((l) => l.orderId))] } });
  return orders.map((o) => o.number).sort();
}

/** A cancelled document brings nothing: the orders it was for wait again, free to be linked to another. */
export async function unlinkAwaited(sc: ServiceContext, from: { purchaseOrder?: string; transfer?: string }): Promise<void> {
  const where = from.purchaseOrder ? { purchaseOrder: from.purchaseOrder } : { transfer: from.transfer };
  sc.em.remove(await sc.em.find(AwaitedPart, { ...where, arrivedAt: null } as FilterQuery<AwaitedPart>));
}

export interface Delivery {
  movements: Movement[];
  /** After posting (`posted`: the rows of `movements`, in order): marks the lines arrived, records how they were issued, tells each order's station. */
  commit(posted: readonly Posted[]): Promise<string[]>;
}

/**
 * What a receipt into `warehouse` passes straight on to the orders awaiting it: for each linked
 * line still awaited (oldest link first) that the received quantity covers, a CONSUMPTION row of
 * the order, posted in the same batch as the receipt so nobody else can take the part first.
 */
export async function planDeliveries(
  sc: ServiceContext,
  from: { purchaseOrder?: string; transfer?: string; document: DocumentRef },
  warehouse: Warehouse,
  received: ReadonlyMap<string, number>,
): Promise<Delivery> {
  const where = from.purchaseOrder ? { purchaseOrder: from.purchaseOrder } : { transfer: from.transfer };
  const links = await sc.em.find(AwaitedPart, { ...where, arrivedAt: null } as FilterQuery<AwaitedPart>, { orderBy: { linkedAt: 'asc', id: 'asc' } });
  if (!links.length) return { movements: [], commit: async () => [] };
  // Orders are locked in id order before any balance row: the same order as every other posting.
  const orders = await sc.em.find(ServiceOrder, { id: { $in: [...new Set(links.map((l) => l.serviceOrderId))] } }, { orderBy: { id: 'asc' }, lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  const lines = await sc.em.find(OrderPart, { id: { $in: links.map((l) => l.orderPartId) } }, { refresh: true });
  const left = new Map(received);
  const taken: Array<{ link: AwaitedPart; order: ServiceOrder; line: OrderPart }> = [];
  for (const link of links) {
    const order = orders.find((o) => o.id === link.serviceOrderId);
    const line = lines.find((l) => l.id === link.orderPartId);
    if (!order || !line || order.status !== ServiceOrderStatus.AWAITING_PARTS || line.kind !== OrderPartKind.AWAITED || line.arrivedAt) continue;
    if (order.stationId !== warehouse.stationId || (left.get(line.partId) ?? 0) < line.quantity) continue;
    left.set(line.partId, left.get(line.partId)! - line.quantity);
    taken.push({ link, order, line });
  }
  const movements: Movement[] = taken.map(({ order, line }) => ({
    partId: line.partId,
    warehouseId: warehouse.id,
    quantity: -line.quantity,
    kind: MovementKind.CONSUMPTION,
    serviceOrderId: order.id,
    document: orderRef(order),
  }));
  return {
    movements,
    async commit(posted) {
      const now = sc.now();
      const names = await partNames(sc, taken.map((t) => t.line));
      const byOrder = new Map<ServiceOrder, OrderPart[]>();
      for (const [i, { link, order, line }] of taken.entries()) {
        link.arrivedAt = now;
        line.arrivedAt = now;
        sc.em.persist(
          sc.em.create(OrderPartIssue, {
            orderPart: line,
            serviceOrder: order,
            part: line.partId,
            quantity: line.quantity,
            source: IssueSource.WAREHOUSE,
            warehouse,
            unitCost: posted[i].unitCost,
            issuedAt: now,
          } as never),
        );
        byOrder.set(order, [...(byOrder.get(order) ?? []), line]);
      }
      for (const [order, arrived] of byOrder) {
        const said: TimelineLine[] = [
          { t: 'order.partsReceived', p: { parts: describeLines(names, arrived) }, public: true },
          { t: 'order.partsReceivedBy', p: { document: from.document.number } },
        ];
        await recordEvent(sc, order, TimelineAction.PARTS_RECEIVED, { from: order.status, lines: said, stationId: warehouse.stationId });
      }
      return [...byOrder.keys()].map((o) => o.number).sort();
    },
  };
}
