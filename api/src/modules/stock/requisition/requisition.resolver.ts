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
import { Technician } from '../../station/technician.entity';
import { Warehouse } from '../../station/warehouse.entity';
import { step } from '../documents/document-resolvers';
import { RequisitionStatus, StockAction } from '../stock.enums';
import { Requisition, RequisitionEvent, RequisitionLine } from './requisition.entity';
import { RequisitionCreateInput, RequisitionReturnInput } from './requisition.inputs';
import { REQUISITION_LIFECYCLE } from './requisition.lifecycle';
import {
  REQUISITION_CONFIG,
  approveRequisition,
  cancelRequisition,
  closeRequisition,
  createRequisition,
  issueRequisition,
  rejectRequisition,
  returnRequisitionParts,
} from './requisition.service';

@Resolver(() => Requisition)
export class RequisitionResolver extends readResolver(REQUISITION_CONFIG) {
  @Authorized('stockDocument:write')
  @Mutation(() => Requisition, { description: '领用 A technician asks for parts (a manager approves, a keeper issues)' })
  createRequisition(@Arg('input') input: RequisitionCreateInput, @Ctx() ctx: Context): Promise<Requisition> {
    return createRequisition(ctx, input);
  }

  @FieldResolver(() => [StockAction], { description: 'The steps the caller may take now' })
  allowedActions(@Root() doc: Requisition, @Ctx() ctx: Context): StockAction[] {
    return ctx.actor ? REQUISITION_LIFECYCLE.allowedActions(ctx.actor, doc) : [];
  }

  @FieldResolver(() => Boolean, { description: '逾期 Past the return date with parts held or old parts due' })
  late(@Root() d: Requisition): boolean {
    return d.status === RequisitionStatus.ISSUED && !!d.returnDueAt && d.returnDueAt < new Date() && d.heldQuantity + d.oldPartsDue > 0;
  }
}
fieldNeeds(Requisition, { allowedActions: ['status', 'stationId', 'heldQuantity'], late: ['status', 'returnDueAt', 'heldQuantity', 'oldPartsDue'] });
fieldNeeds(RequisitionLine, {
  heldQuantity: ['issuedQuantity', 'usedQuantity', 'returnedQuantity'],
  oldPartsDue: ['usedQuantity', 'oldReturnedQuantity'],
});

export const RequisitionRelations = relationResolver(Requisition, {
  station: ref(() => ServiceStation, 'station'),
  warehouse: ref(() => Warehouse, 'warehouse'),
  technician: ref(() => Technician, 'technician'),
  serviceOrder: ref(() => ServiceOrder, 'serviceOrder', { nullable: true }),
  lines: children(() => RequisitionLine, 'document', { lineNo: 'asc' }, { description: '明细 Lines' }),
  timeline: children(() => RequisitionEvent, 'document', { at: 'asc', id: 'asc' }, { description: 'The document’s timeline, oldest first' }),
});
export const RequisitionLineRelations = relationResolver(RequisitionLine, { part: ref(() => Part, 'part') });
export const RequisitionEventRelations = relationResolver(RequisitionEvent, { station: ref(() => ServiceStation, 'station', { nullable: true }) });
export const RequisitionEventFields = timelineResolver(RequisitionEvent);

export const RequisitionSteps = stepResolver(REQUISITION_LIFECYCLE, Requisition, 'stockDocument:write', {
  [StockAction.APPROVE]: step(NoteInput, '批准 A manager approves the requisition', approveRequisition),
  [StockAction.REJECT]: step(ReasonInput, '驳回 A manager rejects it (a reason is required)', rejectRequisition),
  [StockAction.ISSUE]: step(NoteInput, '发料 Issue the parts to the technician (all or none)', issueRequisition),
  [StockAction.RETURN]: step(RequisitionReturnInput, '归还 Unused parts and replaced old parts come back (any number of times)', returnRequisitionParts),
  [StockAction.CLOSE]: step(NoteInput, '结清 Close once nothing is held', closeRequisition),
  [StockAction.CANCEL]: step(ReasonInput, '取消 Cancel before it is issued (a reason is required)', cancelRequisition),
});
