import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
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
import { StockAction } from '../stock.enums';
import { Stocktake, StocktakeEvent, StocktakeLine } from './stocktake.entity';
import { StocktakeCountsInput, StocktakeCreateInput, StocktakeImportInput } from './stocktake.inputs';
import { STOCKTAKE_LIFECYCLE } from './stocktake.lifecycle';
import {
  STOCKTAKE_CONFIG,
  cancelStocktake,
  confirmStocktake,
  createStocktake,
  importStocktakeCounts,
  recordStocktakeCounts,
} from './stocktake.service';

@Resolver(() => Stocktake)
export class StocktakeResolver extends readResolver(STOCKTAKE_CONFIG) {
  @Authorized('stock:write')
  @Mutation(() => Stocktake, { description: '开盘点单 Open a count sheet for a warehouse: every active part, or a selection' })
  createStocktake(@Arg('input') input: StocktakeCreateInput, @Ctx() ctx: Context): Promise<Stocktake> {
    return createStocktake(ctx, input);
  }

  @Authorized('stock:write')
  @Mutation(() => Stocktake, { description: '录入盘点数 Enter counted quantities (each as of now) while the sheet is open' })
  recordStocktakeCounts(@Arg('id', () => ID) id: string, @Arg('input') input: StocktakeCountsInput, @Ctx() ctx: Context): Promise<Stocktake> {
    return recordStocktakeCounts(ctx, id, input.counts);
  }

  @Authorized('stock:write')
  @Mutation(() => Stocktake, { description: '导入盘点数 Counted quantities from a CSV (part code, counted); any bad line refuses the file' })
  importStocktakeCounts(@Arg('id', () => ID) id: string, @Arg('input') input: StocktakeImportInput, @Ctx() ctx: Context): Promise<Stocktake> {
    return importStocktakeCounts(ctx, id, input.csv);
  }

  @FieldResolver(() => [StockAction], { description: 'The steps the caller may take now' })
  allowedActions(@Root() doc: Stocktake, @Ctx() ctx: Context): StockAction[] {
    return ctx.actor ? STOCKTAKE_LIFECYCLE.allowedActions(ctx.actor, doc) : [];
  }
}
fieldNeeds(Stocktake, { allowedActions: ['status', 'stationId'] });
fieldNeeds(StocktakeLine, { difference: ['countedQuantity', 'expectedQuantity'] });

export const StocktakeRelations = relationResolver(Stocktake, {
  station: ref(() => ServiceStation, 'station'),
  warehouse: ref(() => Warehouse, 'warehouse'),
  lines: children(() => StocktakeLine, 'document', { lineNo: 'asc' }, { description: '明细 Lines' }),
  timeline: children(() => StocktakeEvent, 'document', { at: 'asc', id: 'asc' }, { description: 'The document’s timeline, oldest first' }),
});
export const StocktakeLineRelations = relationResolver(StocktakeLine, { part: ref(() => Part, 'part') });
export const StocktakeEventRelations = relationResolver(StocktakeEvent, { station: ref(() => ServiceStation, 'station', { nullable: true }) });
export const StocktakeEventFields = timelineResolver(StocktakeEvent);

export const StocktakeSteps = stepResolver(STOCKTAKE_LIFECYCLE, Stocktake, 'stockDocument:write', {
  [StockAction.CONFIRM]: step(NoteInput, '确认盘点 Post the gains and losses; the sheet becomes read-only', confirmStocktake),
  [StockAction.CANCEL]: step(ReasonInput, '取消 Drop the sheet (a reason is required)', cancelStocktake),
});
