import type { ServiceContext } from '../../common/service-context';
import type { TimelineLine } from '../../common/lifecycle/lifecycle';
import { ServiceStation } from '../station/service-station.entity';
import type { ServiceOrder } from './service-order.entity';
import { type ServiceOrderStatus, type TimelineAction } from './service-order.enums';
import { TimelineEvent } from './timeline-event.entity';

/**
 * Appends to the order's tracking timeline: who (the person's name), when, where (the actor's
 * station, or the order's for station steps; none means the call centre), what as structured
 * lines rendered in the reader's language, and the person's own note.
 */
export async function recordEvent(
  sc: ServiceContext,
  order: ServiceOrder,
  action: TimelineAction,
  opts: { from?: ServiceOrderStatus | null; lines?: TimelineLine[]; note?: string | null; internal?: boolean; stationId?: string | null } = {},
): Promise<TimelineEvent> {
  const actor = sc.actor!;
  const stationId = opts.stationId !== undefined ? opts.stationId : (actor.stationId ?? null);
  const station = stationId ? await sc.em.findOne(ServiceStation, stationId) : null;
  const event = sc.em.create(TimelineEvent, {
    order,
    action,
    at: sc.now(),
    fromStatus: opts.from ?? null,
    status: order.status,
    actorKind: actor.kind,
    actorId: actor.id,
    actorLabel: actor.displayName ?? actor.label,
    station: stationId,
    departmentName: station?.name ?? null,
    lines: opts.lines?.length ? opts.lines : null,
    note: opts.note?.trim() || null,
    internal: opts.internal ?? false,
  } as never);
  sc.em.persist(event);
  return event;
}
