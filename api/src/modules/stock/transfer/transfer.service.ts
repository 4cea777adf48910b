import type { FilterQuery } from '@mikro-orm/core';
import type { ReadConfig } from '../../../graphql/crud';
import { SortOrder } from '../../../graphql/list';
import type { ServiceContext } from '../../../common/service-context';
import { badInput, fieldError } from '../../../common/errors';
import type { TimelineLine } from '../../../common/lifecycle/lifecycle';
import type { NoteInput, ReasonInput } from '../../service-order/service-order.inputs';
import { Warehouse } from '../../station/warehouse.entity';
import { withAwaited } from '../documents/awaited-lines';
import { postedLines } from '../documents/document-steps';
import { anyWarehouse, assertCan, documentLines, lineParts, openDocument, partNames, visibleWarehouse } from '../documents/document-service';
import { recordStockEvent } from '../documents/document-events';
import { postMovements } from '../ledger/posting';
import { awaitedLines, linkAwaitedLines, planDeliveries, unlinkAwaited } from '../order-parts/order-stock';
import { MovementKind, StockAction, StockDocumentType, StockEventAction } from '../stock.enums';
import { StockTransfer, StockTransferEvent, StockTransferLine } from './transfer.entity';
import { StockTransferFilter, type StockTransferCreateInput } from './transfer.inputs';
import { TRANSFER_LIFECYCLE } from './transfer.lifecycle';

export const TRANSFER_CONFIG: ReadConfig<StockTransfer, StockTransferFilter> = {
  entity: StockTransfer,
  name: 'StockTransfer',
  plural: 'StockTransfers',
  filterInput: StockTransferFilter,
  sortFields: ['createdAt', 'number', 'status', 'shippedAt', 'receivedAt'],
  defaultSortOrder: SortOrder.DESC,
  searchFields: ['number', 'note'],
  where: (f) => {
    const parts: FilterQuery<StockTransfer>[] = [];
    if (f.statuses?.length) parts.push({ status: { $in: f.statuses } });
    // Either end: the filter fields mean "leaving or going to".
    if (f.stationId) parts.push({ $or: [{ station: f.stationId }, { toStation: f.stationId }] });
    if (f.warehouseId) parts.push({ $or: [{ warehouse: f.warehouseId }, { toWarehouse: f.warehouseId }] });
    return parts.length ? { $and: parts } : undefined;
  },
};

export const transferRef = (d: StockTransfer) => ({ type: StockDocumentType.TRANSFER, id: d.id, number: d.number });

/** One end must be the caller's (station keepers send from or ask for their own warehouse); both of one kind. */
async function ends(sc: ServiceContext, input: StockTransferCreateInput): Promise<[Warehouse, Warehouse]> {
  if (input.warehouseId === input.toWarehouseId) throw badInput([fieldError('toWarehouseId', '不能与调出仓库相同', 'must differ from the source warehouse')]);
  const mine = await visibleWarehouse(sc, input.warehouseId, 'warehouseId').catch(() => undefined);
  const from = mine ?? (await anyWarehouse(sc, input.warehouseId, 'warehouseId'));
  const to = mine ? await anyWarehouse(sc, input.toWarehouseId, 'toWarehouseId') : await visibleWarehouse(sc, input.toWarehouseId, 'toWarehouseId');
  if (from.kind !== to.kind) throw badInput([fieldError('toWarehouseId', '必须与调出仓库同类（配件仓或旧件仓）', 'must be of the source’s kind (parts or old parts)')]);
  return [from, to];
}

export async function createStockTransfer(sc: ServiceContext, input: StockTransferCreateInput): Promise<StockTransfer> {
  assertCan(sc, 'stock:write');
  const [from, to] = await ends(sc, input);
  const awaited = await awaitedLines(sc, input.awaitedPartIds ?? [], to);
  const lines = withAwaited(input.lines?.map((l) => ({ ...l })), awaited, (partId, quantity) => ({ partId, quantity }));
  const parts = await lineParts(sc, lines);
  const doc = await openDocument<StockTransfer>(sc, {
    entity: StockTransfer,
    type: StockDocumentType.TRANSFER,
    event: StockTransferEvent,
    line: StockTransferLine,
    data: { warehouse: from, toWarehouse: to, toStation: to.stationId, note: input.note },
    lines,
    parts,
    said: [{ t: 'stock.route', p: { from: from.name, to: to.name } }],
  });
  const orders = await linkAwaitedLines(sc, awaited, { transfer: doc.id });
  if (orders.length) await recordStockEvent(sc, StockTransferEvent, doc, { action: StockEventAction.LINK, lines: [{ t: 'stock.linkedOrders', p: { orders } }], stationId: to.stationId });
  return doc;
}

/** 发出: out of the source at its moving average; the parts are in transit until received. */
export async function shipStockTransfer(sc: ServiceContext, id: string, input: NoteInput = {}): Promise<StockTransfer> {
  const { doc } = await TRANSFER_LIFECYCLE.run(sc, id, StockAction.SHIP, async (d) => {
    const lines = await documentLines(sc, StockTransferLine, d.id);
    const posted = await postMovements(
      sc,
      transferRef(d),
      lines.map((l) => ({ partId: l.partId, warehouseId: d.warehouseId, quantity: -l.quantity, kind: MovementKind.TRANSFER_OUT })),
    );
    lines.forEach((l, i) => (l.unitCost = posted[i].unitCost));
    d.shippedAt = sc.now();
    return { lines: postedLines(posted, await partNames(sc, lines)), note: input.note };
  });
  return doc;
}

/** 调入: into the destination at what it left the source at; awaited lines it brings go straight to their orders. */
export async function receiveStockTransfer(sc: ServiceContext, id: string, input: NoteInput = {}): Promise<StockTransfer> {
  const { doc } = await TRANSFER_LIFECYCLE.run(sc, id, StockAction.RECEIVE, async (d) => {
    const lines = await documentLines(sc, StockTransferLine, d.id);
    const to = await sc.em.findOneOrFail(Warehouse, d.toWarehouseId);
    const receipt = lines.map((l) => ({ partId: l.partId, warehouseId: to.id, quantity: l.quantity, kind: MovementKind.TRANSFER_IN, unitCost: l.unitCost ?? undefined }));
    const delivery = await planDeliveries(sc, { transfer: d.id, document: transferRef(d) }, to, new Map(lines.map((l) => [l.partId, l.quantity])));
    const posted = await postMovements(sc, transferRef(d), [...receipt, ...delivery.movements]);
    const orders = await delivery.commit(posted.slice(receipt.length));
    d.receivedAt = sc.now();
    const said: TimelineLine[] = postedLines(posted.slice(0, receipt.length), await partNames(sc, lines));
    if (orders.length) said.push({ t: 'stock.deliveredToOrders', p: { orders } });
    return { lines: said, note: input.note };
  });
  return doc;
}

export async function cancelStockTransfer(sc: ServiceContext, id: string, input: ReasonInput): Promise<StockTransfer> {
  return (
    await TRANSFER_LIFECYCLE.run(sc, id, StockAction.CANCEL, async (d) => {
      await unlinkAwaited(sc, { transfer: d.id });
      return { lines: [{ t: 'stock.reason', p: { reason: input.reason } }] };
    })
  ).doc;
}
