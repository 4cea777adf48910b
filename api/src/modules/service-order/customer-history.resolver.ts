import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Customer } from '../customer/customer.entity';
import { ProductUnit } from '../product/product-unit.entity';
import { visibleOrders } from './order-access';
import { ServiceOrder } from './service-order.entity';

/** 来电显示: the incoming number finds the customer with their units and repair history at once. */
@Resolver(() => Customer)
export class CustomerHistoryResolver {
  @FieldResolver(() => [ProductUnit], { description: 'Units the customer owns' })
  productUnits(@Root() customer: Customer, @Ctx() ctx: Context): Promise<ProductUnit[]> {
    return ctx.loaders.children(ProductUnit, 'owner', customer.id, { purchaseDate: 'desc', id: 'asc' });
  }

  @FieldResolver(() => [ServiceOrder], { description: 'The customer’s service orders you may see, newest first' })
  async serviceOrders(
    @Root() customer: Customer,
    @Arg('limit', () => Int, { defaultValue: 20 }) limit: number,
    @Ctx() ctx: Context,
  ): Promise<ServiceOrder[]> {
    const orders = await ctx.loaders.children(ServiceOrder, 'customer', customer.id, { createdAt: 'desc', id: 'asc' });
    return (await visibleOrders(ctx, orders)).slice(0, Math.max(0, Math.min(limit, 200)));
  }
}

/** A unit's repair history, for the serial-number lookup at intake. */
@Resolver(() => ProductUnit)
export class UnitHistoryResolver {
  @FieldResolver(() => [ServiceOrder], { description: 'Service orders for this unit you may see, newest first' })
  async serviceOrders(@Root() unit: ProductUnit, @Ctx() ctx: Context): Promise<ServiceOrder[]> {
    const orders = await ctx.loaders.children(ServiceOrder, 'productUnit', unit.id, { createdAt: 'desc', id: 'asc' });
    return visibleOrders(ctx, orders);
  }
}
