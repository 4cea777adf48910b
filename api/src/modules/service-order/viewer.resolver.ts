import { Ctx, FieldResolver, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Viewer } from '../auth/auth.resolver';
import { mayTakeOrders } from './service-order.lifecycle';

/** What the caller may do with service orders beyond their permissions: the panel shows intake only to those who may. */
@Resolver(() => Viewer)
export class ViewerOrderFields {
  @FieldResolver(() => Boolean, {
    description: '接件 May take requests (createServiceOrder): dispatchers, station staff, administrators and keys with serviceOrder:create; not managers',
  })
  mayTakeOrders(@Ctx() ctx: Context): boolean {
    return mayTakeOrders(ctx.actor);
  }
}
