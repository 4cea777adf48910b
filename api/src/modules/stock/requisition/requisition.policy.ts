import { definePolicy } from '../../../common/access/policy';
import { registerTableName } from '../../../common/errors';
import { partnerHides, stationScope } from '../documents/document-policy';
import { Requisition, RequisitionEvent, RequisitionLine } from './requisition.entity';

export const REQUISITION_LABEL = { zh: '领用单', en: 'requisition' };
registerTableName('requisition', REQUISITION_LABEL);

export const REQUISITION_POLICY = definePolicy(Requisition, {
  resource: 'stockDocument',
  label: REQUISITION_LABEL,
  scope: (actor) => stationScope(actor),
  redactable: ['requestedBy'],
  redact: partnerHides('requestedBy'),
});
definePolicy(RequisitionLine, { resource: 'stockDocument', label: { zh: '领用单明细', en: 'requisition line' }, redactable: ['unitCost'], redact: partnerHides('unitCost') });
definePolicy(RequisitionEvent, { resource: 'stockDocument', label: { zh: '领用单记录', en: 'requisition event' }, redactable: ['actorLabel'], redact: partnerHides('actorLabel') });
