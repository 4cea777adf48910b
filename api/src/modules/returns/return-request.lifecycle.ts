import type { FilterQuery } from '@mikro-orm/core';
import { defineLifecycle } from '../../common/lifecycle/lifecycle';
import type { Actor } from '../auth/actor';
import { Role } from '../auth/role';
import { ReturnRequest } from './return-request.entity';
import { ReturnAction as A, ReturnKind as K, ReturnStatus as S } from './return-request.enums';
import { recordReturnEvent } from './return-timeline';

const CLOSED: S[] = [S.REJECTED, S.COMPLETED, S.CANCELLED];
export const isReturnClosed = (r: ReturnRequest) => CLOSED.includes(r.status);
export const RETURN_CLOSED_WHERE: FilterQuery<ReturnRequest> = { status: { $in: CLOSED } };

const exchange = (r: ReturnRequest) => r.kind === K.EXCHANGE;
const refundOnly = (r: ReturnRequest) => r.kind === K.REFUND_ONLY;
/** Goods are handled where they come back: the parts keeper, the call centre on a station's behalf, or the station's own staff. */
const GOODS = [Role.PARTS_KEEPER, Role.DISPATCHER];

/**
 * The return lifecycle of DOMAIN.md, one table: operations review (approve, reject; a refund-only
 * request, not delivered yet, is approved by the system at filing), finance review of the amount
 * (approve, or send back to operations), the goods back into a warehouse, then the refund or the
 * replacement. An exchange moves no money: operations' approval sends it straight to the goods.
 */
export const RETURN_LIFECYCLE = defineLifecycle<S, A, ReturnRequest>({
  entity: ReturnRequest,
  statusEnum: 'ReturnStatus',
  actionEnum: 'ReturnAction',
  describe: (r) => ({ zh: `退换货申请 ${r.number}`, en: `Return request ${r.number}` }),
  stationOf: (r) => r.stationId,
  isClosed: isReturnClosed,
  record: (sc, request, entry) => recordReturnEvent(sc, request, entry.action, { from: entry.from, lines: entry.lines, note: entry.note, stationId: entry.stationId }),
  steps: {
    [A.APPROVE]: {
      from: [S.PENDING_REVIEW],
      to: S.APPROVED,
      branches: [{ when: exchange, to: S.AWAITING_RETURN, note: 'EXCHANGE: no refund for finance to review' }],
      roles: [Role.OPERATIONS_REVIEWER],
      mutation: 'approveReturnRequest',
      input: 'ReturnApproveInput',
    },
    [A.REJECT]: { from: [S.PENDING_REVIEW], to: S.REJECTED, roles: [Role.OPERATIONS_REVIEWER], mutation: 'rejectReturnRequest', input: 'ReasonInput!' },
    [A.FINANCE_APPROVE]: {
      from: [S.APPROVED],
      to: S.AWAITING_RETURN,
      branches: [{ when: refundOnly, to: S.AWAITING_REFUND, note: 'REFUND_ONLY: no goods to come back' }],
      roles: [Role.FINANCE_REVIEWER],
      applies: (r) => !exchange(r),
      mutation: 'approveReturnRequestAmount',
      input: 'NoteInput',
    },
    [A.SEND_BACK]: { from: [S.APPROVED], to: S.PENDING_REVIEW, roles: [Role.FINANCE_REVIEWER], mutation: 'sendBackReturnRequest', input: 'ReasonInput!' },
    [A.RECEIVE_GOODS]: {
      from: [S.AWAITING_RETURN],
      to: S.AWAITING_REFUND,
      branches: [{ when: exchange, to: S.AWAITING_EXCHANGE, note: 'EXCHANGE: the replacement is to go out' }],
      roles: GOODS,
      station: true,
      mutation: 'receiveReturnRequestGoods',
      input: 'ReceiveGoodsInput!',
    },
    [A.REFUND]: { from: [S.AWAITING_REFUND], to: S.COMPLETED, roles: [Role.FINANCE_REVIEWER], mutation: 'refundReturnRequest', input: 'RefundInput!' },
    [A.SHIP_REPLACEMENT]: {
      from: [S.AWAITING_EXCHANGE],
      to: S.COMPLETED,
      roles: GOODS,
      station: true,
      mutation: 'shipReturnRequestReplacement',
      input: 'ShipReplacementInput!',
    },
    [A.CANCEL]: {
      from: [S.PENDING_REVIEW, S.APPROVED, S.AWAITING_RETURN],
      to: S.CANCELLED,
      roles: [Role.DISPATCHER, Role.OPERATIONS_REVIEWER],
      mutation: 'cancelReturnRequest',
      input: 'ReasonInput!',
    },
  },
});

/** The states where a step awaits this caller (their review queue): any step but cancelling their role, or their station, may take. */
export function statusesAwaiting(actor: Actor): S[] {
  const out = new Set<S>();
  for (const action of RETURN_LIFECYCLE.actions) {
    // Cancelling is possible in many states, but no request waits for it.
    if (action === A.CANCEL) continue;
    const step = RETURN_LIFECYCLE.step(action);
    const mine =
      actor.kind === 'system' ||
      actor.roles.includes(Role.ADMIN) ||
      (actor.stationId ? !!step.station && (actor.kind === 'partner' || actor.roles.includes(Role.TECHNICIAN)) : actor.kind === 'user' && step.roles.some((r) => actor.roles.includes(r)));
    if (mine) step.from.forEach((s) => out.add(s));
  }
  return [...out];
}
