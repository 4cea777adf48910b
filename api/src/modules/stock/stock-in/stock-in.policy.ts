import { definePolicy } from '../../../common/access/policy';
import { registerTableName } from '../../../common/errors';
import { partnerHides, stationScope } from '../documents/document-policy';
import { StockIn, StockInEvent, StockInLine } from './stock-in.entity';

export const STOCK_IN_LABEL = { zh: '入库单', en: 'stock in' };
registerTableName('stock_in', STOCK_IN_LABEL);

export const STOCK_IN_POLICY = definePolicy(StockIn, {
  resource: 'stockDocument',
  label: STOCK_IN_LABEL,
  scope: (actor) => stationScope(actor),
  redactable: ['requestedBy'],
  redact: partnerHides('requestedBy'),
});

/** Lines and timeline entries are read through their document. */
definePolicy(StockInLine, { resource: 'stockDocument', label: { zh: '入库单明细', en: 'stock-in line' }, redactable: ['unitCost'], redact: partnerHides('unitCost') });
definePolicy(StockInEvent, { resource: 'stockDocument', label: { zh: '入库单记录', en: 'stock-in event' }, redactable: ['actorLabel'], redact: partnerHides('actorLabel') });
