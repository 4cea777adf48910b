import type { ReadConfig } from '../../../graphql/crud';
import { SortOrder } from '../../../graphql/list';
import type { TimelineLine } from '../../../common/lifecycle/lifecycle';
import type { ServiceContext } from '../../../common/service-context';
import type { NoteInput, ReasonInput } from '../../service-order/service-order.inputs';
import { WarehouseKind } from '../../station/warehouse.entity';
import { postedLines } from '../documents/document-steps';
import { assertCan, documentLines, lineParts, openDocument, partNames, stationOrder, visibleWarehouse } from '../documents/document-service';
import { postMovements } from '../ledger/posting';
import { MovementKind, StockAction, StockDocumentType, StockInKind } from '../stock.enums';
import { StockIn, StockInEvent, StockInLine } from './stock-in.entity';
import { StockInFilter, type StockInCreateInput } from './stock-in.inputs';
import { STOCK_IN_LIFECYCLE } from './stock-in.lifecycle';

export const STOCK_IN_CONFIG: ReadConfig<StockIn, StockInFilter> = {
  entity: StockIn,
  name: 'StockIn',
  plural: 'StockIns',
  filterInput: StockInFilter,
  sortFields: ['createdAt', 'number', 'status', 'receivedAt'],
  defaultSortOrder: SortOrder.DESC,
  searchFields: ['number', 'note'],
  where: (f) => (f.statuses?.length ? { status: { $in: f.statuses } } : undefined),
};

const MOVEMENT: Record<StockInKind, MovementKind> = {
  [StockInKind.PURCHASE_IN]: MovementKind.PURCHASE_IN,
  [StockInKind.RETURN_IN]: MovementKind.RETURN_IN,
  [StockInKind.OLD_PART_IN]: MovementKind.OLD_PART_IN,
  [StockInKind.EXCHANGE_IN]: MovementKind.EXCHANGE_IN,
  [StockInKind.OPENING]: MovementKind.OPENING,
};

/**
 * A stock in. Parts keepers enter every kind; a technician may enter the old parts a repair of
 * their station replaced (OLD_PART_IN naming the order), which go to an old-parts warehouse at no value.
 */
export async function createStockIn(sc: ServiceContext, input: StockInCreateInput, options: { said?: TimelineLine[]; setBasedLines?: boolean } = {}): Promise<StockIn> {
  const oldParts = input.kind === StockInKind.OLD_PART_IN;
  if (!oldParts || !input.serviceOrderId) assertCan(sc, 'stock:write');
  const warehouse = await visibleWarehouse(sc, input.warehouseId, 'warehouseId', oldParts ? WarehouseKind.OLD_PARTS : WarehouseKind.PARTS);
  const order = input.serviceOrderId ? await stationOrder(sc, input.serviceOrderId, warehouse.stationId) : null;
  const parts = await lineParts(sc, input.lines);
  // Purchases come in at their price (the part's cost price when none is given); old parts are worth nothing here.
  const cost = (l: StockInCreateInput['lines'][number]) =>
    oldParts ? 0 : (l.unitCost ?? ([StockInKind.PURCHASE_IN, StockInKind.OPENING].includes(input.kind) ? parts.get(l.partId)!.costPrice : null));
  return openDocument<StockIn>(sc, {
    entity: StockIn,
    type: StockDocumentType.STOCK_IN,
    event: StockInEvent,
    line: StockInLine,
    data: { kind: input.kind, warehouse, serviceOrder: order, note: input.note },
    lines: input.lines.map((l) => ({ partId: l.partId, quantity: l.quantity, unitCost: cost(l) })),
    parts,
    said: [...(order ? [{ t: 'stock.forOrder', p: { number: order.number } }] : []), ...(options.said ?? [])],
    setBasedLines: options.setBasedLines,
  });
}

export const stockInRef = (d: StockIn) => ({ type: StockDocumentType.STOCK_IN, id: d.id, number: d.number });

/**
 * 入库: the lines go into the warehouse at their cost; the only step that moves stock. `lineNotes`
 * (by part) go on the ledger rows. `lines`: the document's lines, in order, as its maker just wrote
 * them, each with its cost (so there is nothing to write back on them), not read again.
 */
export async function receiveStockIn(
  sc: ServiceContext,
  id: string,
  input: NoteInput = {},
  options: { lineNotes?: ReadonlyMap<string, string>; lines?: ReadonlyArray<{ partId: string; quantity: number; unitCost: number }> } = {},
): Promise<StockIn> {
  const { doc } = await STOCK_IN_LIFECYCLE.run(sc, id, StockAction.RECEIVE, async (d) => {
    const lines: ReadonlyArray<{ partId: string; quantity: number; unitCost?: number | null }> = options.lines ?? (await documentLines(sc, StockInLine, d.id));
    const posted = await postMovements(
      sc,
      stockInRef(d),
      lines.map((l) => ({
        partId: l.partId,
        warehouseId: d.warehouseId,
        quantity: l.quantity,
        kind: MOVEMENT[d.kind],
        unitCost: l.unitCost ?? undefined,
        serviceOrderId: d.serviceOrderId,
        note: options.lineNotes?.get(l.partId) ?? null,
      })),
    );
    if (!options.lines) (lines as StockInLine[]).forEach((l, i) => (l.unitCost = posted[i].unitCost));
    d.receivedAt = sc.now();
    return { lines: postedLines(posted, await partNames(sc, lines)), note: input.note };
  });
  return doc;
}

export async function closeStockIn(sc: ServiceContext, id: string, input: NoteInput = {}): Promise<StockIn> {
  return (await STOCK_IN_LIFECYCLE.run(sc, id, StockAction.CLOSE, () => ({ note: input.note }))).doc;
}

export async function cancelStockIn(sc: ServiceContext, id: string, input: ReasonInput): Promise<StockIn> {
  return (await STOCK_IN_LIFECYCLE.run(sc, id, StockAction.CANCEL, () => ({ lines: [{ t: 'stock.reason', p: { reason: input.reason } }] }))).doc;
}
