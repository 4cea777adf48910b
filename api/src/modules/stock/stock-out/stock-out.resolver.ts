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
import { StockOut, StockOutEvent, StockOutLine } from './stock-out.entity';
import { StockOutCreateInput } from './stock-out.inputs';
import { STOCK_OUT_LIFECYCLE } from './stock-out.lifecycle';
import { STOCK_OUT_CONFIG, cancelStockOut, closeStockOut, createStockOut, issueStockOut, processStockOut } from './stock-out.service';

@Resolver(() => StockOut)
export class StockOutResolver extends readResolver(STOCK_OUT_CONFIG) {
  @Authorized('stock:write')
  @Mutation(() => StockOut, { description: '新建出库单 A stock out (parts keepers)' })
  createStockOut(@Arg('input') input: StockOutCreateInput, @Ctx() ctx: Context): Promise<StockOut> {
    return createStockOut(ctx, input);
  }

  @FieldResolver(() => [StockAction], { description: 'The steps the caller may take now' })
  allowedActions(@Root() doc: StockOut, @Ctx() ctx: Context): StockAction[] {
    return ctx.actor ? STOCK_OUT_LIFECYCLE.allowedActions(ctx.actor, doc) : [];
  }
}
fieldNeeds(StockOut, { allowedActions: ['status', 'stationId'] });

export const StockOutRelations = relationResolver(StockOut, {
  station: ref(() => ServiceStation, 'station'),
  warehouse: ref(() => Warehouse, 'warehouse'),
  serviceOrder: ref(() => ServiceOrder, 'serviceOrder', { nullable: true }),
  lines: children(() => StockOutLine, 'document', { lineNo: 'asc' }, { description: '明细 Lines' }),
  timeline: children(() => StockOutEvent, 'document', { at: 'asc', id: 'asc' }, { description: 'The document’s timeline, oldest first' }),
});
export const StockOutLineRelations = relationResolver(StockOutLine, { part: ref(() => Part, 'part') });
export const StockOutEventRelations = relationResolver(StockOutEvent, { station: ref(() => ServiceStation, 'station', { nullable: true }) });
export const StockOutEventFields = timelineResolver(StockOutEvent);

export const StockOutSteps = stepResolver(STOCK_OUT_LIFECYCLE, StockOut, 'stockDocument:write', {
  [StockAction.PROCESS]: step(NoteInput, '审核 Check the stock out before it is issued', processStockOut),
  [StockAction.ISSUE]: step(NoteInput, '出库 Post the lines out of the warehouse (all or none)', issueStockOut),
  [StockAction.CLOSE]: step(NoteInput, '关闭 Close the issued stock out', closeStockOut),
  [StockAction.CANCEL]: step(ReasonInput, '取消 Cancel before it is issued (a reason is required)', cancelStockOut),
});
