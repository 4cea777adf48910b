import type { ServiceContext } from '../service-context';
import { ServiceStation } from '../../modules/station/service-station.entity';
import type { TimelineLine } from './lifecycle';
import type { TimelineEntry } from './timeline-entry';

export interface EntryInput {
  lines?: TimelineLine[];
  note?: string | null;
  internal?: boolean;
  /** The station the entry is made at: the actor's unless given (a step taken on a document's behalf). */
  stationId?: string | null;
}

/**
 * The fields every document's timeline entry shares (TimelineEntry): when, who, at which station
 * (its name kept as it is now; none means the call centre), the system's lines and the person's note.
 */
export async function entryFields(sc: ServiceContext, input: EntryInput): Promise<Omit<TimelineEntry, 'id' | 'station' | 'stationId'> & { station: string | null }> {
  const actor = sc.actor!;
  const stationId = input.stationId !== undefined ? input.stationId : (actor.stationId ?? null);
  const station = stationId ? await sc.em.findOne(ServiceStation, stationId) : null;
  return {
    at: sc.now(),
    actorKind: actor.kind,
    actorId: actor.id,
    actorLabel: (actor.displayName ?? actor.label).slice(0, 100),
    station: stationId,
    departmentName: station?.name ?? null,
    lines: input.lines?.length ? input.lines : null,
    note: input.note?.trim() || null,
    internal: input.internal ?? false,
  };
}
