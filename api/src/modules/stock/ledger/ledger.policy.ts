import { definePolicy } from '../../../common/access/policy';
import { registerTableName } from '../../../common/errors';
import { orderScope, partnerHides, warehouseScope } from '../documents/document-policy';
import { AwaitedPart } from '../order-parts/awaited-part.entity';
import { OrderPartIssue } from '../order-parts/order-part-issue.entity';
import { StockBalance } from './balance.entity';
import { StockMovement } from './movement.entity';

export const BALANCE_LABEL = { zh: '库存', en: 'stock balance' };
export const MOVEMENT_LABEL = { zh: '库存台账', en: 'stock movement' };
registerTableName('stock_balance', BALANCE_LABEL);
registerTableName('stock_movement', MOVEMENT_LABEL);
registerTableName('stock_order_issue', { zh: '服务单用料', en: 'order part issues' });
registerTableName('stock_awaited_part', { zh: '待件来源', en: 'awaited parts' });

/** Stock is per warehouse: station staff see their station's warehouses; partners none unless a network key is granted it; costs stay inside. */
export const BALANCE_POLICY = definePolicy(StockBalance, {
  resource: 'stock',
  label: BALANCE_LABEL,
  scope: warehouseScope,
  redactable: ['averageCost', 'value'],
  redact: partnerHides('averageCost', 'value'),
});

export const MOVEMENT_POLICY = definePolicy(StockMovement, {
  resource: 'stock',
  label: MOVEMENT_LABEL,
  scope: warehouseScope,
  redactable: ['unitCost', 'value', 'actorLabel'],
  redact: partnerHides('unitCost', 'value', 'actorLabel'),
});

export const ORDER_ISSUE_POLICY = definePolicy(OrderPartIssue, {
  resource: 'stock',
  label: { zh: '服务单用料', en: 'order part issue' },
  scope: orderScope,
  redactable: ['unitCost'],
  redact: partnerHides('unitCost'),
});

export const AWAITED_PART_POLICY = definePolicy(AwaitedPart, { resource: 'stock', label: { zh: '待件来源', en: 'awaited part' }, scope: orderScope });
