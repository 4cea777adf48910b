import { definePolicy } from '../../../common/access/policy';
import { registerTableName } from '../../../common/errors';
import { partnerHides, stationScope } from '../documents/document-policy';
import { Stocktake, StocktakeEvent, StocktakeLine } from './stocktake.entity';

export const STOCKTAKE_LABEL = { zh: '盘点单', en: 'stocktake' };
registerTableName('stocktake', STOCKTAKE_LABEL);

export const STOCKTAKE_POLICY = definePolicy(Stocktake, {
  resource: 'stockDocument',
  label: STOCKTAKE_LABEL,
  scope: (actor) => stationScope(actor),
  redactable: ['requestedBy'],
  redact: partnerHides('requestedBy'),
});
definePolicy(StocktakeLine, { resource: 'stockDocument', label: { zh: '盘点单明细', en: 'stocktake line' } });
definePolicy(StocktakeEvent, { resource: 'stockDocument', label: { zh: '盘点单记录', en: 'stocktake event' }, redactable: ['actorLabel'], redact: partnerHides('actorLabel') });
