import type { Role, ServiceOrder } from '../../../../schema/generated/graphql';
import type { Session } from '../../session';

const CLOSED = (o: Pick<ServiceOrder, 'status' | 'attribute'>) =>
  o.status === 'VISITED' || o.status === 'CANCELLED' || (o.status === 'BACK_FROM_AGENT' && o.attribute === 'PRE_SALE');

/**
 * Which of the order's other operations this user may use. The API has no `allowedActions` for
 * them, so its rules (service-order.service.ts) are mirrored here; the API still decides.
 */
export function orderAbilities(viewer: Session['viewer'] | undefined, order: Pick<ServiceOrder, 'status' | 'attribute'>) {
  const writes = !!viewer?.permissions.includes('serviceOrder:write');
  const hasRole = (...roles: Role[]) => !!viewer && ['ADMIN', ...roles].some((r) => viewer.roles.includes(r as Role));
  return {
    addNote: writes,
    editIntake: writes && (order.status === 'RECEIVED' || order.status === 'DISPATCHED'),
    appraise: writes && hasRole('MANAGER', 'TECHNICIAN') && !CLOSED(order),
    overrideFees: writes && hasRole('MANAGER', 'FINANCE_REVIEWER') && order.status !== 'CANCELLED',
  };
}
