import type { FilterQuery } from '@mikro-orm/core';
import { NOTHING, definePolicy, type Redactions } from '../../common/access/policy';
import { isNetworkKey, isPartner } from '../../common/access/actors';
import { maskName, maskPhone } from '../../common/access/masks';
import { registerTableName } from '../../common/errors';
import type { Actor } from '../auth/actor';
import { ReturnEvent } from './return-event.entity';
import { ReturnLine, ReturnRequest } from './return-request.entity';

export const RETURN_LABEL = { zh: '退换货申请', en: 'return request' };
registerTableName('return_request', RETURN_LABEL);
registerTableName('return_request_line', { zh: '退换货商品', en: 'return lines' });
registerTableName('return_request_event', { zh: '售后处理记录', en: 'return request events' });

/**
 * Station staff and service networks follow the requests their station takes back; a retailer's
 * key the requests it filed or that concern the service orders it created; the office all. A
 * manufacturer's key sees none: refunds are the seller's money with its customer (the 三包 cost
 * comes back to the manufacturer through settlement, not through these requests).
 */
export function returnScope(actor: Actor): FilterQuery<ReturnRequest> | undefined {
  if (actor.stationId) return { station: actor.stationId };
  if (actor.manufacturerId) return NOTHING as FilterQuery<ReturnRequest>;
  if (actor.kind === 'partner') return { $or: [{ createdByApiKey: actor.id }, { serviceOrder: { createdByApiKey: actor.id } }] };
  return undefined;
}

const STAFF: Redactions = { internalNote: 'hide', trackingToken: 'hide', reviewedBy: 'hide', financeReviewedBy: 'hide' };
const MASKED: Redactions = { ...STAFF, contactName: maskName, contactPhone: maskPhone };

export const RETURN_POLICY = definePolicy(ReturnRequest, {
  resource: 'returnRequest',
  label: RETURN_LABEL,
  scope: returnScope,
  redactable: ['contactName', 'contactPhone', 'internalNote', 'trackingToken', 'reviewedBy', 'financeReviewedBy'],
  redact: (actor) => (isNetworkKey(actor) ? STAFF : isPartner(actor) ? MASKED : undefined),
});

/** Lines and timeline entries go with their request; partners read no internal entries and no staff names. */
export const RETURN_LINE_POLICY = definePolicy(ReturnLine, {
  resource: 'returnRequest',
  label: { zh: '退换货商品', en: 'return line' },
  scope: (actor) => {
    const requests = returnScope(actor);
    return requests ? { request: requests } : undefined;
  },
});

export const RETURN_EVENT_POLICY = definePolicy(ReturnEvent, {
  resource: 'returnRequest',
  label: { zh: '售后处理记录', en: 'return request event' },
  scope: (actor) => {
    const requests = returnScope(actor);
    if (!requests) return undefined;
    return isPartner(actor) ? { request: requests, internal: false } : { request: requests };
  },
  redactable: ['actorLabel'],
  redact: (actor) => (isPartner(actor) ? { actorLabel: 'hide' } : undefined),
});
