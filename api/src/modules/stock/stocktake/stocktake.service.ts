import type { ReadConfig } from '../../../graphql/crud';
import { SortOrder } from '../../../graphql/list';
import { lockInScope } from '../../../common/access/scoped';
import type { ServiceContext } from '../../../common/service-context';
import { badInput, fieldError, forbidden, type FieldError } from '../../../common/errors';
import type { TimelineLine } from '../../../common/lifecycle/lifecycle';
import { Part } from '../../part/part.entity';
import type { NoteInput, ReasonInput } from '../../service-order/service-order.inputs';
import { Warehouse, WarehouseKind } from '../../station/warehouse.entity';
import { recordStockEvent } from '../documents/document-events';
import { postedLines } from '../documents/document-steps';
import { assertCan, documentLines, lineParts, openDocument, partNames, visibleWarehouse } from '../documents/document-service';
import { postMovements } from '../ledger/posting';
import { MovementKind, StockAction, StockDocumentType, StockEventAction, StocktakeStatus } from '../stock.enums';
import { Stocktake, StocktakeEvent, StocktakeLine } from './stocktake.entity';
import { StocktakeFilter, csvRows, type StocktakeCountInput, type StocktakeCreateInput } from './stocktake.inputs';
import { STOCKTAKE_LIFECYCLE } from './stocktake.lifecycle';

export const STOCKTAKE_CONFIG: ReadConfig<Stocktake, StocktakeFilter> = {
  entity: Stocktake,
  name: 'Stocktake',
  plural: 'Stocktakes',
  filterInput: StocktakeFilter,
  sortFields: ['createdAt', 'number', 'status', 'confirmedAt'],
  defaultSortOrder: SortOrder.DESC,
  searchFields: ['number', 'note'],
};

export const stocktakeRef = (d: Stocktake) => ({ type: StockDocumentType.STOCKTAKE, id: d.id, number: d.number });

/** On hand of these parts in the warehouse now, 0 for parts it never held. */
async function onHand(sc: ServiceContext, warehouseId: string, partIds: readonly string[], lock = false): Promise<Map<string, number>> {
  if (!partIds.length) return new Map();
  const rows = await sc.em.getConnection().execute<Array<{ part_id: string; on_hand: number }>>(
    `select part_id, on_hand from stock_balance where warehouse_id = ? and part_id = any(?::uuid[]) order by part_id ${lock ? 'for share' : ''}`,
    [warehouseId, `{${partIds.join(',')}}`],
    'all',
    sc.em.getTransactionContext(),
  );
  return new Map(rows.map((r) => [r.part_id, r.on_hand]));
}

/** 开盘点单: every active part (or a selection), each with the book quantity at this moment. */
export async function createStocktake(sc: ServiceContext, input: StocktakeCreateInput): Promise<Stocktake> {
  assertCan(sc, 'stock:write');
  const warehouse = await visibleWarehouse(sc, input.warehouseId, 'warehouseId');
  const selection = input.partIds?.length ? input.partIds : undefined;
  const parts = selection
    ? await lineParts(sc, selection.map((partId) => ({ partId })), 'partIds')
    : new Map((await sc.em.find(Part, { active: true }, { orderBy: { code: 'asc' } })).map((p) => [p.id, p]));
  const book = await onHand(sc, warehouse.id, [...parts.keys()]);
  const lines = [...parts.values()]
    .sort((a, b) => (a.code < b.code ? -1 : 1))
    .map((p) => ({ partId: p.id, quantity: book.get(p.id) ?? 0 }));
  return openDocument<Stocktake>(sc, {
    entity: Stocktake,
    type: StockDocumentType.STOCKTAKE,
    event: StocktakeEvent,
    line: StocktakeLine,
    data: { warehouse, allParts: !selection, note: input.note },
    lines,
    parts,
  });
}

/** Counting is for those who may confirm the sheet, while it is open: a confirmed sheet is read-only. */
async function openSheet(sc: ServiceContext, id: string): Promise<Stocktake> {
  const sheet = await lockInScope(sc, Stocktake, id);
  if (!STOCKTAKE_LIFECYCLE.actorMay(sc.actor!, sheet, StockAction.CONFIRM)) throw forbidden('stocktake.count');
  if (sheet.status !== StocktakeStatus.OPEN) {
    throw badInput([fieldError('status', '盘点单已确认或取消，不能再修改', 'is confirmed or cancelled: the sheet is read-only')]);
  }
  return sheet;
}

/**
 * 录入盘点数: each count is taken as of now, so the book quantity now is kept beside it; what moves
 * after it (until confirmation) is not in the count and stays as posted.
 */
export async function recordStocktakeCounts(sc: ServiceContext, id: string, counts: readonly StocktakeCountInput[]): Promise<Stocktake> {
  const sheet = await openSheet(sc, id);
  const ids = counts.map((c) => c.partId);
  if (new Set(ids).size !== ids.length) throw badInput([fieldError('counts', '同一配件只能出现一次', 'lists a part more than once')]);
  const lines = await documentLines(sc, StocktakeLine, sheet.id);
  const byPart = new Map(lines.map((l) => [l.partId, l]));
  const errors: FieldError[] = [];
  counts.forEach((c, i) => {
    if (!byPart.has(c.partId)) errors.push(fieldError(`counts.${i}.partId`, '不在这张盘点单上', 'is not on this count sheet'));
  });
  if (errors.length) throw badInput(errors);
  // Shared locks wait for postings in flight, so the book quantity is the one the count sees; taken
  // in part-id order, the order postings lock in, so counting and posting never deadlock.
  const book = await onHand(sc, sheet.warehouseId, ids, true);
  const now = sc.now();
  for (const c of counts) {
    const line = byPart.get(c.partId)!;
    line.countedQuantity = c.countedQuantity;
    line.expectedQuantity = book.get(c.partId) ?? 0;
    line.countedAt = now;
  }
  sheet.countedLines = lines.filter((l) => l.countedQuantity != null).length;
  await recordStockEvent(sc, StocktakeEvent, sheet, { action: StockEventAction.COUNT, from: sheet.status, lines: [{ t: 'stock.counted', p: { count: counts.length } }], stationId: sheet.stationId });
  return sheet;
}

/** The counts from a CSV (part code, counted): every line is checked, and any error refuses the whole file. */
export async function importStocktakeCounts(sc: ServiceContext, id: string, csv: string): Promise<Stocktake> {
  const rows = csvRows(csv);
  const body = rows.length && !/^\d+$/.test(rows[0].cells[1]) ? rows.slice(1) : rows;
  const codes = [...new Set(body.map((r) => r.cells[0]))];
  const parts = await sc.em.find(Part, { code: { $in: codes } });
  const byCode = new Map(parts.map((p) => [p.code, p]));
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  const counts: StocktakeCountInput[] = [];
  for (const r of body) {
    const [code, counted] = r.cells;
    const part = byCode.get(code);
    const at = (zh: string, en: string) => errors.push({ field: 'csv', message: { zh: `CSV 第 ${r.line} 行：${zh}`, en: `CSV line ${r.line}: ${en}` } });
    if (!part) at(`没有编码为「${code}」的配件`, `no part has the code "${code}"`);
    else if (seen.has(code)) at(`配件「${code}」重复`, `part "${code}" appears twice`);
    if (!/^\d{1,6}$/.test(counted)) at(`「${counted}」不是 0 至 100000 的整数`, `"${counted}" is not a whole number from 0 to 100000`);
    if (part && /^\d{1,6}$/.test(counted) && !seen.has(code)) counts.push({ partId: part.id, countedQuantity: Math.min(Number(counted), 100_000) });
    seen.add(code);
  }
  if (!body.length) errors.push({ field: 'csv', message: { zh: 'CSV 没有盘点行', en: 'the CSV has no count lines' } });
  if (errors.length) throw badInput(errors.slice(0, 50));
  return recordStocktakeCounts(sc, id, counts);
}

/**
 * 确认盘点: each counted line posts counted − book-at-count as a gain (at the moving average, none
 * in an old-parts warehouse) or a loss; uncounted lines are left as they are. Read-only afterwards.
 */
export async function confirmStocktake(sc: ServiceContext, id: string, input: NoteInput = {}): Promise<Stocktake> {
  const { doc } = await STOCKTAKE_LIFECYCLE.run(sc, id, StockAction.CONFIRM, async (d) => {
    const lines = await documentLines(sc, StocktakeLine, d.id);
    const warehouse = await sc.em.findOneOrFail(Warehouse, d.warehouseId);
    const adjust = lines.filter((l) => l.difference);
    const posted = await postMovements(
      sc,
      stocktakeRef(d),
      adjust.map((l) => ({
        partId: l.partId,
        warehouseId: d.warehouseId,
        quantity: l.difference!,
        kind: l.difference! > 0 ? MovementKind.STOCKTAKE_GAIN : MovementKind.STOCKTAKE_LOSS,
        unitCost: warehouse.kind === WarehouseKind.OLD_PARTS ? 0 : undefined,
      })),
    );
    d.confirmedAt = sc.now();
    const gain = posted.filter((p) => p.quantity > 0).reduce((n, p) => n + p.quantity, 0);
    const loss = posted.filter((p) => p.quantity < 0).reduce((n, p) => n - p.quantity, 0);
    const said: TimelineLine[] = [{ t: 'stock.adjusted', p: { gain, loss } }, ...postedLines(posted, await partNames(sc, adjust))];
    const uncounted = lines.filter((l) => l.countedQuantity == null).length;
    if (uncounted) said.push({ t: 'stock.uncounted', p: { count: uncounted } });
    return { lines: said, note: input.note };
  });
  return doc;
}

export async function cancelStocktake(sc: ServiceContext, id: string, input: ReasonInput): Promise<Stocktake> {
  return (await STOCKTAKE_LIFECYCLE.run(sc, id, StockAction.CANCEL, () => ({ lines: [{ t: 'stock.reason', p: { reason: input.reason } }] }))).doc;
}

