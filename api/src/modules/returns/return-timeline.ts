import type { ServiceContext } from '../../common/service-context';
import type { TimelineLine } from '../../common/lifecycle/lifecycle';
import { entryFields } from '../../common/lifecycle/entry-fields';
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
  const event = sc.em.create(ReturnEvent, {
    request,
    action,
    fromStatus: opts.from ?? null,
    status: request.status,
    ...(await entryFields(sc, opts)),
  } as never);
  sc.em.persist(event);
  return event;
}
