import { Arg, Authorized, Ctx, Field, FieldResolver, Float, ID, Mutation, ObjectType, Query, Resolver, Root, type ClassType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import type { Context } from '../../graphql/context';
import { readResolver, findVisible } from '../../graphql/crud';
import { fieldNeeds } from '../../graphql/read/plan';
import { children, ref, relationResolver, through } from '../../graphql/relations';
import { Code } from '../code-table/code.entity';
import { Part } from '../part/part.entity';
import { Customer } from '../customer/customer.entity';
import { Product } from '../product/product.entity';
import { ProductUnit } from '../product/product-unit.entity';
import { Region } from '../region/region.entity';
import { ServiceStation } from '../station/service-station.entity';
import { Technician } from '../station/technician.entity';
import { StationSuggestion, TechnicianSuggestion, dispatch, suggestStations, suggestTechnicians } from './dispatch';
import { intake } from './intake';
import { ORDER_CONFIG } from './order-access';
import { OrderPart } from './order-part.entity';
import { OrderTechnician } from './order-technician.entity';
import { ServiceOrder } from './service-order.entity';
import { ServiceOrderAction } from './service-order.enums';
import * as inputs from './service-order.inputs';
import { addNote, overrideFees, recordAppraisal, updateOrder } from './service-order.service';
import { ORDER_LIFECYCLE, SLA_RUNNING, isClosed } from './service-order.lifecycle';
import { customerPays, totalFee } from './fees';
import { OrderOperation, allowedOperations } from './order-operations';
import { TimelineEvent } from './timeline-event.entity';
import * as steps from './transitions';
import { Warning } from './transitions';
import { stepResolver } from '../../graphql/lifecycle-resolver';
import { timelineResolver } from '../../graphql/timeline';

@ObjectType({ description: 'The order after a lifecycle step, with any warnings' })
class TransitionResult {
  @Field(() => ServiceOrder)
  order!: ServiceOrder;

  @Field(() => [Warning])
  warnings!: Warning[];

  @Field(() => ServiceOrder, { nullable: true, description: 'The rework order an unsatisfied return visit created' })
  rework?: ServiceOrder | null;
}

@Resolver(() => ServiceOrder)
export class ServiceOrderResolver extends readResolver(ORDER_CONFIG) {
  @Authorized('serviceOrder:create')
  @Mutation(() => ServiceOrder, { description: '接件 Take a repair request' })
  createServiceOrder(@Arg('input') input: inputs.ServiceOrderCreateInput, @Ctx() ctx: Context): Promise<ServiceOrder> {
    return intake(ctx, input);
  }

  @Authorized('serviceOrder:write')
  @Mutation(() => ServiceOrder, { description: 'Correct intake details (until the repair starts)' })
  updateServiceOrder(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: inputs.ServiceOrderUpdateInput,
    @Ctx() ctx: Context,
  ): Promise<ServiceOrder> {
    return updateOrder(ctx, id, input);
  }

  @Authorized('serviceOrder:write')
  @Mutation(() => ServiceOrder, { description: '质量鉴定 Record the quality appraisal verdict' })
  recordServiceOrderAppraisal(@Arg('id', () => ID) id: string, @Arg('input') input: inputs.AppraisalInput, @Ctx() ctx: Context) {
    return recordAppraisal(ctx, id, input);
  }

  @Authorized('serviceOrder:read')
  @Mutation(() => ServiceOrder, { description: 'Set fees and payer by hand, with a reason (managers and finance reviewers; audited)' })
  overrideServiceOrderFees(@Arg('id', () => ID) id: string, @Arg('input') input: inputs.FeeOverrideInput, @Ctx() ctx: Context) {
    return overrideFees(ctx, id, input);
  }

  @Authorized('serviceOrder:write')
  @Mutation(() => ServiceOrder, { description: 'Add a note to the timeline (internal notes are hidden from partners and customers)' })
  addServiceOrderNote(
    @Arg('id', () => ID) id: string,
    @Arg('note') note: string,
    @Arg('internal', { defaultValue: false }) internal: boolean,
    @Ctx() ctx: Context,
  ) {
    return addNote(ctx, id, note.slice(0, 2000), internal);
  }

  @Authorized('serviceOrder:read')
  @Query(() => [TechnicianSuggestion], { description: '派工建议 Technicians ranked for an order on a day' })
  async technicianSuggestions(
    @Arg('orderId', () => ID) orderId: string,
    @Arg('stationId', () => ID, { nullable: true }) stationId: string | undefined,
    @Arg('date', () => LocalDateResolver, { nullable: true }) date: string | undefined,
    @Ctx() ctx: Context,
  ): Promise<TechnicianSuggestion[]> {
    const order = await findVisible(ServiceOrder, ctx, orderId);
    return suggestTechnicians(ctx, order, stationId ?? null, date);
  }

  @Authorized('serviceOrder:read')
  @Query(() => [StationSuggestion], { description: '网点建议 Repair stations ranked for an order’s region' })
  async stationSuggestions(@Arg('orderId', () => ID) orderId: string, @Ctx() ctx: Context): Promise<StationSuggestion[]> {
    return suggestStations(ctx, await findVisible(ServiceOrder, ctx, orderId));
  }

  @FieldResolver(() => [ServiceOrderAction], { description: 'The steps the caller may take now: the panel shows only these buttons' })
  allowedActions(@Root() order: ServiceOrder, @Ctx() ctx: Context): ServiceOrderAction[] {
    return ctx.actor ? ORDER_LIFECYCLE.allowedActions(ctx.actor, order) : [];
  }

  @FieldResolver(() => [OrderOperation], { description: 'The other operations the caller may use on the order now' })
  allowedOperations(@Root() order: ServiceOrder, @Ctx() ctx: Context): OrderOperation[] {
    return ctx.actor ? allowedOperations(ctx.actor, order) : [];
  }

  @FieldResolver(() => Boolean, { description: '超期 Past the SLA deadline and not yet done' })
  overdue(@Root() order: ServiceOrder): boolean {
    return SLA_RUNNING.includes(order.status) && order.slaDueAt < new Date();
  }

  @FieldResolver(() => Boolean, { description: '已关闭 In a final state (visited, cancelled, or a pre-sale order back from the agent): no step applies any more' })
  closed(@Root() order: ServiceOrder): boolean {
    return isClosed(order);
  }

  @FieldResolver(() => Float, { nullable: true, description: 'Labour + visit + parts' })
  totalFee(@Root() o: ServiceOrder): number | null {
    return totalFee(o);
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: '顾客应付 What the customer pays: the total when the payer is the customer, 0 when the manufacturer or the company pays, null before fees are set',
  })
  customerPays(@Root() o: ServiceOrder): number | null {
    return customerPays(o);
  }
}

const STEP_NEEDS = ['status', 'attribute', 'stationId'];
const FEES = ['labourFee', 'visitFee', 'partsFee'];
fieldNeeds(ServiceOrder, {
  allowedActions: STEP_NEEDS,
  allowedOperations: [...STEP_NEEDS, 'feesOverridden'],
  overdue: ['status', 'slaDueAt'],
  closed: ['status', 'attribute'],
  totalFee: FEES,
  customerPays: [...FEES, 'payer'],
});

const code = (fk: string, description: string) => ref(() => Code, fk, { nullable: true, description });
const byTime = { createdAt: 'asc', id: 'asc' } as const;
const technicians = through(() => OrderTechnician, 'order', 'technician', () => Technician, { lead: 'desc', id: 'asc' }, {
  description: 'Assigned technicians, the lead first',
});

export const ServiceOrderRelations = relationResolver(ServiceOrder, {
  customer: ref(() => Customer, 'customer'),
  productUnit: ref(() => ProductUnit, 'productUnit'),
  product: ref(() => Product, 'product'),
  region: ref(() => Region, 'region', { nullable: true }),
  station: ref(() => ServiceStation, 'station', { nullable: true }),
  agentStation: ref(() => ServiceStation, 'agentStation', { nullable: true }),
  symptomCode: code('symptomCode', '故障现象 Symptom code'),
  causeCode: code('causeCode', '故障原因 Cause code'),
  locationCode: code('locationCode', '故障部位 Location code'),
  methodCode: code('methodCode', '维修方法 Repair method code'),
  previousOrder: ref(() => ServiceOrder, 'previousOrder', { nullable: true, description: 'The earlier order a repeat repair follows (null when outside your scope)' }),
  reworkOf: ref(() => ServiceOrder, 'reworkOf', { nullable: true, description: 'The order whose return visit created this rework order (null when outside your scope)' }),
  reworkOrders: children(() => ServiceOrder, 'reworkOf', byTime, { description: '整改单 Rework orders created from this order’s return visit' }),
  timeline: children(() => TimelineEvent, 'order', { at: 'asc', id: 'asc' }, { description: '处理信息 The tracking timeline, oldest first' }),
  parts: children(() => OrderPart, 'order', byTime, { description: 'Parts used and awaited' }),
  technicians,
  technicianIds: { ...technicians, idsOnly: true, description: 'Ids of the assigned technicians, the lead first' },
});

export const TimelineEventRelations = relationResolver(TimelineEvent, {
  station: ref(() => ServiceStation, 'station', { nullable: true }),
});

export const OrderPartRelations = relationResolver(OrderPart, { part: ref(() => Part, 'part') });

export const TimelineEventFields = timelineResolver(TimelineEvent);

type Step = (ctx: Context, id: string, input: never) => Promise<unknown>;
const step = (input: ClassType, description: string, run: Step) => ({ input, description, run: run as never });

/** The lifecycle's steps as mutations, named and typed by the lifecycle table. */
export const ServiceOrderSteps = stepResolver(ORDER_LIFECYCLE, TransitionResult, 'serviceOrder:write', {
  [ServiceOrderAction.DISPATCH]: step(inputs.DispatchInput, '派工 Dispatch (or re-dispatch) to a station and technicians', dispatch),
  [ServiceOrderAction.REJECT_DISPATCH]: step(inputs.ReasonInput, '拒单 The station rejects the dispatch; back to dispatch with the reason', steps.rejectDispatch),
  [ServiceOrderAction.START_REPAIR]: step(inputs.NoteInput, '开始维修 Start the repair', steps.startRepair),
  [ServiceOrderAction.AWAIT_PARTS]: step(inputs.AwaitPartsInput, '待件 Wait for parts', steps.awaitParts),
  [ServiceOrderAction.PARTS_ARRIVED]: step(inputs.NoteInput, '到件 The awaited parts arrived (they become the parts used); the repair resumes', steps.partsArrived),
  [ServiceOrderAction.COMPLETE]: step(inputs.CompleteInput, '完工 Complete: cause and method codes required; fees are computed', steps.complete),
  [ServiceOrderAction.SEND_TO_AGENT]: step(inputs.SendToAgentInput, '返修出库 Send the unit to the agent or manufacturer', steps.sendToAgent),
  [ServiceOrderAction.RECEIVE_FROM_AGENT]: step(inputs.ReceiveFromAgentInput, '返修到货 Back from the agent (a pre-sale order closes here)', steps.receiveFromAgent),
  [ServiceOrderAction.RETURN_TO_CUSTOMER]: step(inputs.NoteInput, '交还顾客 Hand the unit back to the customer', steps.returnToCustomer),
  [ServiceOrderAction.RECORD_RETURN_VISIT]: step(inputs.ReturnVisitInput, '回访 Record the return visit; a low score creates a rework order', steps.recordReturnVisit),
  [ServiceOrderAction.CANCEL]: step(inputs.ReasonInput, '取消 Cancel an open order (a reason is required)', steps.cancel),
});
