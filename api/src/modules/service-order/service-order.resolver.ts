import { Arg, Authorized, Ctx, Field, FieldResolver, Float, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import type { Context } from '../../graphql/context';
import { readResolver, findVisible } from '../../graphql/crud';
import { registerTableName } from '../../common/errors';
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
import { ORDER_CONFIG, ORDER_LABEL, visibleOrders } from './order-access';
import { OrderPart } from './order-part.entity';
import { OrderTechnician } from './order-technician.entity';
import { ServiceOrder } from './service-order.entity';
import { ServiceOrderAction } from './service-order.enums';
import * as inputs from './service-order.inputs';
import { addNote, overrideFees, recordAppraisal, updateOrder } from './service-order.service';
import { SLA_RUNNING, allowedActions } from './state-machine';
import { OrderOperation, allowedOperations } from './order-operations';
import { TimelineEvent } from './timeline-event.entity';
import * as steps from './transitions';
import { Warning } from './transitions';

registerTableName('service_order', ORDER_LABEL);

@ObjectType({ description: 'The order after a lifecycle step, with any warnings' })
class TransitionResult {
  @Field(() => ServiceOrder)
  order!: ServiceOrder;

  @Field(() => [Warning])
  warnings!: Warning[];

  @Field(() => ServiceOrder, { nullable: true, description: 'The rework order an unsatisfied return visit created' })
  rework?: ServiceOrder | null;
}

const isPartner = (ctx: Context) => ctx.actor?.kind === 'partner';

/** 张三 -> 张*, 13812345678 -> 138****5678: partners see who, not how to reach them. */
function maskName(name: string): string {
  return name.length <= 1 ? '*' : name[0] + '*'.repeat(Math.min(name.length - 1, 3));
}
function maskPhone(phone: string): string {
  const d = phone.replace(/\D/g, '');
  return d.length >= 7 ? `${d.slice(0, 3)}****${d.slice(-4)}` : '****';
}

@Resolver(() => ServiceOrder)
export class ServiceOrderResolver extends readResolver(ORDER_CONFIG) {
  @Authorized('serviceOrder:create')
  @Mutation(() => ServiceOrder, { description: '接件 Take a repair request' })
  createServiceOrder(@Arg('input') input: inputs.ServiceOrderCreateInput, @Ctx() ctx: Context): Promise<ServiceOrder> {
    return intake(input, ctx);
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
  @Mutation(() => TransitionResult, { description: '派工 Dispatch (or re-dispatch) to a station and technicians' })
  dispatchServiceOrder(@Arg('id', () => ID) id: string, @Arg('input') input: inputs.DispatchInput, @Ctx() ctx: Context) {
    return dispatch(ctx, id, input);
  }

  @Authorized('serviceOrder:write')
  @Mutation(() => TransitionResult, { description: '拒单 The station rejects the dispatch; back to dispatch with the reason' })
  rejectServiceOrderDispatch(@Arg('id', () => ID) id: string, @Arg('input') input: inputs.ReasonInput, @Ctx() ctx: Context) {
    return steps.rejectDispatch(ctx, id, input);
  }

  @Authorized('serviceOrder:write')
  @Mutation(() => TransitionResult, { description: '开始维修 Start the repair' })
  startServiceOrderRepair(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => inputs.NoteInput, { nullable: true }) input: inputs.NoteInput | undefined,
    @Ctx() ctx: Context,
  ) {
    return steps.startRepair(ctx, id, input ?? {});
  }

  @Authorized('serviceOrder:write')
  @Mutation(() => TransitionResult, { description: '待件 Wait for parts' })
  awaitServiceOrderParts(@Arg('id', () => ID) id: string, @Arg('input') input: inputs.AwaitPartsInput, @Ctx() ctx: Context) {
    return steps.awaitParts(ctx, id, input);
  }

  @Authorized('serviceOrder:write')
  @Mutation(() => TransitionResult, { description: '到件 The awaited parts arrived; the repair resumes' })
  markServiceOrderPartsArrived(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => inputs.NoteInput, { nullable: true }) input: inputs.NoteInput | undefined,
    @Ctx() ctx: Context,
  ) {
    return steps.partsArrived(ctx, id, input ?? {});
  }

  @Authorized('serviceOrder:write')
  @Mutation(() => TransitionResult, { description: '完工 Complete: cause and method codes required; fees are computed' })
  completeServiceOrder(@Arg('id', () => ID) id: string, @Arg('input') input: inputs.CompleteInput, @Ctx() ctx: Context) {
    return steps.complete(ctx, id, input);
  }

  @Authorized('serviceOrder:write')
  @Mutation(() => TransitionResult, { description: '返修出库 Send the unit to the agent or manufacturer' })
  sendServiceOrderToAgent(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => inputs.SendToAgentInput, { nullable: true }) input: inputs.SendToAgentInput | undefined,
    @Ctx() ctx: Context,
  ) {
    return steps.sendToAgent(ctx, id, input ?? {});
  }

  @Authorized('serviceOrder:write')
  @Mutation(() => TransitionResult, { description: '返修到货 Back from the agent (a pre-sale order closes here)' })
  receiveServiceOrderFromAgent(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => inputs.ReceiveFromAgentInput, { nullable: true }) input: inputs.ReceiveFromAgentInput | undefined,
    @Ctx() ctx: Context,
  ) {
    return steps.receiveFromAgent(ctx, id, input ?? {});
  }

  @Authorized('serviceOrder:write')
  @Mutation(() => TransitionResult, { description: '交还顾客 Hand the unit back to the customer' })
  returnServiceOrderToCustomer(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => inputs.NoteInput, { nullable: true }) input: inputs.NoteInput | undefined,
    @Ctx() ctx: Context,
  ) {
    return steps.returnToCustomer(ctx, id, input ?? {});
  }

  @Authorized('serviceOrder:write')
  @Mutation(() => TransitionResult, { description: '回访 Record the return visit; a low score creates a rework order' })
  recordServiceOrderReturnVisit(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: inputs.ReturnVisitInput,
    @Ctx() ctx: Context,
  ) {
    return steps.recordReturnVisit(ctx, id, input);
  }

  @Authorized('serviceOrder:write')
  @Mutation(() => TransitionResult, { description: '取消 Cancel an open order (a reason is required)' })
  cancelServiceOrder(@Arg('id', () => ID) id: string, @Arg('input') input: inputs.ReasonInput, @Ctx() ctx: Context) {
    return steps.cancel(ctx, id, input);
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
    const order = await findVisible(ORDER_CONFIG, ctx, orderId);
    return suggestTechnicians(ctx, order, stationId ?? null, date);
  }

  @Authorized('serviceOrder:read')
  @Query(() => [StationSuggestion], { description: '网点建议 Repair stations ranked for an order’s region' })
  async stationSuggestions(@Arg('orderId', () => ID) orderId: string, @Ctx() ctx: Context): Promise<StationSuggestion[]> {
    return suggestStations(ctx, await findVisible(ORDER_CONFIG, ctx, orderId));
  }

  @FieldResolver(() => [ServiceOrderAction], { description: 'The steps the caller may take now: the panel shows only these buttons' })
  allowedActions(@Root() order: ServiceOrder, @Ctx() ctx: Context): ServiceOrderAction[] {
    return ctx.actor ? allowedActions(ctx.actor, order) : [];
  }

  @FieldResolver(() => [OrderOperation], { description: 'The other operations the caller may use on the order now' })
  allowedOperations(@Root() order: ServiceOrder, @Ctx() ctx: Context): OrderOperation[] {
    return ctx.actor ? allowedOperations(ctx.actor, order) : [];
  }

  @FieldResolver(() => [ServiceOrder], { description: '整改单 Rework orders created from this order’s return visit' })
  reworkOrders(@Root() order: ServiceOrder, @Ctx() ctx: Context): Promise<ServiceOrder[]> {
    return ctx.loaders.children(ServiceOrder, 'reworkOf', order.id, { createdAt: 'asc', id: 'asc' }).then((rows) => visibleOrders(ctx, rows));
  }

  @FieldResolver(() => Boolean, { description: '超期 Past the SLA deadline and not yet done' })
  overdue(@Root() order: ServiceOrder): boolean {
    return SLA_RUNNING.includes(order.status) && order.slaDueAt < new Date();
  }

  @FieldResolver(() => Float, { nullable: true, description: 'Labour + visit + parts' })
  totalFee(@Root() o: ServiceOrder): number | null {
    if (o.labourFee == null && o.visitFee == null && o.partsFee == null) return null;
    return Math.round(((o.labourFee ?? 0) + (o.visitFee ?? 0) + (o.partsFee ?? 0)) * 100) / 100;
  }

  @FieldResolver(() => String, { description: '联系人 Contact name (masked for partners)' })
  contactName(@Root() o: ServiceOrder, @Ctx() ctx: Context): string {
    return isPartner(ctx) ? maskName(o.contactName) : o.contactName;
  }

  @FieldResolver(() => String, { description: '联系电话 Contact phone (masked for partners)' })
  contactPhone(@Root() o: ServiceOrder, @Ctx() ctx: Context): string {
    return isPartner(ctx) ? maskPhone(o.contactPhone) : o.contactPhone;
  }

  @FieldResolver(() => String, { nullable: true, description: '地址 Address (hidden from partners)' })
  address(@Root() o: ServiceOrder, @Ctx() ctx: Context): string | null {
    return isPartner(ctx) ? null : (o.address ?? null);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Internal note (hidden from partners)' })
  internalNote(@Root() o: ServiceOrder, @Ctx() ctx: Context): string | null {
    return isPartner(ctx) ? null : (o.internalNote ?? null);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Token of the no-login tracking link (office only)' })
  trackingToken(@Root() o: ServiceOrder, @Ctx() ctx: Context): string | null {
    return isPartner(ctx) ? null : o.trackingToken;
  }

  @FieldResolver(() => [TimelineEvent], { description: '处理信息 The tracking timeline, oldest first' })
  async timeline(@Root() o: ServiceOrder, @Ctx() ctx: Context): Promise<TimelineEvent[]> {
    const events = await ctx.loaders.children(TimelineEvent, 'order', o.id, { at: 'asc', id: 'asc' });
    return isPartner(ctx) ? events.filter((e) => !e.internal) : events;
  }

  @FieldResolver(() => [ID])
  async technicianIds(@Root() o: ServiceOrder, @Ctx() ctx: Context): Promise<string[]> {
    const rows = await ctx.loaders.children(OrderTechnician, 'order', o.id, { lead: 'desc', id: 'asc' });
    return rows.map((r) => r.technician.id);
  }

  @FieldResolver(() => [Technician], { description: 'Assigned technicians, the lead first' })
  async technicians(@Root() o: ServiceOrder, @Ctx() ctx: Context): Promise<Technician[]> {
    return ctx.loaders.loadMany(Technician, await this.technicianIds(o, ctx));
  }

  @FieldResolver(() => [OrderPart], { description: 'Parts used and awaited' })
  parts(@Root() o: ServiceOrder, @Ctx() ctx: Context): Promise<OrderPart[]> {
    return ctx.loaders.children(OrderPart, 'order', o.id, { createdAt: 'asc', id: 'asc' });
  }

  @FieldResolver(() => Customer)
  customer(@Root() o: ServiceOrder, @Ctx() ctx: Context) {
    return ctx.loaders.load(Customer, o.customerId);
  }

  @FieldResolver(() => ProductUnit)
  productUnit(@Root() o: ServiceOrder, @Ctx() ctx: Context) {
    return ctx.loaders.load(ProductUnit, o.productUnitId);
  }

  @FieldResolver(() => Product)
  product(@Root() o: ServiceOrder, @Ctx() ctx: Context) {
    return ctx.loaders.load(Product, o.productId);
  }

  @FieldResolver(() => Region, { nullable: true })
  region(@Root() o: ServiceOrder, @Ctx() ctx: Context) {
    return ctx.loaders.load(Region, o.regionId);
  }

  @FieldResolver(() => ServiceStation, { nullable: true })
  station(@Root() o: ServiceOrder, @Ctx() ctx: Context) {
    return ctx.loaders.load(ServiceStation, o.stationId);
  }

  @FieldResolver(() => ServiceStation, { nullable: true })
  agentStation(@Root() o: ServiceOrder, @Ctx() ctx: Context) {
    return ctx.loaders.load(ServiceStation, o.agentStationId);
  }

  @FieldResolver(() => Code, { nullable: true })
  symptomCode(@Root() o: ServiceOrder, @Ctx() ctx: Context) {
    return ctx.loaders.load(Code, o.symptomCodeId);
  }

  @FieldResolver(() => Code, { nullable: true })
  causeCode(@Root() o: ServiceOrder, @Ctx() ctx: Context) {
    return ctx.loaders.load(Code, o.causeCodeId);
  }

  @FieldResolver(() => Code, { nullable: true })
  locationCode(@Root() o: ServiceOrder, @Ctx() ctx: Context) {
    return ctx.loaders.load(Code, o.locationCodeId);
  }

  @FieldResolver(() => Code, { nullable: true })
  methodCode(@Root() o: ServiceOrder, @Ctx() ctx: Context) {
    return ctx.loaders.load(Code, o.methodCodeId);
  }

  @FieldResolver(() => ServiceOrder, { nullable: true })
  previousOrder(@Root() o: ServiceOrder, @Ctx() ctx: Context) {
    return ctx.loaders.load(ServiceOrder, o.previousOrderId);
  }

  @FieldResolver(() => ServiceOrder, { nullable: true })
  reworkOf(@Root() o: ServiceOrder, @Ctx() ctx: Context) {
    return ctx.loaders.load(ServiceOrder, o.reworkOfId);
  }
}

@Resolver(() => TimelineEvent)
export class TimelineEventResolver {
  @FieldResolver(() => ServiceStation, { nullable: true })
  station(@Root() e: TimelineEvent, @Ctx() ctx: Context) {
    return ctx.loaders.load(ServiceStation, e.stationId);
  }

  @FieldResolver(() => String, { nullable: true, description: '操作人 (hidden from partners)' })
  actorLabel(@Root() e: TimelineEvent, @Ctx() ctx: Context): string | null {
    return isPartner(ctx) ? null : e.actorLabel;
  }
}

@Resolver(() => OrderPart)
export class OrderPartResolver {
  @FieldResolver(() => Part)
  part(@Root() line: OrderPart, @Ctx() ctx: Context) {
    return ctx.loaders.load(Part, line.partId);
  }
}
