import type { FilterQuery } from '@mikro-orm/core';
import type { ServiceContext } from '../../common/service-context';
import type { ReadConfig } from '../../graphql/crud';
import { SortOrder } from '../../graphql/list';
import { lockInScope } from '../../common/access/scoped';
import { ServiceOrder } from './service-order.entity';
import { ServiceOrderFilter } from './service-order.inputs';
import { SLA_RUNNING } from './service-order.lifecycle';
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
  where: (f) => {
    const parts: FilterQuery<ServiceOrder>[] = [];
    if (f.statuses?.length) parts.push({ status: { $in: f.statuses } });
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
