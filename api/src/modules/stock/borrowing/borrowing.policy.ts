import { definePolicy } from '../../../common/access/policy';
import { registerTableName } from '../../../common/errors';
import { partnerHides, stationScope } from '../documents/document-policy';
import { Borrowing, BorrowingEvent, BorrowingLine } from './borrowing.entity';

export const BORROWING_LABEL = { zh: '借用单', en: 'borrowing' };
registerTableName('borrowing', BORROWING_LABEL);

export const BORROWING_POLICY = definePolicy(Borrowing, {
  resource: 'stockDocument',
  label: BORROWING_LABEL,
  scope: (actor) => stationScope(actor),
  redactable: ['requestedBy'],
  redact: partnerHides('requestedBy'),
});
definePolicy(BorrowingLine, { resource: 'stockDocument', label: { zh: '借用单明细', en: 'borrowing line' }, redactable: ['unitCost'], redact: partnerHides('unitCost') });
definePolicy(BorrowingEvent, { resource: 'stockDocument', label: { zh: '借用单记录', en: 'borrowing event' }, redactable: ['actorLabel'], redact: partnerHides('actorLabel') });
