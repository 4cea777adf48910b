import { defineLifecycle } from '../../common/lifecycle/lifecycle';
import { Role } from '../auth/role';
import { recordStockEvent } from '../stock/documents/document-events';
import { QualityFeedback, QualityFeedbackEvent } from './quality-feedback.entity';
import { QualityFeedbackAction as A, QualityFeedbackStatus as S } from './quality-feedback.enums';
import './quality-feedback.policy';

export const isQualityClosed = (q: QualityFeedback) => q.status === S.CLOSED || q.status === S.REJECTED;

/**
 * 质量反馈: applied → reviewed (operations) → approved (a manager) → confirmed (the product's
 * manufacturer through its key, or the office on its behalf) → closed (a manager); rejected with a
 * reason before approval.
 */
export const QUALITY_LIFECYCLE = defineLifecycle<S, A, QualityFeedback>({
  entity: QualityFeedback,
  statusEnum: 'QualityFeedbackStatus',
  actionEnum: 'QualityFeedbackAction',
  describe: (q) => ({ zh: `质量反馈 ${q.number}`, en: `Quality feedback ${q.number}` }),
  isClosed: isQualityClosed,
  record: (sc, doc, e) => recordStockEvent(sc, QualityFeedbackEvent, doc, e),
  steps: {
    [A.REVIEW]: { from: [S.APPLIED], to: S.REVIEWED, roles: [Role.OPERATIONS_REVIEWER], mutation: 'reviewQualityFeedback', input: 'NoteInput' },
    [A.APPROVE]: { from: [S.REVIEWED], to: S.APPROVED, roles: [Role.MANAGER], mutation: 'approveQualityFeedback', input: 'NoteInput' },
    [A.CONFIRM]: {
      from: [S.APPROVED],
      to: S.CONFIRMED,
      roles: [Role.MANAGER],
      partner: (actor, q) => !!actor.manufacturerId && q.manufacturerId === actor.manufacturerId,
      mutation: 'confirmQualityFeedback',
      input: 'QualityConfirmInput!',
    },
    [A.CLOSE]: { from: [S.CONFIRMED], to: S.CLOSED, roles: [Role.MANAGER], mutation: 'closeQualityFeedback', input: 'NoteInput' },
    [A.REJECT]: { from: [S.APPLIED, S.REVIEWED], to: S.REJECTED, roles: [Role.OPERATIONS_REVIEWER, Role.MANAGER], mutation: 'rejectQualityFeedback', input: 'ReasonInput!' },
  },
});
