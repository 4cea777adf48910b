import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../../graphql/context';
import { readResolver } from '../../../graphql/crud';
import { stepResolver } from '../../../graphql/lifecycle-resolver';
import { fieldNeeds } from '../../../graphql/read/plan';
import { children, ref, relationResolver } from '../../../graphql/relations';
import { timelineResolver } from '../../../graphql/timeline';
import { Part } from '../../part/part.entity';
import { NoteInput, ReasonInput } from '../../service-order/service-order.inputs';
import { ServiceStation } from '../../station/service-station.entity';
import { Warehouse } from '../../station/warehouse.entity';
import { step } from '../documents/document-resolvers';
import { AwaitedPart } from '../order-parts/awaited-part.entity';
import { StockAction } from '../stock.enums';
import { StockTransfer, StockTransferEvent, StockTransferLine } from './transfer.entity';
import { StockTransferCreateInput } from './transfer.inputs';
import { TRANSFER_LIFECYCLE } from './transfer.lifecycle';
import { TRANSFER_CONFIG, cancelStockTransfer, createStockTransfer, receiveStockTransfer, shipStockTransfer } from './transfer.service';

@Resolver(() => StockTransfer)
export class StockTransferResolver extends readResolver(TRANSFER_CONFIG) {
  @Authorized('stock:write')
  @Mutation(() => StockTransfer, { description: '调拨 Move parts between warehouses (from or to one of yours)' })
  createStockTransfer(@Arg('input') input: StockTransferCreateInput, @Ctx() ctx: Context): Promise<StockTransfer> {
    return createStockTransfer(ctx, input);
  }

  @FieldResolver(() => [StockAction], { description: 'The steps the caller may take now' })
  allowedActions(@Root() doc: StockTransfer, @Ctx() ctx: Context): StockAction[] {
    return ctx.actor ? TRANSFER_LIFECYCLE.allowedActions(ctx.actor, doc) : [];
  }
}
fieldNeeds(StockTransfer, { allowedActions: ['status', 'stationId', 'toStationId'] });

export const StockTransferRelations = relationResolver(StockTransfer, {
  // Each end's staff see the transfer but not the other station: these are null outside the caller's scope.
  station: ref(() => ServiceStation, 'station', { nullable: true }),
  warehouse: ref(() => Warehouse, 'warehouse', { nullable: true }),
  toStation: ref(() => ServiceStation, 'toStation', { nullable: true }),
  toWarehouse: ref(() => Warehouse, 'toWarehouse', { nullable: true }),
  lines: children(() => StockTransferLine, 'document', { lineNo: 'asc' }, { description: '明细 Lines' }),
  awaitedParts: children(() => AwaitedPart, 'transfer', { linkedAt: 'asc', id: 'asc' }, { description: '待件 Awaited order lines it brings' }),
  timeline: children(() => StockTransferEvent, 'document', { at: 'asc', id: 'asc' }, { description: 'The document’s timeline, oldest first' }),
});
export const StockTransferLineRelations = relationResolver(StockTransferLine, { part: ref(() => Part, 'part') });
export const StockTransferEventRelations = relationResolver(StockTransferEvent, { station: ref(() => ServiceStation, 'station', { nullable: true }) });
export const StockTransferEventFields = timelineResolver(StockTransferEvent);

export const StockTransferSteps = stepResolver(TRANSFER_LIFECYCLE, StockTransfer, 'stockDocument:write', {
  [StockAction.SHIP]: step(NoteInput, '发出 Ship: the parts leave the source (all or none)', shipStockTransfer),
  [StockAction.RECEIVE]: step(NoteInput, '调入 Receive at the destination; awaited parts go to their orders', receiveStockTransfer),
  [StockAction.CANCEL]: step(ReasonInput, '取消 Cancel before it is shipped (a reason is required)', cancelStockTransfer),
});
