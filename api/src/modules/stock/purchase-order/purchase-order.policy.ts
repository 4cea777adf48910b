import { definePolicy } from '../../../common/access/policy';
import { registerTableName } from '../../../common/errors';
import { partnerHides, stationScope } from '../documents/document-policy';
import { PurchaseOrder, PurchaseOrderEvent, PurchaseOrderLine } from './purchase-order.entity';

export const PURCHASE_ORDER_LABEL = { zh: '采购订单', en: 'purchase order' };
registerTableName('purchase_order', PURCHASE_ORDER_LABEL);

export const PURCHASE_ORDER_POLICY = definePolicy(PurchaseOrder, {
  resource: 'stockDocument',
  label: PURCHASE_ORDER_LABEL,
  scope: (actor) => stationScope(actor),
  redactable: ['requestedBy'],
  redact: partnerHides('requestedBy'),
});
definePolicy(PurchaseOrderLine, { resource: 'stockDocument', label: { zh: '采购订单明细', en: 'purchase-order line' }, redactable: ['unitCost'], redact: partnerHides('unitCost') });
definePolicy(PurchaseOrderEvent, { resource: 'stockDocument', label: { zh: '采购订单记录', en: 'purchase-order event' }, redactable: ['actorLabel'], redact: partnerHides('actorLabel') });
