import type { ServiceContext } from '../../common/service-context';
import type { TimelineLine } from '../../common/lifecycle/lifecycle';
import { entryFields } from '../../common/lifecycle/entry-fields';
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
  const event = sc.em.create(TimelineEvent, {
    order,
    action,
    fromStatus: opts.from ?? null,
    status: order.status,
    ...(await entryFields(sc, opts)),
  } as never);
  sc.em.persist(event);
  return event;
}
