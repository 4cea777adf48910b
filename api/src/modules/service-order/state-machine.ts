import type { Bilingual } from '../../common/i18n';
import type { Actor } from '../auth/actor';
import { Role } from '../auth/role';
import type { ServiceOrder } from './service-order.entity';
import { SaleAttribute, ServiceOrderAction as A, ServiceOrderStatus as S } from './service-order.enums';

export interface Transition {
  from: S[];
  to: S;
  /** Office roles allowed (administrators always are). */
  roles: Role[];
  /** Staff of the order's station (and service-network partner keys of it) may do this step. */
  station: boolean;
  /** An extra condition on the order, e.g. pre-sale orders end at back_from_agent. */
  applies?: (order: ServiceOrder) => boolean;
}

const OPEN: S[] = [S.RECEIVED, S.DISPATCHED, S.IN_REPAIR, S.AWAITING_PARTS, S.SENT_TO_AGENT, S.BACK_FROM_AGENT];
const afterSale = (o: ServiceOrder) => o.attribute === SaleAttribute.AFTER_SALE;
const OFFICE = [Role.DISPATCHER, Role.MANAGER];

/** The lifecycle of DOMAIN.md, in one table: the only place a status may change. */
export const TRANSITIONS: Record<A, Transition> = {
  [A.DISPATCH]: { from: [S.RECEIVED, S.DISPATCHED], to: S.DISPATCHED, roles: OFFICE, station: false },
  [A.REJECT_DISPATCH]: { from: [S.DISPATCHED], to: S.RECEIVED, roles: OFFICE, station: true },
  [A.START_REPAIR]: { from: [S.DISPATCHED], to: S.IN_REPAIR, roles: [Role.DISPATCHER], station: true },
  [A.AWAIT_PARTS]: { from: [S.IN_REPAIR], to: S.AWAITING_PARTS, roles: [Role.DISPATCHER], station: true },
  [A.PARTS_ARRIVED]: { from: [S.AWAITING_PARTS], to: S.IN_REPAIR, roles: [Role.DISPATCHER, Role.PARTS_KEEPER], station: true },
  [A.COMPLETE]: { from: [S.IN_REPAIR], to: S.COMPLETED, roles: [Role.DISPATCHER], station: true },
  [A.SEND_TO_AGENT]: { from: [S.RECEIVED, S.DISPATCHED, S.IN_REPAIR], to: S.SENT_TO_AGENT, roles: [Role.DISPATCHER], station: true },
  [A.RECEIVE_FROM_AGENT]: { from: [S.SENT_TO_AGENT], to: S.BACK_FROM_AGENT, roles: [Role.DISPATCHER], station: true },
  [A.RETURN_TO_CUSTOMER]: {
    from: [S.BACK_FROM_AGENT, S.COMPLETED],
    to: S.RETURNED_TO_CUSTOMER,
    roles: [Role.DISPATCHER],
    station: true,
    applies: afterSale,
  },
  [A.RECORD_RETURN_VISIT]: { from: [S.RETURNED_TO_CUSTOMER], to: S.VISITED, roles: OFFICE, station: false },
  [A.CANCEL]: {
    from: OPEN,
    to: S.CANCELLED,
    roles: OFFICE,
    station: false,
    // A pre-sale order is finished once back from the agent.
    applies: (o) => afterSale(o) || o.status !== S.BACK_FROM_AGENT,
  },
};

/** Orders in these states are done: no step applies any more. */
export function isClosed(order: ServiceOrder): boolean {
  return (
    order.status === S.VISITED ||
    order.status === S.CANCELLED ||
    (order.status === S.BACK_FROM_AGENT && order.attribute === SaleAttribute.PRE_SALE)
  );
}

/** SLA applies until the work is done (completed, back from the agent, or closed). */
export const SLA_RUNNING: S[] = [S.RECEIVED, S.DISPATCHED, S.IN_REPAIR, S.AWAITING_PARTS, S.SENT_TO_AGENT];

export function stateAllows(order: ServiceOrder, action: A): boolean {
  const t = TRANSITIONS[action];
  return t.from.includes(order.status) && (t.applies?.(order) ?? true);
}

/** May this caller take this step on this order (state aside)? */
export function actorMay(actor: Actor, order: ServiceOrder, action: A): boolean {
  const t = TRANSITIONS[action];
  if (actor.kind === 'system' || actor.roles.includes(Role.ADMIN)) return true;
  if (actor.stationId) {
    return t.station && order.stationId === actor.stationId && (actor.kind === 'partner' || actor.roles.includes(Role.TECHNICIAN));
  }
  if (actor.kind === 'partner') return false;
  return t.roles.some((r) => actor.roles.includes(r));
}

export function allowedActions(actor: Actor, order: ServiceOrder): A[] {
  return (Object.keys(TRANSITIONS) as A[]).filter((a) => stateAllows(order, a) && actorMay(actor, order, a));
}

export const STATUS_LABELS: Record<S, Bilingual> = {
  [S.RECEIVED]: { zh: '已接件', en: 'received' },
  [S.DISPATCHED]: { zh: '已派工', en: 'dispatched' },
  [S.IN_REPAIR]: { zh: '维修中', en: 'in repair' },
  [S.AWAITING_PARTS]: { zh: '待件', en: 'awaiting parts' },
  [S.COMPLETED]: { zh: '已完工', en: 'completed' },
  [S.SENT_TO_AGENT]: { zh: '返修出库', en: 'sent to agent' },
  [S.BACK_FROM_AGENT]: { zh: '返修到货', en: 'back from agent' },
  [S.RETURNED_TO_CUSTOMER]: { zh: '顾客取回', en: 'returned to customer' },
  [S.VISITED]: { zh: '已回访', en: 'visited' },
  [S.CANCELLED]: { zh: '已取消', en: 'cancelled' },
};

export const ACTION_LABELS: Record<A, Bilingual> = {
  [A.DISPATCH]: { zh: '派工', en: 'dispatch' },
  [A.REJECT_DISPATCH]: { zh: '拒单', en: 'reject dispatch' },
  [A.START_REPAIR]: { zh: '开始维修', en: 'start repair' },
  [A.AWAIT_PARTS]: { zh: '待件', en: 'await parts' },
  [A.PARTS_ARRIVED]: { zh: '到件', en: 'parts arrived' },
  [A.COMPLETE]: { zh: '完工', en: 'complete' },
  [A.SEND_TO_AGENT]: { zh: '返修出库', en: 'send to agent' },
  [A.RECEIVE_FROM_AGENT]: { zh: '返修到货', en: 'receive from agent' },
  [A.RETURN_TO_CUSTOMER]: { zh: '交还顾客', en: 'return to customer' },
  [A.RECORD_RETURN_VISIT]: { zh: '回访', en: 'record return visit' },
  [A.CANCEL]: { zh: '取消', en: 'cancel' },
};
