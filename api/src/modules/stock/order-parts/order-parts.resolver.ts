import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, Resolver } from 'type-graphql';
import { IsUUID, MaxLength } from 'class-validator';
import { lockInScope } from '../../../common/access/scoped';
import { badInput, fieldError, forbidden } from '../../../common/errors';
import type { ServiceContext } from '../../../common/service-context';
import type { Context } from '../../../graphql/context';
import { Role } from '../../auth/role';
import { OrderPart } from '../../service-order/order-part.entity';
import { ServiceOrder } from '../../service-order/service-order.entity';
import { ServiceOrderStatus as S, TimelineAction } from '../../service-order/service-order.enums';
import { recordEvent } from '../../service-order/timeline';
import { describeLines, partNames } from '../documents/document-service';
import { returnOrderParts } from './order-stock';

@InputType()
export class RemoveOrderPartInput {
  @Field(() => ID, { description: 'The order’s part line' }) @IsUUID() orderPartId!: string;
  @Field(() => String, { nullable: true }) @MaxLength(2000) reason?: string;
}

/** Lines come off an order while the work goes on (not once it is completed). */
const OPEN_WORK = [S.RECEIVED, S.DISPATCHED, S.IN_REPAIR, S.AWAITING_PARTS];

/**
 * 移除配件: a part line comes off an open order; what it took from the warehouse goes back
 * (RETURN_IN with the order number), a document bringing it no longer does. The office, or the
 * staff of the order's station.
 */
export async function removeOrderPart(sc: ServiceContext, orderId: string, input: RemoveOrderPartInput): Promise<ServiceOrder> {
  const order = await lockInScope(sc, ServiceOrder, orderId);
  const actor = sc.actor!;
  const may = actor.kind === 'system' || actor.roles.includes(Role.ADMIN) || (actor.kind === 'user' && (actor.stationId ? actor.stationId === order.stationId : actor.permissions.has('serviceOrder:write')));
  if (!may) throw forbidden('serviceOrder.removePart');
  if (!OPEN_WORK.includes(order.status)) throw badInput([fieldError('status', '已完工或已关闭的服务单不能移除配件', 'is past the repair: parts can no longer come off the order')]);
  const line = await sc.em.findOne(OrderPart, { id: input.orderPartId, order: order.id });
  if (!line) throw badInput([fieldError('orderPartId', '不是本服务单的配件', 'is not a part line of this order')]);
  const back = await returnOrderParts(sc, order, line.id);
  const names = await partNames(sc, [line]);
  sc.em.remove(line);
  await recordEvent(sc, order, TimelineAction.PART_REMOVED, {
    from: order.status,
    lines: [
      { t: 'order.partRemoved', p: { parts: describeLines(names, [line]) } },
      ...(back.length ? [{ t: 'order.partsReturned', p: { parts: back } }] : []),
    ],
    note: input.reason ?? null,
  });
  return order;
}

@Resolver()
export class OrderPartsResolver {
  @Authorized('serviceOrder:write')
  @Mutation(() => ServiceOrder, { description: '移除配件 Take a part line off an open order; what it took from stock goes back' })
  removeServiceOrderPart(@Arg('id', () => ID) id: string, @Arg('input') input: RemoveOrderPartInput, @Ctx() ctx: Context): Promise<ServiceOrder> {
    return removeOrderPart(ctx, id, input);
  }
}
