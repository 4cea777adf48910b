import { labelledEnum } from '../../graphql/enums';
import './complaint.labels';

/** 投诉类别: what the customer complains about (the monthly summary counts by it). */
export enum ComplaintCategory {
  SERVICE_ATTITUDE = 'service_attitude',
  REPAIR_QUALITY = 'repair_quality',
  TIMELINESS = 'timeliness',
  FEES = 'fees',
  PRODUCT_QUALITY = 'product_quality',
  RETURNS = 'returns',
  OTHER = 'other',
}
labelledEnum(ComplaintCategory, 'ComplaintCategory', { description: '投诉类别 What a complaint is about' });

export enum ComplaintSeverity {
  LOW = 'low',
  MEDIUM = 'medium',
  HIGH = 'high',
  CRITICAL = 'critical',
}
labelledEnum(ComplaintSeverity, 'ComplaintSeverity', { description: '严重程度 Severity of a complaint' });

export enum ComplaintStatus {
  OPEN = 'open',
  RESPONDED = 'responded',
  RESOLVED = 'resolved',
  CLOSED = 'closed',
  CANCELLED = 'cancelled',
}
labelledEnum(ComplaintStatus, 'ComplaintStatus', {
  description: '投诉状态 Complaint status',
  notes: { OPEN: 'to respond within the response deadline', RESPONDED: 'to resolve within the resolution deadline' },
});

export enum ComplaintAction {
  RESPOND = 'respond',
  RESOLVE = 'resolve',
  CLOSE = 'close',
  CANCEL = 'cancel',
}
labelledEnum(ComplaintAction, 'ComplaintAction', {
  description: '投诉操作 A step of the complaint lifecycle',
  notes: { RESPOND: 'the first answer to the customer', RESOLVE: 'needs the resolution', CANCEL: 'filed by mistake; needs a reason' },
});

export const ComplaintEventAction = {
  CREATE: 'create',
  ...ComplaintAction,
  ASSIGN: 'assign',
  REWORK: 'rework',
} as const;
export type ComplaintEventAction = (typeof ComplaintEventAction)[keyof typeof ComplaintEventAction];
labelledEnum(ComplaintEventAction, 'ComplaintEventAction', { description: '投诉记录 What a complaint’s timeline entry records' });

export enum ComplaintOperation {
  ASSIGN = 'assign',
  OPEN_REWORK = 'open_rework',
}
labelledEnum(ComplaintOperation, 'ComplaintOperation', {
  description: 'Complaint operations other than lifecycle steps',
  notes: { OPEN_REWORK: 'a rework order (整改单) from the linked service order' },
});
