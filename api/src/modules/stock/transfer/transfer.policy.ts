import { definePolicy } from '../../../common/access/policy';
import { registerTableName } from '../../../common/errors';
import { partnerHides, stationScope } from '../documents/document-policy';
import { StockTransfer, StockTransferEvent, StockTransferLine } from './transfer.entity';

export const TRANSFER_LABEL = { zh: '调拨单', en: 'transfer' };
registerTableName('stock_transfer', TRANSFER_LABEL);

/** Both ends see a transfer: the station it leaves and the station it goes to. */
export const TRANSFER_POLICY = definePolicy(StockTransfer, {
  resource: 'stockDocument',
  label: TRANSFER_LABEL,
  scope: (actor) => stationScope(actor, 'station', 'toStation'),
  redactable: ['requestedBy'],
  redact: partnerHides('requestedBy'),
});
definePolicy(StockTransferLine, { resource: 'stockDocument', label: { zh: '调拨单明细', en: 'transfer line' }, redactable: ['unitCost'], redact: partnerHides('unitCost') });
definePolicy(StockTransferEvent, { resource: 'stockDocument', label: { zh: '调拨单记录', en: 'transfer event' }, redactable: ['actorLabel'], redact: partnerHides('actorLabel') });
