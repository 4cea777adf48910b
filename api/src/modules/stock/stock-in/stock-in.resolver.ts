import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../../graphql/context';
import { readResolver } from '../../../graphql/crud';
import { stepResolver } from '../../../graphql/lifecycle-resolver';
import { fieldNeeds } from '../../../graphql/read/plan';
import { children, ref, relationResolver } from '../../../graphql/relations';
import { timelineResolver } from '../../../graphql/timeline';
import { Part } from '../../part/part.entity';
import { ServiceOrder } from '../../service-order/service-order.entity';
import { NoteInput, ReasonInput } from '../../service-order/service-order.inputs';
import { ServiceStation } from '../../station/service-station.entity';
import { Warehouse } from '../../station/warehouse.entity';
import { step } from '../documents/document-resolvers';
import { StockAction } from '../stock.enums';
import { StockIn, StockInEvent, StockInLine } from './stock-in.entity';
import { StockInCreateInput } from './stock-in.inputs';
import { STOCK_IN_LIFECYCLE } from './stock-in.lifecycle';
import { STOCK_IN_CONFIG, cancelStockIn, closeStockIn, createStockIn, receiveStockIn } from './stock-in.service';

@Resolver(() => StockIn)
export class StockInResolver extends readResolver(STOCK_IN_CONFIG) {
  @Authorized('stockDocument:write')
  @Mutation(() => StockIn, { description: '新建入库单 A stock in (parts keepers; technicians: old parts of their station’s orders)' })
  createStockIn(@Arg('input') input: StockInCreateInput, @Ctx() ctx: Context): Promise<StockIn> {
    return createStockIn(ctx, input);
  }

  @FieldResolver(() => [StockAction], { description: 'The steps the caller may take now' })
  allowedActions(@Root() doc: StockIn, @Ctx() ctx: Context): StockAction[] {
    return ctx.actor ? STOCK_IN_LIFECYCLE.allowedActions(ctx.actor, doc) : [];
  }
}
fieldNeeds(StockIn, { allowedActions: ['status', 'stationId'] });

export const StockInRelations = relationResolver(StockIn, {
  station: ref(() => ServiceStation, 'station'),
  warehouse: ref(() => Warehouse, 'warehouse'),
  serviceOrder: ref(() => ServiceOrder, 'serviceOrder', { nullable: true }),
  lines: children(() => StockInLine, 'document', { lineNo: 'asc' }, { description: '明细 Lines' }),
  timeline: children(() => StockInEvent, 'document', { at: 'asc', id: 'asc' }, { description: 'The document’s timeline, oldest first' }),
});
export const StockInLineRelations = relationResolver(StockInLine, { part: ref(() => Part, 'part') });
export const StockInEventRelations = relationResolver(StockInEvent, { station: ref(() => ServiceStation, 'station', { nullable: true }) });
export const StockInEventFields = timelineResolver(StockInEvent);

export const StockInSteps = stepResolver(STOCK_IN_LIFECYCLE, StockIn, 'stockDocument:write', {
  [StockAction.RECEIVE]: step(NoteInput, '入库 Post the lines into the warehouse', receiveStockIn),
  [StockAction.CLOSE]: step(NoteInput, '关闭 Close the received stock in', closeStockIn),
  [StockAction.CANCEL]: step(ReasonInput, '取消 Cancel before it is received (a reason is required)', cancelStockIn),
});
