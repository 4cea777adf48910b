import type { ServiceContext } from '../../common/service-context';
import type { TimelineLine } from '../../common/lifecycle/lifecycle';
import { ServiceStation } from '../station/service-station.entity';
import type { ReturnRequest } from './return-request.entity';
import type { ReturnEventAction, ReturnStatus } from './return-request.enums';
import { ReturnEvent } from './return-event.entity';

/** Appends to the request's timeline: who, when, where (the actor's station, or the call centre), what as lines, and their own note. */
export async function recordReturnEvent(
  sc: ServiceContext,
  request: ReturnRequest,
  action: ReturnEventAction,
  opts: { from?: ReturnStatus | null; lines?: TimelineLine[]; note?: string | null; internal?: boolean; stationId?: string | null } = {},
): Promise<ReturnEvent> {
  const actor = sc.actor!;
  const stationId = opts.stationId !== undefined ? opts.stationId : (actor.stationId ?? null);
  const station = stationId ? await sc.em.findOne(ServiceStation, stationId) : null;
  const event = sc.em.create(ReturnEvent, {
    request,
    action,
    at: sc.now(),
    fromStatus: opts.from ?? null,
    status: request.status,
    actorKind: actor.kind,
    actorId: actor.id,
    actorLabel: (actor.displayName ?? actor.label).slice(0, 100),
    station: stationId,
    departmentName: station?.name ?? null,
    lines: opts.lines?.length ? opts.lines : null,
    note: opts.note?.trim() || null,
    internal: opts.internal ?? false,
  } as never);
  sc.em.persist(event);
  return event;
}
