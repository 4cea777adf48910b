import type { FilterQuery } from '@mikro-orm/core';
import type { ReadConfig } from '../../../graphql/crud';
import { SortOrder } from '../../../graphql/list';
import type { ServiceContext } from '../../../common/service-context';
import { badInput, fieldError } from '../../../common/errors';
import type { TimelineLine } from '../../../common/lifecycle/lifecycle';
import type { NoteInput, ReasonInput } from '../../service-order/service-order.inputs';
import { WarehouseKind } from '../../station/warehouse.entity';
import { postedLines } from '../documents/document-steps';
import {
  describeLines,
  documentLines,
  lineParts,
  oldPartsWarehouse,
  openDocument,
  partNames,
  stationOrder,
  stationTechnician,
  visibleWarehouse,
} from '../documents/document-service';
import { postMovements, type Movement } from '../ledger/posting';
import { loadStockRules } from '../stock-rules';
import { MovementKind, RequisitionStatus, StockAction, StockDocumentType } from '../stock.enums';
import { Requisition, RequisitionEvent, RequisitionLine } from './requisition.entity';
import { RequisitionFilter, type RequisitionCreateInput, type RequisitionReturnInput } from './requisition.inputs';
import { REQUISITION_LIFECYCLE } from './requisition.lifecycle';

const DAY = 86_400_000;

/** Late: past the return date with parts still held or old parts due. */
export const LATE_REQUISITION = (now: Date): FilterQuery<Requisition> => ({
  status: RequisitionStatus.ISSUED,
  returnDueAt: { $lt: now },
  $or: [{ heldQuantity: { $gt: 0 } }, { oldPartsDue: { $gt: 0 } }],
});

export const REQUISITION_CONFIG: ReadConfig<Requisition, RequisitionFilter> = {
  entity: Requisition,
  name: 'Requisition',
  plural: 'Requisitions',
  filterInput: RequisitionFilter,
  sortFields: ['createdAt', 'number', 'status', 'issuedAt', 'returnDueAt'],
  defaultSortOrder: SortOrder.DESC,
  searchFields: ['number', 'note'],
  where: (f, ctx) => {
    const parts: FilterQuery<Requisition>[] = [];
    if (f.statuses?.length) parts.push({ status: { $in: f.statuses } });
    if (f.late !== undefined) parts.push(f.late ? LATE_REQUISITION(ctx.now()) : { $not: LATE_REQUISITION(ctx.now()) });
    return parts.length ? { $and: parts } : undefined;
  },
};

export const requisitionRef = (d: Requisition) => ({ type: StockDocumentType.REQUISITION, id: d.id, number: d.number });

/** A technician asks for parts from their station's warehouse (a keeper or manager may on their behalf). */
export async function createRequisition(sc: ServiceContext, input: RequisitionCreateInput): Promise<Requisition> {
  const warehouse = await visibleWarehouse(sc, input.warehouseId, 'warehouseId', WarehouseKind.PARTS);
  const technician = await stationTechnician(sc, input.technicianId, warehouse.stationId);
  const order = input.serviceOrderId ? await stationOrder(sc, input.serviceOrderId, warehouse.stationId) : null;
  const parts = await lineParts(sc, input.lines);
  return openDocument<Requisition>(sc, {
    entity: Requisition,
    type: StockDocumentType.REQUISITION,
    event: RequisitionEvent,
    line: RequisitionLine,
    data: { warehouse, technician, serviceOrder: order, note: input.note },
    lines: input.lines.map((l) => ({ partId: l.partId, quantity: l.quantity })),
    parts,
    said: [{ t: 'stock.forTechnician', p: { technician: technician.name } }, ...(order ? [{ t: 'stock.forOrder', p: { number: order.number } }] : [])],
  });
}

export async function approveRequisition(sc: ServiceContext, id: string, input: NoteInput = {}): Promise<Requisition> {
  return (
    await REQUISITION_LIFECYCLE.run(sc, id, StockAction.APPROVE, (d) => {
      d.approvedAt = sc.now();
      return { note: input.note };
    })
  ).doc;
}

export async function rejectRequisition(sc: ServiceContext, id: string, input: ReasonInput): Promise<Requisition> {
  return (await REQUISITION_LIFECYCLE.run(sc, id, StockAction.REJECT, () => ({ lines: [{ t: 'stock.reason', p: { reason: input.reason } }] }))).doc;
}

/** 发料: the requested parts leave the warehouse to the technician, who holds them until the return date. */
export async function issueRequisition(sc: ServiceContext, id: string, input: NoteInput = {}): Promise<Requisition> {
  const rules = await loadStockRules(sc.em);
  const { doc } = await REQUISITION_LIFECYCLE.run(sc, id, StockAction.ISSUE, async (d) => {
    const lines = await documentLines(sc, RequisitionLine, d.id);
    const posted = await postMovements(
      sc,
      requisitionRef(d),
      lines.map((l) => ({ partId: l.partId, warehouseId: d.warehouseId, quantity: -l.quantity, kind: MovementKind.REQUISITION_OUT, serviceOrderId: d.serviceOrderId })),
    );
    lines.forEach((l, i) => {
      l.issuedQuantity = l.quantity;
      l.unitCost = posted[i].unitCost;
    });
    d.issuedAt = sc.now();
    d.returnDueAt = new Date(sc.now().getTime() + rules.requisitionReturnDays * DAY);
    d.heldQuantity = lines.reduce((n, l) => n + l.issuedQuantity, 0);
    return { lines: postedLines(posted, await partNames(sc, lines)), note: input.note };
  });
  return doc;
}

/** Held and old-parts-due totals of the document, from its lines. */
export function recount(d: Requisition, lines: readonly RequisitionLine[]): void {
  d.heldQuantity = lines.reduce((n, l) => n + l.heldQuantity, 0);
  d.oldPartsDue = lines.reduce((n, l) => n + l.oldPartsDue, 0);
}

/**
 * 归还: unused parts back into the requisition's warehouse at what they left at, and the old
 * parts the used ones replaced into the station's old-parts warehouse (at no value), as often as
 * they come.
 */
export async function returnRequisitionParts(sc: ServiceContext, id: string, input: RequisitionReturnInput): Promise<Requisition> {
  const { doc } = await REQUISITION_LIFECYCLE.run(sc, id, StockAction.RETURN, async (d) => {
    const lines = await documentLines(sc, RequisitionLine, d.id);
    const byId = new Map(lines.map((l) => [l.id, l]));
    const movements: Movement[] = [];
    const unused: Array<{ partId: string; quantity: number }> = [];
    const old: Array<{ partId: string; quantity: number }> = [];
    const oldWanted = input.lines.some((l) => (l.oldParts ?? 0) > 0);
    const oldWarehouse = oldWanted ? await oldPartsWarehouse(sc, d.stationId, input.oldPartsWarehouseId, 'oldPartsWarehouseId') : null;
    for (const [i, given] of input.lines.entries()) {
      const line = byId.get(given.lineId);
      if (!line) throw badInput([fieldError(`lines.${i}.lineId`, '不是本领用单的明细', 'is not a line of this requisition')]);
      const back = given.unused ?? 0;
      const oldParts = given.oldParts ?? 0;
      if (back > line.heldQuantity) throw badInput([fieldError(`lines.${i}.unused`, `超过维修员持有的数量（${line.heldQuantity}）`, `is more than the technician holds (${line.heldQuantity})`)]);
      if (oldParts > line.oldPartsDue) throw badInput([fieldError(`lines.${i}.oldParts`, `超过应交旧件数（${line.oldPartsDue}）`, `is more than the old parts due (${line.oldPartsDue})`)]);
      if (back) {
        movements.push({ partId: line.partId, warehouseId: d.warehouseId, quantity: back, kind: MovementKind.RETURN_IN, unitCost: line.unitCost ?? undefined, serviceOrderId: d.serviceOrderId });
        line.returnedQuantity += back;
        unused.push({ partId: line.partId, quantity: back });
      }
      if (oldParts) {
        movements.push({ partId: line.partId, warehouseId: oldWarehouse!.id, quantity: oldParts, kind: MovementKind.OLD_PART_IN, unitCost: 0, serviceOrderId: d.serviceOrderId });
        line.oldReturnedQuantity += oldParts;
        old.push({ partId: line.partId, quantity: oldParts });
      }
    }
    if (!movements.length) throw badInput([fieldError('lines', '没有要归还的配件或旧件', 'return no parts and no old parts')]);
    await postMovements(sc, requisitionRef(d), movements);
    recount(d, lines);
    const names = await partNames(sc, lines);
    const said: TimelineLine[] = [];
    if (unused.length) said.push({ t: 'stock.returned', p: { parts: describeLines(names, unused) } });
    if (old.length) said.push({ t: 'stock.oldReturned', p: { parts: describeLines(names, old) } });
    return { lines: said, note: input.note };
  });
  return doc;
}

/** 结清: nothing held any more; old parts that never came back are said on the timeline. */
export async function closeRequisition(sc: ServiceContext, id: string, input: NoteInput = {}): Promise<Requisition> {
  return (
    await REQUISITION_LIFECYCLE.run(sc, id, StockAction.CLOSE, (d) => ({
      lines: d.oldPartsDue > 0 ? [{ t: 'stock.oldPartsNotReturned', p: { count: d.oldPartsDue } }] : [],
      note: input.note,
    }))
  ).doc;
}

export async function cancelRequisition(sc: ServiceContext, id: string, input: ReasonInput): Promise<Requisition> {
  return (await REQUISITION_LIFECYCLE.run(sc, id, StockAction.CANCEL, () => ({ lines: [{ t: 'stock.reason', p: { reason: input.reason } }] }))).doc;
}
