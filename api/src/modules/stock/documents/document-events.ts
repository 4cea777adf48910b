import type { EntityClass } from '@mikro-orm/core';
import type { TimelineLine } from '../../../common/lifecycle/lifecycle';
import type { ServiceContext } from '../../../common/service-context';
import { ServiceStation } from '../../station/service-station.entity';
import type { StockEventAction } from '../stock.enums';

/**
 * Appends to a stock document's timeline: who, when, at which station (the actor's, else the
 * document's for steps taken on its behalf), the system's lines and the person's note.
 */
export async function recordStockEvent(
  sc: ServiceContext,
  eventEntity: EntityClass<object>,
  doc: { status: string },
  entry: { action: StockEventAction | string; from?: string | null; lines?: TimelineLine[]; note?: string | null; stationId?: string | null },
): Promise<void> {
  const actor = sc.actor!;
  const stationId = entry.stationId !== undefined ? entry.stationId : (actor.stationId ?? null);
  const station = stationId ? await sc.em.findOne(ServiceStation, stationId) : null;
  sc.em.persist(
    sc.em.create(eventEntity, {
      document: doc,
      action: entry.action,
      at: sc.now(),
      fromStatus: entry.from ?? null,
      status: doc.status,
      actorKind: actor.kind,
      actorId: actor.id,
      actorLabel: (actor.displayName ?? actor.label).slice(0, 100),
      station: stationId,
      departmentName: station?.name ?? null,
      lines: entry.lines?.length ? entry.lines : null,
      note: entry.note?.trim() || null,
      internal: false,
    } as never),
  );
}
