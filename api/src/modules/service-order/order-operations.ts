import type { Bilingual } from '../../common/i18n';
import { AppError, ErrorCode, forbidden } from '../../common/errors';
import type { Actor } from '../auth/actor';
import { Role } from '../auth/role';
import type { ServiceOrder } from './service-order.entity';
import { ServiceOrderStatus as S } from './service-order.enums';
import { isClosed } from './service-order.lifecycle';
import { labelledEnum } from '../../graphql/enums';
import './service-order.labels';

/** What can be done to an order besides lifecycle steps. */
export enum OrderOperation {
  EDIT = 'edit',
  APPRAISE = 'appraise',
  OVERRIDE_FEES = 'override_fees',
  ADD_NOTE = 'add_note',
}
labelledEnum(OrderOperation, 'OrderOperation', { description: 'Order operations other than lifecycle steps', notes: { EDIT: 'until the repair starts', OVERRIDE_FEES: 'with a reason' } });

interface Rule {
  /** Who may (administrators always may; partners never). */
  roles: Role[] | 'office';
  /** Station staff only on their own station's orders. */
  station: boolean;
  /** When the order allows it, and what to say when it does not. */
  when: (order: ServiceOrder) => boolean;
  refusal: Bilingual;
}

const RULES: Record<OrderOperation, Rule> = {
  [OrderOperation.EDIT]: {
    roles: 'office',
    station: true,
    when: (o) => o.status === S.RECEIVED || o.status === S.DISPATCHED,
    refusal: { zh: '维修开始后不能再修改受理信息', en: 'intake details can no longer change once the repair has started' },
  },
  [OrderOperation.APPRAISE]: {
    roles: [Role.TECHNICIAN, Role.MANAGER],
    station: true,
    when: (o) => !isClosed(o),
    refusal: { zh: '服务单已关闭，不能鉴定', en: 'the order is closed: no appraisal' },
  },
  [OrderOperation.OVERRIDE_FEES]: {
    roles: [Role.MANAGER, Role.FINANCE_REVIEWER],
    station: false,
    when: (o) => o.status !== S.CANCELLED,
    refusal: { zh: '已取消的服务单没有费用', en: 'a cancelled order has no fees' },
  },
  [OrderOperation.ADD_NOTE]: {
    roles: 'office',
    station: true,
    when: () => true,
    refusal: { zh: '', en: '' },
  },
};

function mayDo(actor: Actor, order: ServiceOrder, rule: Rule): boolean {
  if (actor.kind === 'system' || actor.roles.includes(Role.ADMIN)) return true;
  if (actor.kind === 'partner') return false;
  if (actor.stationId) return rule.station && order.stationId === actor.stationId;
  if (rule.roles === 'office') return actor.permissions.has('serviceOrder:write');
  return rule.roles.some((r) => actor.roles.includes(r));
}

export function allowedOperations(actor: Actor, order: ServiceOrder): OrderOperation[] {
  return (Object.keys(RULES) as OrderOperation[]).filter((op) => mayDo(actor, order, RULES[op]) && RULES[op].when(order));
}

/** FORBIDDEN when the caller may not; BAD_USER_INPUT naming the reason when the order does not allow it now. */
export function assertOperation(actor: Actor, order: ServiceOrder, op: OrderOperation): void {
  const rule = RULES[op];
  if (!mayDo(actor, order, rule)) throw forbidden(`serviceOrder:${op}`);
  if (!rule.when(order)) {
    throw new AppError(ErrorCode.BAD_USER_INPUT, { zh: `输入有误：${rule.refusal.zh}`, en: `Invalid input: ${rule.refusal.en}` }, {
      fields: [{ field: 'status', message: rule.refusal.zh, messageEn: rule.refusal.en }],
    });
  }
}
