import type { EntityClass } from '@mikro-orm/core';
import type { TimelineLine } from '../../../common/lifecycle/lifecycle';
import { entryFields } from '../../../common/lifecycle/entry-fields';
import type { ServiceContext } from '../../../common/service-context';
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
  sc.em.persist(
    sc.em.create(eventEntity, {
      document: doc,
      action: entry.action,
      fromStatus: entry.from ?? null,
      status: doc.status,
      ...(await entryFields(sc, { lines: entry.lines, note: entry.note, stationId: entry.stationId })),
    } as never),
  );
}
