import { labelledEnum } from '../../graphql/enums';
import './return-request.labels';

/** 售后类型 (DOMAIN.md "Returns, refunds and exchanges"). */
export enum ReturnKind {
  REFUND_ONLY = 'refund_only',
  RETURN_REFUND = 'return_refund',
  EXCHANGE = 'exchange',
}
labelledEnum(ReturnKind, 'ReturnKind', {
  description: '售后类型 Kind of return request',
  notes: { REFUND_ONLY: 'before delivery: approved automatically, no goods move', EXCHANGE: 'no refund: no finance review' },
});

export enum ReturnStatus {
  PENDING_REVIEW = 'pending_review',
  APPROVED = 'approved',
  REJECTED = 'rejected',
  AWAITING_RETURN = 'awaiting_return',
  AWAITING_REFUND = 'awaiting_refund',
  AWAITING_EXCHANGE = 'awaiting_exchange',
  COMPLETED = 'completed',
  CANCELLED = 'cancelled',
}
labelledEnum(ReturnStatus, 'ReturnStatus', {
  description: '售后状态 Return request status',
  notes: { PENDING_REVIEW: 'operations review', APPROVED: 'operations approved; finance reviews the amount', AWAITING_RETURN: 'the goods are to come back' },
});

export enum ReturnAction {
  APPROVE = 'approve',
  REJECT = 'reject',
  FINANCE_APPROVE = 'finance_approve',
  SEND_BACK = 'send_back',
  RECEIVE_GOODS = 'receive_goods',
  REFUND = 'refund',
  SHIP_REPLACEMENT = 'ship_replacement',
  CANCEL = 'cancel',
}
labelledEnum(ReturnAction, 'ReturnAction', {
  description: '售后操作 A step of the return request lifecycle',
  notes: { REJECT: 'needs a reason, shown to the customer', SEND_BACK: 'finance returns it to operations with a reason', CANCEL: 'needs a reason' },
});

/** What a return request's timeline entry records: its steps, its filing, and what does not change its state. */
export const ReturnEventAction = {
  CREATE: 'create',
  ...ReturnAction,
  REFUND_CHANGED: 'refund_changed',
  SHIPMENT: 'shipment',
  NOTE: 'note',
} as const;
export type ReturnEventAction = (typeof ReturnEventAction)[keyof typeof ReturnEventAction];
labelledEnum(ReturnEventAction, 'ReturnEventAction', { description: '售后记录 What a return request’s timeline entry records' });

/** What can be done to a request besides lifecycle steps. */
export enum ReturnOperation {
  CHANGE_REFUND = 'change_refund',
  RECORD_SHIPMENT = 'record_shipment',
  ADD_NOTE = 'add_note',
}
labelledEnum(ReturnOperation, 'ReturnOperation', {
  description: 'Return request operations other than lifecycle steps',
  notes: { CHANGE_REFUND: 'operations review, with a reason (audited)', RECORD_SHIPMENT: 'the customer’s parcel back: courier and number' },
});
