import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../../graphql/context';
import { readResolver } from '../../../graphql/crud';
import { stepResolver } from '../../../graphql/lifecycle-resolver';
import { fieldNeeds } from '../../../graphql/read/plan';
import { children, ref, relationResolver } from '../../../graphql/relations';
import { timelineResolver } from '../../../graphql/timeline';
import { Part } from '../../part/part.entity';
import { Manufacturer } from '../../product/manufacturer.entity';
import { NoteInput, ReasonInput } from '../../service-order/service-order.inputs';
import { ServiceStation } from '../../station/service-station.entity';
import { Warehouse } from '../../station/warehouse.entity';
import { step } from '../documents/document-resolvers';
import { AwaitedPart } from '../order-parts/awaited-part.entity';
import { StockAction } from '../stock.enums';
import { PurchaseOrder, PurchaseOrderEvent, PurchaseOrderLine } from './purchase-order.entity';
import { PurchaseOrderCreateInput, PurchaseReceiptInput } from './purchase-order.inputs';
import { PURCHASE_ORDER_LIFECYCLE } from './purchase-order.lifecycle';
import {
  PURCHASE_ORDER_CONFIG,
  cancelPurchaseOrder,
  createPurchaseOrder,
  finishPurchaseOrder,
  placePurchaseOrder,
  receivePurchaseOrder,
} from './purchase-order.service';

@Resolver(() => PurchaseOrder)
export class PurchaseOrderResolver extends readResolver(PURCHASE_ORDER_CONFIG) {
  @Authorized('stock:write')
  @Mutation(() => PurchaseOrder, { description: '采购 Order parts from a supplier for a warehouse (awaited order lines may be linked)' })
  createPurchaseOrder(@Arg('input') input: PurchaseOrderCreateInput, @Ctx() ctx: Context): Promise<PurchaseOrder> {
    return createPurchaseOrder(ctx, input);
  }

  @FieldResolver(() => [StockAction], { description: 'The steps the caller may take now' })
  allowedActions(@Root() doc: PurchaseOrder, @Ctx() ctx: Context): StockAction[] {
    return ctx.actor ? PURCHASE_ORDER_LIFECYCLE.allowedActions(ctx.actor, doc) : [];
  }
}
fieldNeeds(PurchaseOrder, { allowedActions: ['status', 'stationId', 'receivedAt', 'outstandingQuantity'] });
fieldNeeds(PurchaseOrderLine, { outstandingQuantity: ['quantity', 'receivedQuantity'] });

export const PurchaseOrderRelations = relationResolver(PurchaseOrder, {
  station: ref(() => ServiceStation, 'station'),
  warehouse: ref(() => Warehouse, 'warehouse'),
  manufacturer: ref(() => Manufacturer, 'manufacturer', { nullable: true }),
  lines: children(() => PurchaseOrderLine, 'document', { lineNo: 'asc' }, { description: '明细 Lines' }),
  awaitedParts: children(() => AwaitedPart, 'purchaseOrder', { linkedAt: 'asc', id: 'asc' }, { description: '待件 Awaited order lines it brings' }),
  timeline: children(() => PurchaseOrderEvent, 'document', { at: 'asc', id: 'asc' }, { description: 'The document’s timeline, oldest first' }),
});
export const PurchaseOrderLineRelations = relationResolver(PurchaseOrderLine, { part: ref(() => Part, 'part') });
export const PurchaseOrderEventRelations = relationResolver(PurchaseOrderEvent, { station: ref(() => ServiceStation, 'station', { nullable: true }) });
export const PurchaseOrderEventFields = timelineResolver(PurchaseOrderEvent);

export const PurchaseOrderSteps = stepResolver(PURCHASE_ORDER_LIFECYCLE, PurchaseOrder, 'stockDocument:write', {
  [StockAction.PLACE]: step(NoteInput, '下单 Place it with the supplier', placePurchaseOrder),
  [StockAction.RECEIVE]: step(PurchaseReceiptInput, '收货 A delivery comes in at the received cost (partial deliveries keep it open)', receivePurchaseOrder),
  [StockAction.FINISH]: step(ReasonInput, '结束收货 The rest will not come (a reason is required)', finishPurchaseOrder),
  [StockAction.CANCEL]: step(ReasonInput, '取消 Cancel before anything came in (a reason is required)', cancelPurchaseOrder),
});
