import type { ReadConfig } from '../../../graphql/crud';
import { SortOrder } from '../../../graphql/list';
import type { ServiceContext } from '../../../common/service-context';
import type { NoteInput, ReasonInput } from '../../service-order/service-order.inputs';
import { WarehouseKind } from '../../station/warehouse.entity';
import { postedLines } from '../documents/document-steps';
import { assertCan, documentLines, lineParts, openDocument, partNames, stationOrder, visibleWarehouse } from '../documents/document-service';
import { postMovements } from '../ledger/posting';
import { MovementKind, StockAction, StockDocumentType, StockOutKind } from '../stock.enums';
import { StockOut, StockOutEvent, StockOutLine } from './stock-out.entity';
import { StockOutFilter, type StockOutCreateInput } from './stock-out.inputs';
import { STOCK_OUT_LIFECYCLE } from './stock-out.lifecycle';

export const STOCK_OUT_CONFIG: ReadConfig<StockOut, StockOutFilter> = {
  entity: StockOut,
  name: 'StockOut',
  plural: 'StockOuts',
  filterInput: StockOutFilter,
  sortFields: ['createdAt', 'number', 'status', 'issuedAt'],
  defaultSortOrder: SortOrder.DESC,
  searchFields: ['number', 'recipient', 'note'],
  where: (f) => (f.statuses?.length ? { status: { $in: f.statuses } } : undefined),
};

const MOVEMENT: Record<StockOutKind, MovementKind> = {
  [StockOutKind.SALE]: MovementKind.SALE,
  [StockOutKind.LOSS]: MovementKind.LOSS,
  [StockOutKind.EXCHANGE_OUT]: MovementKind.EXCHANGE_OUT,
  [StockOutKind.RETURN_TO_MAKER]: MovementKind.RETURN_TO_MAKER,
};

/** Losses and returns to the maker may come from an old-parts warehouse; sales and exchanges only from good stock. */
const ANY_WAREHOUSE = [StockOutKind.LOSS, StockOutKind.RETURN_TO_MAKER];

export async function createStockOut(sc: ServiceContext, input: StockOutCreateInput): Promise<StockOut> {
  assertCan(sc, 'stock:write');
  const warehouse = await visibleWarehouse(sc, input.warehouseId, 'warehouseId', ANY_WAREHOUSE.includes(input.kind) ? undefined : WarehouseKind.PARTS);
  const order = input.serviceOrderId ? await stationOrder(sc, input.serviceOrderId, warehouse.stationId) : null;
  const parts = await lineParts(sc, input.lines);
  return openDocument<StockOut>(sc, {
    entity: StockOut,
    type: StockDocumentType.STOCK_OUT,
    event: StockOutEvent,
    line: StockOutLine,
    data: { kind: input.kind, warehouse, serviceOrder: order, recipient: input.recipient?.trim() || null, note: input.note },
    lines: input.lines.map((l) => ({ partId: l.partId, quantity: l.quantity })),
    parts,
    said: order ? [{ t: 'stock.forOrder', p: { number: order.number } }] : [],
  });
}

export const stockOutRef = (d: StockOut) => ({ type: StockDocumentType.STOCK_OUT, id: d.id, number: d.number });

export async function processStockOut(sc: ServiceContext, id: string, input: NoteInput = {}): Promise<StockOut> {
  return (await STOCK_OUT_LIFECYCLE.run(sc, id, StockAction.PROCESS, () => ({ note: input.note }))).doc;
}

/** 出库: every line leaves at the moving average, or none does (INSUFFICIENT_STOCK). */
export async function issueStockOut(sc: ServiceContext, id: string, input: NoteInput = {}): Promise<StockOut> {
  const { doc } = await STOCK_OUT_LIFECYCLE.run(sc, id, StockAction.ISSUE, async (d) => {
    const lines = await documentLines(sc, StockOutLine, d.id);
    const posted = await postMovements(
      sc,
      stockOutRef(d),
      lines.map((l) => ({ partId: l.partId, warehouseId: d.warehouseId, quantity: -l.quantity, kind: MOVEMENT[d.kind], serviceOrderId: d.serviceOrderId })),
    );
    lines.forEach((l, i) => (l.unitCost = posted[i].unitCost));
    d.issuedAt = sc.now();
    return { lines: postedLines(posted, await partNames(sc, lines)), note: input.note };
  });
  return doc;
}

export async function closeStockOut(sc: ServiceContext, id: string, input: NoteInput = {}): Promise<StockOut> {
  return (await STOCK_OUT_LIFECYCLE.run(sc, id, StockAction.CLOSE, () => ({ note: input.note }))).doc;
}

export async function cancelStockOut(sc: ServiceContext, id: string, input: ReasonInput): Promise<StockOut> {
  return (await STOCK_OUT_LIFECYCLE.run(sc, id, StockAction.CANCEL, () => ({ lines: [{ t: 'stock.reason', p: { reason: input.reason } }] }))).doc;
}
