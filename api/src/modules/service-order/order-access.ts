import type { FilterQuery } from '@mikro-orm/core';
import type { ServiceContext } from '../../common/service-context';
import type { ReadConfig } from '../../graphql/crud';
import { SortOrder, contains } from '../../graphql/list';
import { lockInScope } from '../../common/access/scoped';
import { ServiceOrder } from './service-order.entity';
import { ServiceOrderFilter } from './service-order.inputs';
import { CLOSED_WHERE, SLA_RUNNING } from './service-order.lifecycle';
import './service-order.policy';

export { ORDER_LABEL } from './service-order.policy';

export const ORDER_CONFIG: ReadConfig<ServiceOrder, ServiceOrderFilter> = {
  entity: ServiceOrder,
  name: 'ServiceOrder',
  plural: 'ServiceOrders',
  filterInput: ServiceOrderFilter,
  sortFields: ['createdAt', 'number', 'slaDueAt', 'status', 'completedAt', 'updatedAt'],
  defaultSortOrder: SortOrder.DESC,
  searchFields: ['number', 'contactName', 'contactPhone', 'serialNumber'],
  // q also finds the model number, and a phone typed with spaces or dashes (`139 0435 6430`).
  search: (text, searchable, ctx) => {
    // The model number through the few matching products (a subquery, not a join inside the OR,
    // so that the order table's own trigram index still serves the other alternatives).
    const models = ctx.em.getKnex()('product').select('id').whereILike('model_number', contains(text));
    const more: FilterQuery<ServiceOrder>[] = [{ product: { $in: models } } as unknown as FilterQuery<ServiceOrder>];
    const digits = text.replace(/[\s-]/g, '');
    if (searchable.includes('contactPhone') && digits !== text && /^\+?\d+$/.test(digits)) more.push({ contactPhone: { $ilike: contains(digits) } });
    return more;
  },
  where: (f) => {
    const parts: FilterQuery<ServiceOrder>[] = [];
    if (f.statuses?.length) parts.push({ status: { $in: f.statuses } });
    if (f.modelNumber?.trim()) parts.push({ product: { modelNumber: { $ilike: contains(f.modelNumber) } } });
    if (f.closed !== undefined) parts.push(f.closed ? CLOSED_WHERE : { $not: CLOSED_WHERE });
    if (f.manufacturerId) parts.push({ product: { manufacturer: f.manufacturerId } });
    if (f.technicianId) parts.push({ assignments: { $some: { technician: f.technicianId } } });
    if (f.overdue !== undefined) {
      const overdue = { status: { $in: SLA_RUNNING }, slaDueAt: { $lt: new Date() } };
      parts.push(f.overdue ? overdue : { $not: overdue });
    }
    return parts.length ? { $and: parts } : undefined;
  },
};

/** The order, locked for this transaction so that two steps on it cannot interleave. */
export function lockVisibleOrder(ctx: ServiceContext, id: string): Promise<ServiceOrder> {
  return lockInScope(ctx, ServiceOrder, id);
}
