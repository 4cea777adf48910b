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
import { Technician } from '../../station/technician.entity';
import { Warehouse } from '../../station/warehouse.entity';
import { step } from '../documents/document-resolvers';
import { BorrowingStatus, StockAction } from '../stock.enums';
import { Borrowing, BorrowingEvent, BorrowingLine } from './borrowing.entity';
import { BorrowingCreateInput, BorrowingReturnInput } from './borrowing.inputs';
import { BORROWING_LIFECYCLE } from './borrowing.lifecycle';
import { BORROWING_CONFIG, cancelBorrowing, createBorrowing, lendBorrowing, returnBorrowing } from './borrowing.service';

@Resolver(() => Borrowing)
export class BorrowingResolver extends readResolver(BORROWING_CONFIG) {
  @Authorized('stockDocument:write')
  @Mutation(() => Borrowing, { description: '借用 A technician borrows parts that come back' })
  createBorrowing(@Arg('input') input: BorrowingCreateInput, @Ctx() ctx: Context): Promise<Borrowing> {
    return createBorrowing(ctx, input);
  }

  @FieldResolver(() => [StockAction], { description: 'The steps the caller may take now' })
  allowedActions(@Root() doc: Borrowing, @Ctx() ctx: Context): StockAction[] {
    return ctx.actor ? BORROWING_LIFECYCLE.allowedActions(ctx.actor, doc) : [];
  }

  @FieldResolver(() => Boolean, { description: '逾期 Past the return date with parts still out' })
  late(@Root() d: Borrowing): boolean {
    return d.status === BorrowingStatus.LENT && !!d.returnDueAt && d.returnDueAt < new Date() && d.heldQuantity > 0;
  }
}
fieldNeeds(Borrowing, { allowedActions: ['status', 'stationId'], late: ['status', 'returnDueAt', 'heldQuantity'] });

export const BorrowingRelations = relationResolver(Borrowing, {
  station: ref(() => ServiceStation, 'station'),
  warehouse: ref(() => Warehouse, 'warehouse'),
  technician: ref(() => Technician, 'technician'),
  lines: children(() => BorrowingLine, 'document', { lineNo: 'asc' }, { description: '明细 Lines' }),
  timeline: children(() => BorrowingEvent, 'document', { at: 'asc', id: 'asc' }, { description: 'The document’s timeline, oldest first' }),
});
export const BorrowingLineRelations = relationResolver(BorrowingLine, { part: ref(() => Part, 'part') });
export const BorrowingEventRelations = relationResolver(BorrowingEvent, { station: ref(() => ServiceStation, 'station', { nullable: true }) });
export const BorrowingEventFields = timelineResolver(BorrowingEvent);

export const BorrowingSteps = stepResolver(BORROWING_LIFECYCLE, Borrowing, 'stockDocument:write', {
  [StockAction.LEND]: step(NoteInput, '借出 Lend the parts (all or none)', lendBorrowing),
  [StockAction.RETURN]: step(BorrowingReturnInput, '归还 Parts come back; without lines, everything still out', returnBorrowing),
  [StockAction.CANCEL]: step(ReasonInput, '取消 Cancel before it is lent (a reason is required)', cancelBorrowing),
});
