import type { ReadConfig } from '../../../graphql/crud';
import { SortOrder } from '../../../graphql/list';
import type { ServiceContext } from '../../../common/service-context';
import { badInput, fieldError } from '../../../common/errors';
import type { TimelineLine } from '../../../common/lifecycle/lifecycle';
import { Manufacturer } from '../../product/manufacturer.entity';
import type { NoteInput, ReasonInput } from '../../service-order/service-order.inputs';
import { Warehouse, WarehouseKind } from '../../station/warehouse.entity';
import { withAwaited } from '../documents/awaited-lines';
import { recordStockEvent } from '../documents/document-events';
import { assertCan, describeLines, documentLines, lineParts, openDocument, partNames, visibleWarehouse } from '../documents/document-service';
import { postMovements } from '../ledger/posting';
import { awaitedLines, linkAwaitedLines, planDeliveries, unlinkAwaited } from '../order-parts/order-stock';
import { MovementKind, StockAction, StockDocumentType, StockEventAction } from '../stock.enums';
import { PurchaseOrder, PurchaseOrderEvent, PurchaseOrderLine } from './purchase-order.entity';
import { PurchaseOrderFilter, type PurchaseOrderCreateInput, type PurchaseReceiptInput } from './purchase-order.inputs';
import { PURCHASE_ORDER_LIFECYCLE } from './purchase-order.lifecycle';

export const PURCHASE_ORDER_CONFIG: ReadConfig<PurchaseOrder, PurchaseOrderFilter> = {
  entity: PurchaseOrder,
  name: 'PurchaseOrder',
  plural: 'PurchaseOrders',
  filterInput: PurchaseOrderFilter,
  sortFields: ['createdAt', 'number', 'status', 'expectedOn'],
  defaultSortOrder: SortOrder.DESC,
  searchFields: ['number', 'supplier', 'note'],
  where: (f) => (f.statuses?.length ? { status: { $in: f.statuses } } : undefined),
};

export const purchaseOrderRef = (d: PurchaseOrder) => ({ type: StockDocumentType.PURCHASE_ORDER, id: d.id, number: d.number });

interface NewPurchase {
  warehouse: Warehouse;
  supplier: string;
  manufacturerId?: string;
  expectedOn?: string;
  lines: Array<{ partId: string; quantity: number; unitCost?: number }>;
  awaitedPartIds?: string[];
  note?: string;
}

/** A purchase order for a parts warehouse; awaited order lines it brings are linked to it. */
export async function openPurchaseOrder(sc: ServiceContext, p: NewPurchase): Promise<PurchaseOrder> {
  if (p.warehouse.kind !== WarehouseKind.PARTS) throw badInput([fieldError('warehouseId', '必须是配件仓', 'must be a parts warehouse')]);
  const manufacturer = p.manufacturerId ? await sc.em.findOne(Manufacturer, p.manufacturerId) : null;
  if (p.manufacturerId && !manufacturer) throw badInput([fieldError('manufacturerId', '不存在', 'is unknown')]);
  const awaited = await awaitedLines(sc, p.awaitedPartIds ?? [], p.warehouse);
  const lines = withAwaited(p.lines.map((l) => ({ ...l })), awaited, (partId, quantity) => ({ partId, quantity }) as NewPurchase['lines'][number]);
  const parts = await lineParts(sc, lines);
  const rows = lines.map((l) => ({ partId: l.partId, quantity: l.quantity, unitCost: l.unitCost ?? parts.get(l.partId)!.costPrice }));
  const doc = await openDocument<PurchaseOrder>(sc, {
    entity: PurchaseOrder,
    type: StockDocumentType.PURCHASE_ORDER,
    event: PurchaseOrderEvent,
    line: PurchaseOrderLine,
    data: {
      warehouse: p.warehouse,
      supplier: p.supplier.trim(),
      manufacturer,
      expectedOn: p.expectedOn ?? null,
      outstandingQuantity: rows.reduce((n, l) => n + l.quantity, 0),
      note: p.note,
    },
    lines: rows,
    parts,
    said: [{ t: 'stock.supplier', p: { supplier: p.supplier.trim() } }],
  });
  const orders = await linkAwaitedLines(sc, awaited, { purchaseOrder: doc.id });
  if (orders.length) await recordStockEvent(sc, PurchaseOrderEvent, doc, { action: StockEventAction.LINK, lines: [{ t: 'stock.linkedOrders', p: { orders } }], stationId: p.warehouse.stationId });
  return doc;
}

export async function createPurchaseOrder(sc: ServiceContext, input: PurchaseOrderCreateInput): Promise<PurchaseOrder> {
  assertCan(sc, 'stock:write');
  const warehouse = await visibleWarehouse(sc, input.warehouseId, 'warehouseId', WarehouseKind.PARTS);
  return openPurchaseOrder(sc, { ...input, warehouse, lines: input.lines ?? [] });
}

export async function placePurchaseOrder(sc: ServiceContext, id: string, input: NoteInput = {}): Promise<PurchaseOrder> {
  return (
    await PURCHASE_ORDER_LIFECYCLE.run(sc, id, StockAction.PLACE, (d) => {
      d.placedAt = sc.now();
      return { note: input.note };
    })
  ).doc;
}

/**
 * 收货: what came in goes into the warehouse at the received cost (a partial delivery keeps the
 * order open); awaited order lines it brings are issued to their orders in the same posting.
 */
export async function receivePurchaseOrder(sc: ServiceContext, id: string, input: PurchaseReceiptInput = {}): Promise<PurchaseOrder> {
  const { doc } = await PURCHASE_ORDER_LIFECYCLE.run(sc, id, StockAction.RECEIVE, async (d) => {
    const lines = await documentLines(sc, PurchaseOrderLine, d.id);
    const byId = new Map(lines.map((l) => [l.id, l]));
    const deliveries = input.lines?.length
      ? input.lines.map((given, i) => {
          const line = byId.get(given.lineId);
          if (!line) throw badInput([fieldError(`lines.${i}.lineId`, '不是本采购订单的明细', 'is not a line of this purchase order')]);
          if (given.quantity > line.outstandingQuantity) {
            throw badInput([fieldError(`lines.${i}.quantity`, `超过未到数量（${line.outstandingQuantity}）`, `is more than is outstanding (${line.outstandingQuantity})`)]);
          }
          return { line, quantity: given.quantity, unitCost: given.unitCost ?? line.unitCost };
        })
      : lines.filter((l) => l.outstandingQuantity > 0).map((line) => ({ line, quantity: line.outstandingQuantity, unitCost: line.unitCost }));
    const warehouse = await sc.em.findOneOrFail(Warehouse, d.warehouseId);
    const receipt = deliveries.map((x) => ({ partId: x.line.partId, warehouseId: warehouse.id, quantity: x.quantity, kind: MovementKind.PURCHASE_IN, unitCost: x.unitCost }));
    const received = new Map<string, number>();
    for (const r of receipt) received.set(r.partId, (received.get(r.partId) ?? 0) + r.quantity);
    const delivery = await planDeliveries(sc, { purchaseOrder: d.id, document: purchaseOrderRef(d) }, warehouse, received);
    const posted = await postMovements(sc, purchaseOrderRef(d), [...receipt, ...delivery.movements]);
    const orders = await delivery.commit(posted.slice(receipt.length));
    for (const x of deliveries) x.line.receivedQuantity += x.quantity;
    d.receivedAt ??= sc.now();
    d.outstandingQuantity = lines.reduce((n, l) => n + l.outstandingQuantity, 0);
    const names = await partNames(sc, lines);
    const said: TimelineLine[] = [{ t: 'stock.received', p: { parts: describeLines(names, receipt) } }];
    const left = lines.filter((l) => l.outstandingQuantity > 0).map((l) => ({ partId: l.partId, quantity: l.outstandingQuantity }));
    if (left.length) said.push({ t: 'stock.stillOutstanding', p: { parts: describeLines(names, left) } });
    if (orders.length) said.push({ t: 'stock.deliveredToOrders', p: { orders } });
    return { lines: said, note: input.note };
  });
  return doc;
}

/** 结束收货: the rest will not come; what is outstanding is dropped (a reason is required). */
export async function finishPurchaseOrder(sc: ServiceContext, id: string, input: ReasonInput): Promise<PurchaseOrder> {
  return (
    await PURCHASE_ORDER_LIFECYCLE.run(sc, id, StockAction.FINISH, async (d) => {
      const lines = await documentLines(sc, PurchaseOrderLine, d.id);
      const left = lines.filter((l) => l.outstandingQuantity > 0).map((l) => ({ partId: l.partId, quantity: l.outstandingQuantity }));
      const said: TimelineLine[] = [{ t: 'stock.reason', p: { reason: input.reason } }];
      if (left.length) said.push({ t: 'stock.stillOutstanding', p: { parts: describeLines(await partNames(sc, lines), left) } });
      return { lines: said };
    })
  ).doc;
}

/** Cancelled: orders it was to bring parts for wait again, unlinked (another document may bring them). */
export async function cancelPurchaseOrder(sc: ServiceContext, id: string, input: ReasonInput): Promise<PurchaseOrder> {
  return (
    await PURCHASE_ORDER_LIFECYCLE.run(sc, id, StockAction.CANCEL, async (d) => {
      await unlinkAwaited(sc, { purchaseOrder: d.id });
      return { lines: [{ t: 'stock.reason', p: { reason: input.reason } }] };
    })
  ).doc;
}

