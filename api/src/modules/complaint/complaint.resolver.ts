import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../graphql/context';
import { readResolver, type ReadConfig } from '../../graphql/crud';
import { stepResolver } from '../../graphql/lifecycle-resolver';
import { SortOrder } from '../../graphql/list';
import { fieldNeeds } from '../../graphql/read/plan';
import { children, ref, relationResolver } from '../../graphql/relations';
import { timelineResolver } from '../../graphql/timeline';
import { Customer } from '../customer/customer.entity';
import { Product } from '../product/product.entity';
import { ServiceOrder } from '../service-order/service-order.entity';
import { NoteInput, ReasonInput } from '../service-order/service-order.inputs';
import { ServiceStation } from '../station/service-station.entity';
import { step } from '../stock/documents/document-resolvers';
import { Complaint, ComplaintEvent } from './complaint.entity';
import { ComplaintAction, ComplaintOperation, ComplaintStatus } from './complaint.enums';
import * as inputs from './complaint.inputs';
import { COMPLAINT_LIFECYCLE, isComplaintClosed } from './complaint.lifecycle';
import { allowedComplaintOperations, assignComplaint, cancel, close, createComplaint, openComplaintRework, lateWhere, overdueWhere, resolve, respond } from './complaint.service';
import { ComplaintSummary, complaintSummary } from './complaint-summary';
import { resolutionOverdue, responseOverdue } from './deadlines';

export const COMPLAINT_CONFIG: ReadConfig<Complaint, inputs.ComplaintFilter> = {
  entity: Complaint,
  name: 'Complaint',
  plural: 'Complaints',
  filterInput: inputs.ComplaintFilter,
  sortFields: ['receivedAt', 'number', 'status', 'severity', 'respondDueAt', 'resolveDueAt'],
  defaultSortOrder: SortOrder.DESC,
  searchFields: ['number', 'contactPhone', 'description'],
  ownFilters: ['statuses', 'overdue', 'responseOverdue', 'closed', 'late'],
  where: (f, ctx) => {
    const parts: FilterQuery<Complaint>[] = [];
    const now = ctx.now();
    if (f.statuses?.length) parts.push({ status: { $in: f.statuses } });
    if (f.overdue === true) parts.push(overdueWhere(now));
    if (f.overdue === false) parts.push({ $not: overdueWhere(now) } as FilterQuery<Complaint>);
    if (f.responseOverdue === true) parts.push(overdueWhere(now, 'response'));
    if (f.late !== undefined && f.late !== null) parts.push(f.late ? lateWhere(now) : ({ $not: lateWhere(now) } as FilterQuery<Complaint>));
    if (f.closed !== undefined) parts.push({ status: f.closed ? { $in: [ComplaintStatus.CLOSED, ComplaintStatus.CANCELLED] } : { $nin: [ComplaintStatus.CLOSED, ComplaintStatus.CANCELLED] } });
    return parts.length ? { $and: parts } : undefined;
  },
};

@Resolver(() => Complaint)
export class ComplaintResolver extends readResolver(COMPLAINT_CONFIG) {
  @Authorized('complaint:create')
  @Mutation(() => Complaint, { description: '投诉登记 File a complaint (deadlines counted from when the customer complained)' })
  createComplaint(@Arg('input') input: inputs.ComplaintCreateInput, @Ctx() ctx: Context): Promise<Complaint> {
    return createComplaint(ctx, input);
  }

  @Authorized('complaint:write')
  @Mutation(() => Complaint, { description: '指派负责人 Hand the complaint to an office user' })
  assignComplaint(@Arg('id', () => ID) id: string, @Arg('input') input: inputs.ComplaintAssignInput, @Ctx() ctx: Context): Promise<Complaint> {
    return assignComplaint(ctx, id, input);
  }

  @Authorized('complaint:write')
  @Mutation(() => Complaint, { description: '生成整改单 Open a rework order from the linked service order' })
  openComplaintRework(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Complaint> {
    return openComplaintRework(ctx, id);
  }

  @Authorized('complaint:read')
  @Query(() => ComplaintSummary, { description: '投诉月报 Complaints received in a month by category, station and product (your scope)' })
  complaintSummary(@Arg('month', { description: '2026-12' }) month: string, @Ctx() ctx: Context): Promise<ComplaintSummary> {
    return complaintSummary(ctx, month);
  }

  @FieldResolver(() => [ComplaintAction], { description: 'The steps the caller may take now' })
  allowedActions(@Root() c: Complaint, @Ctx() ctx: Context): ComplaintAction[] {
    return ctx.actor ? COMPLAINT_LIFECYCLE.allowedActions(ctx.actor, c) : [];
  }

  @FieldResolver(() => [ComplaintOperation], { description: 'The other operations the caller may use now' })
  allowedOperations(@Root() c: Complaint, @Ctx() ctx: Context): ComplaintOperation[] {
    return ctx.actor ? allowedComplaintOperations(ctx.actor, c) : [];
  }

  @FieldResolver(() => Boolean, { description: '响应超时 Responded at or after the deadline, or not yet and the deadline reached' })
  responseOverdue(@Root() c: Complaint, @Ctx() ctx: Context): boolean {
    return c.status !== ComplaintStatus.CANCELLED && responseOverdue(c, ctx.now());
  }

  @FieldResolver(() => Boolean, { description: '解决超时 Resolved at or after the deadline, or not yet and the deadline reached' })
  resolutionOverdue(@Root() c: Complaint, @Ctx() ctx: Context): boolean {
    return c.status !== ComplaintStatus.CANCELLED && resolutionOverdue(c, ctx.now());
  }

  @FieldResolver(() => Boolean, { description: '已关闭 Closed or cancelled' })
  closed(@Root() c: Complaint): boolean {
    return isComplaintClosed(c);
  }
}
fieldNeeds(Complaint, {
  allowedActions: ['status'],
  allowedOperations: ['status', 'serviceOrderId', 'reworkOrderId'],
  responseOverdue: ['status', 'respondDueAt', 'respondedAt'],
  resolutionOverdue: ['status', 'resolveDueAt', 'resolvedAt'],
  closed: ['status'],
});

export const ComplaintRelations = relationResolver(Complaint, {
  customer: ref(() => Customer, 'customer'),
  serviceOrder: ref(() => ServiceOrder, 'serviceOrder', { nullable: true, description: 'The order complained about (null when outside your scope)' }),
  station: ref(() => ServiceStation, 'station', { nullable: true }),
  product: ref(() => Product, 'product', { nullable: true }),
  reworkOrder: ref(() => ServiceOrder, 'reworkOrder', { nullable: true, description: '整改单 The rework order it opened' }),
  timeline: children(() => ComplaintEvent, 'document', { at: 'asc', id: 'asc' }, { description: 'The complaint’s timeline, oldest first' }),
});
export const ComplaintEventRelations = relationResolver(ComplaintEvent, { station: ref(() => ServiceStation, 'station', { nullable: true }) });
export const ComplaintEventFields = timelineResolver(ComplaintEvent);

export const ComplaintSteps = stepResolver(COMPLAINT_LIFECYCLE, Complaint, 'complaint:write', {
  [ComplaintAction.RESPOND]: step(inputs.ComplaintResponseInput, '响应 The first answer to the customer', respond),
  [ComplaintAction.RESOLVE]: step(inputs.ComplaintResolutionInput, '解决 Record how it was resolved', resolve),
  [ComplaintAction.CLOSE]: step(NoteInput, '关闭 Close a resolved complaint', close),
  [ComplaintAction.CANCEL]: step(ReasonInput, '取消 Cancel (filed by mistake), with a reason', cancel),
});
