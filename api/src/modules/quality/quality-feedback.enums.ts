import { labelledEnum } from '../../graphql/enums';
import './quality-feedback.labels';

export enum QualityFeedbackStatus {
  APPLIED = 'applied',
  REVIEWED = 'reviewed',
  APPROVED = 'approved',
  CONFIRMED = 'confirmed',
  CLOSED = 'closed',
  REJECTED = 'rejected',
}
labelledEnum(QualityFeedbackStatus, 'QualityFeedbackStatus', {
  description: '质量反馈状态 Quality feedback status',
  notes: { REVIEWED: 'operations checked the pattern', APPROVED: 'a manager sends it to the manufacturer', CONFIRMED: 'the manufacturer confirmed the defect' },
});

export enum QualityFeedbackAction {
  REVIEW = 'review',
  APPROVE = 'approve',
  CONFIRM = 'confirm',
  CLOSE = 'close',
  REJECT = 'reject',
}
labelledEnum(QualityFeedbackAction, 'QualityFeedbackAction', {
  description: '质量反馈操作 A step of the quality feedback lifecycle',
  notes: { CONFIRM: 'the manufacturer’s key, or the office on its behalf; records its answer', REJECT: 'not a pattern; needs a reason' },
});

export const QualityFeedbackEventAction = {
  CREATE: 'create',
  ...QualityFeedbackAction,
  LINK: 'link',
} as const;
export type QualityFeedbackEventAction = (typeof QualityFeedbackEventAction)[keyof typeof QualityFeedbackEventAction];
labelledEnum(QualityFeedbackEventAction, 'QualityFeedbackEventAction', { description: '质量反馈记录 What a quality feedback’s timeline entry records' });
