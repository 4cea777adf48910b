import { definePolicy } from '../../../common/access/policy';
import { registerTableName } from '../../../common/errors';
import { partnerHides, stationScope } from '../documents/document-policy';
import { StockOut, StockOutEvent, StockOutLine } from './stock-out.entity';

export const STOCK_OUT_LABEL = { zh: '出库单', en: 'stock out' };
registerTableName('stock_out', STOCK_OUT_LABEL);

export const STOCK_OUT_POLICY = definePolicy(StockOut, {
  resource: 'stockDocument',
  label: STOCK_OUT_LABEL,
  scope: (actor) => stationScope(actor),
  redactable: ['requestedBy'],
  redact: partnerHides('requestedBy'),
});
definePolicy(StockOutLine, { resource: 'stockDocument', label: { zh: '出库单明细', en: 'stock-out line' }, redactable: ['unitCost'], redact: partnerHides('unitCost') });
definePolicy(StockOutEvent, { resource: 'stockDocument', label: { zh: '出库单记录', en: 'stock-out event' }, redactable: ['actorLabel'], redact: partnerHides('actorLabel') });
