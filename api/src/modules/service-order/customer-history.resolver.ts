import { children, relationResolver } from '../../graphql/relations';
import { Customer } from '../customer/customer.entity';
import { ProductUnit } from '../product/product-unit.entity';
import { ServiceOrder } from './service-order.entity';

const newestFirst = { createdAt: 'desc', id: 'asc' } as const;

/** 来电显示: the incoming number finds the customer with their units and repair history at once. */
export const CustomerHistoryRelations = relationResolver(Customer, {
  productUnits: children(() => ProductUnit, 'owner', { purchaseDate: 'desc', id: 'asc' }, { description: 'Units the customer owns (that you may see)' }),
  serviceOrders: children(() => ServiceOrder, 'customer', newestFirst, {
    description: 'The customer’s service orders you may see, newest first',
    limit: { default: 20, max: 200 },
  }),
});

/** A unit's repair history, for the serial-number lookup at intake. */
export const UnitHistoryRelations = relationResolver(ProductUnit, {
  serviceOrders: children(() => ServiceOrder, 'productUnit', newestFirst, { description: 'Service orders for this unit you may see, newest first' }),
});
