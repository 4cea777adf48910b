import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../graphql/context';
import { readResolver, type ReadConfig } from '../../graphql/crud';
import { stepResolver } from '../../graphql/lifecycle-resolver';
import { SortOrder } from '../../graphql/list';
import { fieldNeeds } from '../../graphql/read/plan';
import { children, ref, relationResolver } from '../../graphql/relations';
import { timelineResolver } from '../../graphql/timeline';
import { Code } from '../code-table/code.entity';
import { Customer } from '../customer/customer.entity';
import { Product } from '../product/product.entity';
import { ProductUnit } from '../product/product-unit.entity';
import { ServiceOrder } from '../service-order/service-order.entity';
import { NoteInput, ReasonInput } from '../service-order/service-order.inputs';
import { ServiceStation } from '../station/service-station.entity';
import { Warehouse } from '../station/warehouse.entity';
import { step } from '../stock/documents/document-resolvers';
import { ReturnEvent } from './return-event.entity';
import { ReturnLine, ReturnRequest } from './return-request.entity';
import { ReturnAction, ReturnOperation } from './return-request.enums';
import * as inputs from './return-request.inputs';
import { RETURN_CLOSED_WHERE, RETURN_LIFECYCLE, isReturnClosed, statusesAwaiting } from './return-request.lifecycle';
import { addReturnNote, allowedReturnOperations, changeRefund, createReturnRequest, recordShipment } from './return-request.service';
import { approve, cancel, financeApprove, receiveGoods, refund, reject, sendBack, shipReplacement } from './return-steps';

export const RETURN_CONFIG: ReadConfig<ReturnRequest, inputs.ReturnRequestFilter> = {
  entity: ReturnRequest,
  name: 'ReturnRequest',
  plural: 'ReturnRequests',
  filterInput: inputs.ReturnRequestFilter,
  sortFields: ['createdAt', 'number', 'status', 'refundTotal', 'updatedAt'],
  defaultSortOrder: SortOrder.DESC,
  searchFields: ['number', 'contactName', 'contactPhone', 'salesOrderNumber', 'description'],
  ownFilters: ['kinds', 'statuses', 'productUnitId', 'closed', 'awaitingMe'],
  where: (f, ctx) => {
    const parts: FilterQuery<ReturnRequest>[] = [];
    if (f.kinds?.length) parts.push({ kind: { $in: f.kinds } });
    if (f.statuses?.length) parts.push({ status: { $in: f.statuses } });
    if (f.productUnitId) parts.push({ id: { $in: ctx.em.createQueryBuilder(ReturnLine, 'l').select('l.request_id').where({ productUnit: f.productUnitId }).getKnexQuery() } } as never);
    if (f.closed === true) parts.push(RETURN_CLOSED_WHERE);
    if (f.closed === false) parts.push({ $not: RETURN_CLOSED_WHERE } as FilterQuery<ReturnRequest>);
    // 审核队列: the states in which the caller has a step to take (operations: pending review; finance: approved, awaiting refund; goods: awaiting the goods, the replacement).
    if (f.awaitingMe) parts.push(ctx.actor ? { status: { $in: statusesAwaiting(ctx.actor) } } : { id: null });
    return parts.length ? { $and: parts } : undefined;
  },
};

@Resolver(() => ReturnRequest)
export class ReturnRequestResolver extends readResolver(RETURN_CONFIG) {
  @Authorized('returnRequest:create')
  @Mutation(() => ReturnRequest, { description: '售后申请 File a refund, return or exchange (past the return window: refused, nothing created)' })
  createReturnRequest(@Arg('input') input: inputs.ReturnRequestCreateInput, @Ctx() ctx: Context): Promise<ReturnRequest> {
    return createReturnRequest(ctx, input);
  }

  @Authorized('returnRequest:write')
  @Mutation(() => ReturnRequest, { description: '调整退款金额 Operations change the refund in review, with a reason (audited, shown to the customer)' })
  changeReturnRequestRefund(@Arg('id', () => ID) id: string, @Arg('input') input: inputs.RefundChangeInput, @Ctx() ctx: Context): Promise<ReturnRequest> {
    return changeRefund(ctx, id, input);
  }

  @Authorized('returnRequest:create')
  @Mutation(() => ReturnRequest, { description: '登记寄回快递 The customer’s parcel back (the filing partner may record it)' })
  recordReturnRequestShipment(@Arg('id', () => ID) id: string, @Arg('input') input: inputs.ReturnShipmentInput, @Ctx() ctx: Context): Promise<ReturnRequest> {
    return recordShipment(ctx, id, input);
  }

  @Authorized('returnRequest:write')
  @Mutation(() => ReturnRequest, { description: 'Add a note to the timeline (internal notes are hidden from partners and customers)' })
  addReturnRequestNote(
    @Arg('id', () => ID) id: string,
    @Arg('note') note: string,
    @Arg('internal', { defaultValue: false }) internal: boolean,
    @Ctx() ctx: Context,
  ): Promise<ReturnRequest> {
    return addReturnNote(ctx, id, note.slice(0, 2000), internal);
  }

  @FieldResolver(() => [ReturnAction], { description: 'The steps the caller may take now: the panel shows only these buttons' })
  allowedActions(@Root() r: ReturnRequest, @Ctx() ctx: Context): ReturnAction[] {
    return ctx.actor ? RETURN_LIFECYCLE.allowedActions(ctx.actor, r) : [];
  }

  @FieldResolver(() => [ReturnOperation], { description: 'The other operations the caller may use now' })
  allowedOperations(@Root() r: ReturnRequest, @Ctx() ctx: Context): ReturnOperation[] {
    return ctx.actor ? allowedReturnOperations(ctx.actor, r) : [];
  }

  @FieldResolver(() => Boolean, { description: '已关闭 Rejected, completed or cancelled' })
  closed(@Root() r: ReturnRequest): boolean {
    return isReturnClosed(r);
  }
}
fieldNeeds(ReturnRequest, {
  allowedActions: ['status', 'kind', 'stationId'],
  allowedOperations: ['status', 'kind', 'stationId', 'createdByApiKeyId'],
  closed: ['status'],
});

export const ReturnRequestRelations = relationResolver(ReturnRequest, {
  customer: ref(() => Customer, 'customer'),
  serviceOrder: ref(() => ServiceOrder, 'serviceOrder', { nullable: true, description: 'The service order it started from (null when outside your scope)' }),
  station: ref(() => ServiceStation, 'station', { nullable: true }),
  warehouse: ref(() => Warehouse, 'warehouse', { nullable: true }),
  reasonCode: ref(() => Code, 'reasonCode', { description: '售后原因 The after-sales reason' }),
  lines: children(() => ReturnLine, 'request', { createdAt: 'asc', id: 'asc' }, { description: '商品 The goods, with price and refund' }),
  timeline: children(() => ReturnEvent, 'request', { at: 'asc', id: 'asc' }, { description: 'The request’s timeline, oldest first' }),
});
export const ReturnLineRelations = relationResolver(ReturnLine, {
  product: ref(() => Product, 'product'),
  productUnit: ref(() => ProductUnit, 'productUnit', { nullable: true }),
  replacementUnit: ref(() => ProductUnit, 'replacementUnit', { nullable: true, description: '换货新机 The replacement unit' }),
});
export const ReturnEventRelations = relationResolver(ReturnEvent, { station: ref(() => ServiceStation, 'station', { nullable: true }) });
export const ReturnEventFields = timelineResolver(ReturnEvent);

export const ReturnRequestSteps = stepResolver(RETURN_LIFECYCLE, ReturnRequest, 'returnRequest:write', {
  [ReturnAction.APPROVE]: step(inputs.ReturnApproveInput, '运营审核通过 Operations approve (an exchange goes straight to the goods)', approve),
  [ReturnAction.REJECT]: step(ReasonInput, '审核拒绝 Operations reject, with a reason shown to the customer', reject),
  [ReturnAction.FINANCE_APPROVE]: step(NoteInput, '财务审核通过 Finance approve the refund amount', financeApprove),
  [ReturnAction.SEND_BACK]: step(ReasonInput, '退回运营 Finance send it back to operations, with a reason', sendBack),
  [ReturnAction.RECEIVE_GOODS]: step(inputs.ReceiveGoodsInput, '售后入库 The goods are back: return in / exchange in with the request number', receiveGoods),
  [ReturnAction.REFUND]: step(inputs.RefundInput, '退款 Finance pay the refund', refund),
  [ReturnAction.SHIP_REPLACEMENT]: step(inputs.ShipReplacementInput, '换货出库 The replacement goes out: exchange out, a new unit linked to the old', shipReplacement),
  [ReturnAction.CANCEL]: step(ReasonInput, '取消 Cancel before the goods are back, with a reason', cancel),
});
