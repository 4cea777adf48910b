import type { FilterQuery } from '@mikro-orm/core';
import { defineLifecycle } from '../../common/lifecycle/lifecycle';
import { can, type Actor } from '../auth/actor';
import { Role } from '../auth/role';
import { ServiceOrder } from './service-order.entity';
import { SaleAttribute, ServiceOrderAction as A, ServiceOrderStatus as S } from './service-order.enums';
import { recordEvent } from './timeline';

const OPEN: S[] = [S.RECEIVED, S.DISPATCHED, S.IN_REPAIR, S.AWAITING_PARTS, S.SENT_TO_AGENT, S.BACK_FROM_AGENT];
const afterSale = (o: ServiceOrder) => o.attribute === SaleAttribute.AFTER_SALE;
const OFFICE = [Role.DISPATCHER, Role.MANAGER];

/** Orders in these states are done: no step applies any more (a pre-sale order ends back from the agent). */
export function isClosed(order: ServiceOrder): boolean {
  return order.status === S.VISITED || order.status === S.CANCELLED || (order.status === S.BACK_FROM_AGENT && !afterSale(order));
}

/**
 * `isClosed` as a query condition, for the `closed` filter and counts (the lifecycle test checks
 * the two agree on every state and attribute).
 */
export const CLOSED_WHERE: FilterQuery<ServiceOrder> = {
  $or: [{ status: { $in: [S.VISITED, S.CANCELLED] } }, { status: S.BACK_FROM_AGENT, attribute: SaleAttribute.PRE_SALE }],
};

/** SLA applies until the work is done (completed, back from the agent, or closed). */
export const SLA_RUNNING: S[] = [S.RECEIVED, S.DISPATCHED, S.IN_REPAIR, S.AWAITING_PARTS, S.SENT_TO_AGENT];

/**
 * Who takes a request (接件, the way into the lifecycle): the call centre, and station staff for
 * walk-ins; administrators; partner keys with `serviceOrder:create`. Managers dispatch, cancel and
 * follow up but do not take orders, although they hold `serviceOrder:write` for those steps.
 */
export const INTAKE_ROLES: readonly Role[] = [Role.DISPATCHER, Role.TECHNICIAN];

export function mayTakeOrders(actor: Actor | undefined): boolean {
  if (!actor || !can(actor, 'serviceOrder:create')) return false;
  if (actor.kind !== 'user' || actor.roles.includes(Role.ADMIN)) return true;
  return actor.roles.some((r) => INTAKE_ROLES.includes(r));
}

/** The service-order lifecycle of DOMAIN.md, in one table: the only place a status may change. */
export const ORDER_LIFECYCLE = defineLifecycle<S, A, ServiceOrder>({
  entity: ServiceOrder,
  statusEnum: 'ServiceOrderStatus',
  actionEnum: 'ServiceOrderAction',
  describe: (o) => ({ zh: `服务单 ${o.number}`, en: `Service order ${o.number}` }),
  stationOf: (o) => o.stationId,
  isClosed,
  record: (sc, order, entry) => recordEvent(sc, order, entry.action, { from: entry.from, lines: entry.lines, note: entry.note, stationId: entry.stationId }),
  steps: {
    [A.DISPATCH]: { from: [S.RECEIVED, S.DISPATCHED], to: S.DISPATCHED, roles: OFFICE, mutation: 'dispatchServiceOrder', input: 'DispatchInput!' },
    [A.REJECT_DISPATCH]: {
      from: [S.DISPATCHED],
      to: S.RECEIVED,
      roles: OFFICE,
      station: true,
      mutation: 'rejectServiceOrderDispatch',
      input: 'ReasonInput!',
    },
    [A.START_REPAIR]: { from: [S.DISPATCHED], to: S.IN_REPAIR, roles: [Role.DISPATCHER], station: true, mutation: 'startServiceOrderRepair', input: 'NoteInput' },
    [A.AWAIT_PARTS]: { from: [S.IN_REPAIR], to: S.AWAITING_PARTS, roles: [Role.DISPATCHER], station: true, mutation: 'awaitServiceOrderParts', input: 'AwaitPartsInput!' },
    [A.PARTS_ARRIVED]: {
      from: [S.AWAITING_PARTS],
      to: S.IN_REPAIR,
      roles: [Role.DISPATCHER, Role.PARTS_KEEPER],
      station: true,
      mutation: 'markServiceOrderPartsArrived',
      input: 'NoteInput',
    },
    [A.COMPLETE]: { from: [S.IN_REPAIR], to: S.COMPLETED, roles: [Role.DISPATCHER], station: true, mutation: 'completeServiceOrder', input: 'CompleteInput!' },
    [A.SEND_TO_AGENT]: {
      from: [S.RECEIVED, S.DISPATCHED, S.IN_REPAIR],
      to: S.SENT_TO_AGENT,
      roles: [Role.DISPATCHER],
      station: true,
      mutation: 'sendServiceOrderToAgent',
      input: 'SendToAgentInput',
    },
    [A.RECEIVE_FROM_AGENT]: {
      from: [S.SENT_TO_AGENT],
      to: S.BACK_FROM_AGENT,
      roles: [Role.DISPATCHER],
      station: true,
      mutation: 'receiveServiceOrderFromAgent',
      input: 'ReceiveFromAgentInput',
    },
    [A.RETURN_TO_CUSTOMER]: {
      from: [S.BACK_FROM_AGENT, S.COMPLETED],
      to: S.RETURNED_TO_CUSTOMER,
      roles: [Role.DISPATCHER],
      station: true,
      applies: afterSale,
      mutation: 'returnServiceOrderToCustomer',
      input: 'NoteInput',
    },
    [A.RECORD_RETURN_VISIT]: {
      from: [S.RETURNED_TO_CUSTOMER],
      to: S.VISITED,
      roles: OFFICE,
      mutation: 'recordServiceOrderReturnVisit',
      input: 'ReturnVisitInput!',
    },
    [A.CANCEL]: {
      from: OPEN,
      to: S.CANCELLED,
      roles: OFFICE,
      // A pre-sale order is finished once back from the agent.
      applies: (o) => afterSale(o) || o.status !== S.BACK_FROM_AGENT,
      mutation: 'cancelServiceOrder',
      input: 'ReasonInput!',
    },
  },
});
