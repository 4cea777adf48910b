import { defineLifecycle } from '../../common/lifecycle/lifecycle';
import { Role } from '../auth/role';
import { recordStockEvent } from '../stock/documents/document-events';
import { Complaint, ComplaintEvent } from './complaint.entity';
import { ComplaintAction as A, ComplaintStatus as S } from './complaint.enums';
import './complaint.policy';

/** The call centre answers complaints; operations and managers too (a manager closes and cancels). */
const HANDLERS = [Role.DISPATCHER, Role.OPERATIONS_REVIEWER, Role.MANAGER];
export const isComplaintClosed = (c: Complaint) => c.status === S.CLOSED || c.status === S.CANCELLED;

/** 投诉: open → responded → resolved → closed (a resolution may come without a separate first answer); cancelled with a reason. */
export const COMPLAINT_LIFECYCLE = defineLifecycle<S, A, Complaint>({
  entity: Complaint,
  statusEnum: 'ComplaintStatus',
  actionEnum: 'ComplaintAction',
  describe: (c) => ({ zh: `投诉 ${c.number}`, en: `Complaint ${c.number}` }),
  isClosed: isComplaintClosed,
  record: (sc, doc, e) => recordStockEvent(sc, ComplaintEvent, doc, e),
  steps: {
    [A.RESPOND]: { from: [S.OPEN], to: S.RESPONDED, roles: HANDLERS, mutation: 'respondComplaint', input: 'ComplaintResponseInput!' },
    [A.RESOLVE]: { from: [S.OPEN, S.RESPONDED], to: S.RESOLVED, roles: HANDLERS, mutation: 'resolveComplaint', input: 'ComplaintResolutionInput!' },
    [A.CLOSE]: { from: [S.RESOLVED], to: S.CLOSED, roles: [Role.DISPATCHER, Role.MANAGER], mutation: 'closeComplaint', input: 'NoteInput' },
    [A.CANCEL]: { from: [S.OPEN, S.RESPONDED], to: S.CANCELLED, roles: [Role.MANAGER], mutation: 'cancelComplaint', input: 'ReasonInput!' },
  },
});
