import { definePolicy, type Redactions } from '../../common/access/policy';
import { isNetworkKey, isPartner } from '../../common/access/actors';
import { maskName, maskPhone } from '../../common/access/masks';
import { registerTableName } from '../../common/errors';
import { OrderPart } from './order-part.entity';
import { ServiceOrder } from './service-order.entity';
import { TimelineEvent } from './timeline-event.entity';

export const ORDER_LABEL = { zh: '服务单', en: 'service order' };
registerTableName('service_order', ORDER_LABEL);

/** What partners may not read of an order; a service network visiting the customer keeps the contact. */
const MASKED_CONTACT: Redactions = { contactName: maskName, contactPhone: maskPhone, address: 'hide', internalNote: 'hide', trackingToken: 'hide' };
const NETWORK: Redactions = { internalNote: 'hide', trackingToken: 'hide' };

/**
 * Station staff and service networks see their station's orders, manufacturers their products',
 * any other partner key the orders it created; the office sees all.
 */
export const SERVICE_ORDER_POLICY = definePolicy(ServiceOrder, {
  resource: 'serviceOrder',
  label: ORDER_LABEL,
  scope: (actor) => {
    if (actor.stationId) return { station: actor.stationId };
    if (actor.manufacturerId) return { product: { manufacturer: actor.manufacturerId } };
    if (actor.kind === 'partner') return { createdByApiKey: actor.id };
    return undefined;
  },
  redactable: ['contactName', 'contactPhone', 'address', 'internalNote', 'trackingToken'],
  redact: (actor) => (isNetworkKey(actor) ? NETWORK : isPartner(actor) ? MASKED_CONTACT : undefined),
});

/** Timeline events are read through their order; partners never see internal ones, nor who did what. */
export const TIMELINE_POLICY = definePolicy(TimelineEvent, {
  resource: 'serviceOrder',
  label: { zh: '处理信息', en: 'timeline event' },
  scope: (actor) => (isPartner(actor) ? { internal: false } : undefined),
  redactable: ['actorLabel'],
  redact: (actor) => (isPartner(actor) ? { actorLabel: 'hide' } : undefined),
});

export const ORDER_PART_POLICY = definePolicy(OrderPart, {
  resource: 'serviceOrder',
  label: { zh: '服务单配件', en: 'order part' },
});
