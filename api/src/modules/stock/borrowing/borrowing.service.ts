import type { FilterQuery } from '@mikro-orm/core';
import type { ReadConfig } from '../../../graphql/crud';
import { SortOrder } from '../../../graphql/list';
import type { ServiceContext } from '../../../common/service-context';
import { badInput, fieldError } from '../../../common/errors';
import type { NoteInput, ReasonInput } from '../../service-order/service-order.inputs';
import { WarehouseKind } from '../../station/warehouse.entity';
import { postedLines } from '../documents/document-steps';
import { describeLines, documentLines, lineParts, openDocument, partNames, stationTechnician, visibleWarehouse } from '../documents/document-service';
import { postMovements, type Movement } from '../ledger/posting';
import { loadStockRules } from '../stock-rules';
import { BorrowingStatus, MovementKind, StockAction, StockDocumentType } from '../stock.enums';
import { Borrowing, BorrowingEvent, BorrowingLine } from './borrowing.entity';
import { BorrowingFilter, type BorrowingCreateInput, type BorrowingReturnInput } from './borrowing.inputs';
import { BORROWING_LIFECYCLE } from './borrowing.lifecycle';

const DAY = 86_400_000;

export const LATE_BORROWING = (now: Date): FilterQuery<Borrowing> => ({ status: BorrowingStatus.LENT, returnDueAt: { $lt: now }, heldQuantity: { $gt: 0 } });

export const BORROWING_CONFIG: ReadConfig<Borrowing, BorrowingFilter> = {
  entity: Borrowing,
  name: 'Borrowing',
  plural: 'Borrowings',
  filterInput: BorrowingFilter,
  sortFields: ['createdAt', 'number', 'status', 'lentAt', 'returnDueAt'],
  defaultSortOrder: SortOrder.DESC,
  searchFields: ['number', 'purpose', 'note'],
  where: (f, ctx) => {
    const parts: FilterQuery<Borrowing>[] = [];
    if (f.statuses?.length) parts.push({ status: { $in: f.statuses } });
    if (f.late !== undefined) parts.push(f.late ? LATE_BORROWING(ctx.now()) : { $not: LATE_BORROWING(ctx.now()) });
    return parts.length ? { $and: parts } : undefined;
  },
};

export const borrowingRef = (d: Borrowing) => ({ type: StockDocumentType.BORROWING, id: d.id, number: d.number });

export async function createBorrowing(sc: ServiceContext, input: BorrowingCreateInput): Promise<Borrowing> {
  const warehouse = await visibleWarehouse(sc, input.warehouseId, 'warehouseId', WarehouseKind.PARTS);
  const technician = await stationTechnician(sc, input.technicianId, warehouse.stationId);
  const parts = await lineParts(sc, input.lines);
  return openDocument<Borrowing>(sc, {
    entity: Borrowing,
    type: StockDocumentType.BORROWING,
    event: BorrowingEvent,
    line: BorrowingLine,
    data: { warehouse, technician, purpose: input.purpose?.trim() || null, note: input.note },
    lines: input.lines.map((l) => ({ partId: l.partId, quantity: l.quantity })),
    parts,
    said: [{ t: 'stock.forTechnician', p: { technician: technician.name } }],
  });
}

export async function lendBorrowing(sc: ServiceContext, id: string, input: NoteInput = {}): Promise<Borrowing> {
  const rules = await loadStockRules(sc.em);
  const { doc } = await BORROWING_LIFECYCLE.run(sc, id, StockAction.LEND, async (d) => {
    const lines = await documentLines(sc, BorrowingLine, d.id);
    const posted = await postMovements(
      sc,
      borrowingRef(d),
      lines.map((l) => ({ partId: l.partId, warehouseId: d.warehouseId, quantity: -l.quantity, kind: MovementKind.BORROW_OUT })),
    );
    lines.forEach((l, i) => (l.unitCost = posted[i].unitCost));
    d.lentAt = sc.now();
    d.returnDueAt = new Date(sc.now().getTime() + rules.borrowingReturnDays * DAY);
    d.heldQuantity = lines.reduce((n, l) => n + l.quantity, 0);
    return { lines: postedLines(posted, await partNames(sc, lines)), note: input.note };
  });
  return doc;
}

/** 归还: what comes back goes in at what it left at; the borrowing is returned once nothing is out. */
export async function returnBorrowing(sc: ServiceContext, id: string, input: BorrowingReturnInput = {}): Promise<Borrowing> {
  const { doc } = await BORROWING_LIFECYCLE.run(sc, id, StockAction.RETURN, async (d) => {
    const lines = await documentLines(sc, BorrowingLine, d.id);
    const byId = new Map(lines.map((l) => [l.id, l]));
    const wanted = input.lines?.length
      ? input.lines.map((given, i) => {
          const line = byId.get(given.lineId);
          if (!line) throw badInput([fieldError(`lines.${i}.lineId`, '不是本借用单的明细', 'is not a line of this borrowing')]);
          const out = line.quantity - line.returnedQuantity;
          if (given.quantity > out) throw badInput([fieldError(`lines.${i}.quantity`, `超过未还数量（${out}）`, `is more than is still out (${out})`)]);
          return { line, quantity: given.quantity };
        })
      : lines.map((line) => ({ line, quantity: line.quantity - line.returnedQuantity })).filter((w) => w.quantity > 0);
    const movements: Movement[] = wanted.map(({ line, quantity }) => ({
      partId: line.partId,
      warehouseId: d.warehouseId,
      quantity,
      kind: MovementKind.BORROW_BACK,
      unitCost: line.unitCost ?? undefined,
    }));
    const posted = await postMovements(sc, borrowingRef(d), movements);
    for (const w of wanted) w.line.returnedQuantity += w.quantity;
    d.heldQuantity = lines.reduce((n, l) => n + l.quantity - l.returnedQuantity, 0);
    return { lines: [{ t: 'stock.returned', p: { parts: describeLines(await partNames(sc, lines), posted) } }], note: input.note };
  });
  return doc;
}

export async function cancelBorrowing(sc: ServiceContext, id: string, input: ReasonInput): Promise<Borrowing> {
  return (await BORROWING_LIFECYCLE.run(sc, id, StockAction.CANCEL, () => ({ lines: [{ t: 'stock.reason', p: { reason: input.reason } }] }))).doc;
}

