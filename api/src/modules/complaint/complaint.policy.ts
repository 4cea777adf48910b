import type { FilterQuery } from '@mikro-orm/core';
import { definePolicy, type Redactions } from '../../common/access/policy';
import { isPartner } from '../../common/access/actors';
import { maskPhone } from '../../common/access/masks';
import { registerTableName } from '../../common/errors';
import type { Actor } from '../auth/actor';
import { Complaint, ComplaintEvent } from './complaint.entity';

export const COMPLAINT_LABEL = { zh: '投诉', en: 'complaint' };
registerTableName('complaint', COMPLAINT_LABEL);
registerTableName('complaint_event', { zh: '投诉处理记录', en: 'complaint events' });

/**
 * Station staff and service networks read the complaints about their station; a manufacturer's
 * key those about its products; a retailer's key those it filed or about the orders it created;
 * the office all.
 */
export function complaintScope(actor: Actor): FilterQuery<Complaint> | undefined {
  if (actor.stationId) return { station: actor.stationId };
  if (actor.manufacturerId) return { product: { manufacturer: actor.manufacturerId } };
  if (actor.kind === 'partner') return { $or: [{ createdByApiKey: actor.id }, { serviceOrder: { createdByApiKey: actor.id } }] };
  return undefined;
}

const MASKED: Redactions = { contactPhone: maskPhone, ownerName: 'hide' };

export const COMPLAINT_POLICY = definePolicy(Complaint, {
  resource: 'complaint',
  label: COMPLAINT_LABEL,
  scope: complaintScope,
  redactable: ['contactPhone', 'ownerName'],
  redact: (actor) => (isPartner(actor) ? MASKED : undefined),
});

export const COMPLAINT_EVENT_POLICY = definePolicy(ComplaintEvent, {
  resource: 'complaint',
  label: { zh: '投诉处理记录', en: 'complaint event' },
  scope: (actor) => {
    const complaints = complaintScope(actor);
    if (!complaints) return undefined;
    return isPartner(actor) ? { document: complaints, internal: false } : { document: complaints };
  },
  redactable: ['actorLabel'],
  redact: (actor) => (isPartner(actor) ? { actorLabel: 'hide' } : undefined),
});
