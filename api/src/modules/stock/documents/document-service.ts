import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import { findInScope } from '../../../common/access/scoped';
import { badInput, fieldError, forbidden } from '../../../common/errors';
import { today } from '../../../common/dates';
import type { TimelineLine } from '../../../common/lifecycle/lifecycle';
import type { ServiceContext } from '../../../common/service-context';
import { can } from '../../auth/actor';
import type { Permission } from '../../auth/permissions';
import { Part } from '../../part/part.entity';
import { ServiceOrder } from '../../service-order/service-order.entity';
import { Technician } from '../../station/technician.entity';
import { Warehouse, WarehouseKind } from '../../station/warehouse.entity';
import { NUMBER_PREFIX, StockEventAction } from '../stock.enums';
import { currentAuditScope } from '../../audit/audit-context';
import { insertRecords } from '../../import/insert';
import { recordStockEvent } from './document-events';
import { nextDocumentNumber } from './document-number';

export function assertCan(sc: ServiceContext, permission: Permission): void {
  if (!can(sc.actor, permission)) throw forbidden(permission);
}

/** A warehouse the caller may see and work (station staff: their station's), active, of the kind asked. */
export async function visibleWarehouse(sc: ServiceContext, id: string, field: string, kind?: WarehouseKind): Promise<Warehouse> {
  const [warehouse] = await findInScope(sc, Warehouse, { id } as FilterQuery<Warehouse>);
  return checkedWarehouse(warehouse, field, kind);
}

/** Any active warehouse (a transfer's other end may be another station's). */
export async function anyWarehouse(sc: ServiceContext, id: string, field: string, kind?: WarehouseKind): Promise<Warehouse> {
  return checkedWarehouse((await sc.em.findOne(Warehouse, id)) ?? undefined, field, kind);
}

function checkedWarehouse(warehouse: Warehouse | undefined, field: string, kind?: WarehouseKind): Warehouse {
  if (!warehouse || !warehouse.active) throw badInput([fieldError(field, '不存在、已停用或不在您的范围内', 'is unknown, deactivated or outside your scope')]);
  if (kind === WarehouseKind.OLD_PARTS && warehouse.kind !== WarehouseKind.OLD_PARTS) {
    throw badInput([fieldError(field, '必须是旧件仓：旧件不与好件混放', 'must be an old-parts warehouse: replaced parts are kept apart from good ones')]);
  }
  if (kind === WarehouseKind.PARTS && warehouse.kind !== WarehouseKind.PARTS) {
    throw badInput([fieldError(field, '必须是配件仓（旧件仓只收旧件）', 'must be a parts warehouse (an old-parts warehouse takes old parts only)')]);
  }
  return warehouse;
}

/** The old-parts warehouse of a station, for replaced parts coming back. */
export async function oldPartsWarehouse(sc: ServiceContext, stationId: string, given: string | undefined, field: string): Promise<Warehouse> {
  if (given) {
    const w = await anyWarehouse(sc, given, field, WarehouseKind.OLD_PARTS);
    if (w.stationId !== stationId) throw badInput([fieldError(field, '必须是本站的旧件仓', 'must be an old-parts warehouse of the same station')]);
    return w;
  }
  const found = await sc.em.findOne(Warehouse, { station: stationId, kind: WarehouseKind.OLD_PARTS, active: true }, { orderBy: { code: 'asc' } });
  if (!found) throw badInput([fieldError(field, '必须指定：本站没有旧件仓（请先建一个）', 'is required: the station has no old-parts warehouse (create one first)')]);
  return found;
}

/** The parts of the lines, active; each part once per document. */
export async function lineParts(sc: ServiceContext, lines: ReadonlyArray<{ partId: string }>, field = 'lines'): Promise<Map<string, Part>> {
  const ids = lines.map((l) => l.partId);
  if (new Set(ids).size !== ids.length) throw badInput([fieldError(field, '同一配件只能占一行', 'lists a part more than once: one line per part')]);
  const parts = await sc.em.find(Part, { id: { $in: ids } });
  if (parts.length !== ids.length || parts.some((p) => !p.active)) {
    throw badInput([fieldError(field, '包含不存在或已停用的配件', 'contains unknown or deactivated parts')]);
  }
  return new Map(parts.map((p) => [p.id, p]));
}

/** A service order of the document's station, visible to the caller. */
export async function stationOrder(sc: ServiceContext, id: string, stationId: string, field = 'serviceOrderId'): Promise<ServiceOrder> {
  const [order] = await findInScope(sc, ServiceOrder, { id } as FilterQuery<ServiceOrder>);
  if (!order || order.stationId !== stationId) throw badInput([fieldError(field, '必须是本站的服务单', 'must be a service order of the warehouse’s station')]);
  return order;
}

/** An active technician of the station. */
export async function stationTechnician(sc: ServiceContext, id: string, stationId: string, field = 'technicianId'): Promise<Technician> {
  const technician = await sc.em.findOne(Technician, id);
  if (!technician || !technician.active || technician.stationId !== stationId) {
    throw badInput([fieldError(field, '必须是本站在职的维修员', 'must be an active technician of the warehouse’s station')]);
  }
  return technician;
}

/** `冷媒 R32 × 2`: part names are data, the same in both languages. */
export function describeLines(parts: Map<string, Part> | ReadonlyMap<string, { name: string }>, lines: ReadonlyArray<{ partId: string; quantity: number }>): string[] {
  return lines.map((l) => `${parts.get(l.partId)?.name ?? l.partId} × ${l.quantity}`);
}

export function businessYear(sc: ServiceContext): number {
  return Number(today(sc.config.timeZone, sc.now()).slice(0, 4));
}

export interface NewDocument<D> {
  entity: EntityClass<D>;
  type: keyof typeof NUMBER_PREFIX;
  event: EntityClass<object>;
  line: EntityClass<object>;
  data: Record<string, unknown> & { warehouse: Warehouse; note?: string | null };
  lines: Array<Record<string, unknown> & { partId: string; quantity: number }>;
  parts: Map<string, Part>;
  /** Extra timeline lines beside the parts (what the document is for). */
  said?: TimelineLine[];
  /**
   * Writes the lines set-based (many per statement, each audited as the unit of work would) instead
   * of as entities of the unit of work: for documents made by the thousand (an opening-stock
   * import). The lines are then not in the entity manager; the document is flushed first.
   */
  setBasedLines?: boolean;
}

/**
 * Creates a document with its number, lines and the first timeline entry, as the caller. The
 * warehouse was found in the caller's scope, so station staff create documents of their own
 * station only.
 */
export async function openDocument<D extends { id: string; status: string }>(sc: ServiceContext, d: NewDocument<D>): Promise<D> {
  const actor = sc.actor!;
  const now = sc.now();
  const doc = sc.em.create(d.entity, {
    station: d.data.warehouse.stationId,
    ...d.data,
    number: await nextDocumentNumber(sc.em, d.type, businessYear(sc)),
    requestedByKind: actor.kind,
    requestedById: actor.id,
    requestedBy: (actor.displayName ?? actor.label).slice(0, 100),
    note: d.data.note?.trim() || null,
    createdAt: now,
    updatedAt: now,
  } as never);
  sc.em.persist(doc);
  if (d.setBasedLines) {
    await sc.em.flush();
    const scope = currentAuditScope();
    await insertRecords(
      sc.em,
      d.line,
      d.lines.map(({ partId, ...rest }, i) => ({ document: doc.id, lineNo: i + 1, part: partId, ...rest })),
      { actor: scope.actor, reason: scope.reason ?? null, audited: !scope.disabled },
    );
  } else {
    d.lines.forEach(({ partId, ...rest }, i) => sc.em.persist(sc.em.create(d.line, { document: doc, lineNo: i + 1, part: partId, ...rest } as never)));
  }
  await recordStockEvent(sc, d.event, doc, {
    action: StockEventAction.CREATE,
    lines: [...(d.said ?? []), { t: 'stock.lines', p: { parts: describeLines(d.parts, d.lines) } }],
    stationId: d.data.warehouse.stationId,
  });
  return doc;
}

/** A document's lines in their order (typed loosely: MikroORM's deep filter types of every line entity cost the compiler dearly). */
export function documentLines<L>(sc: ServiceContext, line: EntityClass<L>, documentId: string): Promise<L[]> {
  return sc.em.find(line, { document: documentId } as never, { orderBy: { lineNo: 'asc' } as never }) as Promise<L[]>;
}

/** The names of the lines' parts, for the timeline. */
export async function partNames(sc: ServiceContext, lines: ReadonlyArray<{ partId: string }>): Promise<Map<string, Part>> {
  const parts = await sc.em.find(Part, { id: { $in: [...new Set(lines.map((l) => l.partId))] } });
  return new Map(parts.map((p) => [p.id, p]));
}
