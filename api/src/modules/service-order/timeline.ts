import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../auth/actor';
import type { ServiceOrder } from './service-order.entity';
import { type ServiceOrderStatus, type TimelineAction } from './service-order.enums';
import { TimelineEvent } from './timeline-event.entity';

/**
 * Appends a line to the order's tracking timeline: who, when, where (the actor's station, or the
 * order's station for station steps; none means the call centre), what, and a note.
 */
export function appendEvent(
  em: EntityManager,
  order: ServiceOrder,
  actor: Actor,
  action: TimelineAction,
  opts: { from?: ServiceOrderStatus | null; note?: string | null; internal?: boolean; stationId?: string | null } = {},
): TimelineEvent {
  const event = em.create(TimelineEvent, {
    order,
    action,
    fromStatus: opts.from ?? null,
    status: order.status,
    actorKind: actor.kind,
    actorId: actor.id,
    actorLabel: actor.label,
    station: opts.stationId !== undefined ? opts.stationId : (actor.stationId ?? null),
    note: opts.note ?? null,
    internal: opts.internal ?? false,
  });
  em.persist(event);
  return event;
}
