import { LockMode, type FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../graphql/context';
import type { ReadConfig } from '../../graphql/crud';
import { isUuid } from '../../graphql/crud';
import { notFound } from '../../common/errors';
import { SortOrder } from '../../graphql/list';
import type { Actor } from '../auth/actor';
import { Product } from '../product/product.entity';
import { ServiceOrder } from './service-order.entity';
import { ServiceOrderFilter } from './service-order.inputs';
import { SLA_RUNNING } from './state-machine';

export const ORDER_LABEL = { zh: '服务单', en: 'service order' };

/**
 * Which orders a caller sees: station staff and service networks their station's, manufacturers
 * their products', any other partner key the orders it created.
 */
export function orderScope(actor: Actor): FilterQuery<ServiceOrder> | undefined {
  if (actor.stationId) return { station: actor.stationId };
  if (actor.manufacturerId) return { product: { manufacturer: actor.manufacturerId } };
  if (actor.kind === 'partner') return { createdByApiKey: actor.id };
  return undefined;
}

/** The same rule as orderScope, for orders already loaded (e.g. through a customer's history). */
export async function visibleOrders(ctx: Context, orders: ServiceOrder[]): Promise<ServiceOrder[]> {
  const actor = ctx.actor;
  if (!actor) return [];
  if (actor.stationId) return orders.filter((o) => o.stationId === actor.stationId);
  if (actor.manufacturerId) {
    const products = await ctx.loaders.loadMany(Product, [...new Set(orders.map((o) => o.productId))]);
    const own = new Set(products.filter((p) => p.manufacturerId === actor.manufacturerId).map((p) => p.id));
    return orders.filter((o) => own.has(o.productId));
  }
  if (actor.kind === 'partner') return orders.filter((o) => o.createdByApiKeyId === actor.id);
  return orders;
}

export const ORDER_CONFIG: ReadConfig<ServiceOrder, ServiceOrderFilter> = {
  entity: ServiceOrder,
  name: 'ServiceOrder',
  plural: 'ServiceOrders',
  label: ORDER_LABEL,
  permission: 'serviceOrder',
  filterInput: ServiceOrderFilter,
  sortFields: ['createdAt', 'number', 'slaDueAt', 'status', 'completedAt', 'updatedAt'],
  defaultSortOrder: SortOrder.DESC,
  searchFields: ['number', 'contactName', 'contactPhone', 'serialNumber'],
  scope: orderScope,
  where: (f) => {
    const parts: FilterQuery<ServiceOrder>[] = [];
    if (f.statuses?.length) parts.push({ status: { $in: f.statuses } });
    if (f.manufacturerId) parts.push({ product: { manufacturer: f.manufacturerId } });
    if (f.technicianId) parts.push({ assignments: { technician: f.technicianId } });
    if (f.overdue !== undefined) {
      const overdue = { status: { $in: SLA_RUNNING }, slaDueAt: { $lt: new Date() } };
      parts.push(f.overdue ? overdue : { $not: overdue });
    }
    return parts.length ? { $and: parts } : undefined;
  },
};

/** The order, locked for this transaction so that two steps on it cannot interleave. */
export async function lockVisibleOrder(ctx: Context, id: string): Promise<ServiceOrder> {
  if (!isUuid(id)) throw notFound(ORDER_LABEL, id);
  const scope = ctx.actor ? orderScope(ctx.actor) : undefined;
  const where = (scope ? { $and: [{ id }, scope] } : { id }) as FilterQuery<ServiceOrder>;
  const order = await ctx.em.findOne(ServiceOrder, where, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!order) throw notFound(ORDER_LABEL, id);
  return order;
}
