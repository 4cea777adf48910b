import { Field, ObjectType } from 'type-graphql';
import type { ServiceContext } from '../../common/service-context';
import type { TimelineLine } from '../../common/lifecycle/lifecycle';
import { badInput, fieldError, type FieldError } from '../../common/errors';
import { auditedUpdate } from '../audit/bulk';
import { CodeKind } from '../code-table/code-kind';
import { Part } from '../part/part.entity';
import { Product } from '../product/product.entity';
import { ProductUnit } from '../product/product-unit.entity';
import { extendWarranty } from '../product/warranty';
import { WarrantyExtensionReason } from '../product/warranty-extension.entity';
import { ServiceStation } from '../station/service-station.entity';
import { loadServiceRules } from '../settings/service-rules';
import { checkCode } from './codes';
import { computeFees } from './fees';
import { openRework } from './intake';
import { OrderPart, OrderPartKind } from './order-part.entity';
import { OrderTechnician } from './order-technician.entity';
import type { ServiceOrder } from './service-order.entity';
import { ServiceOrderAction as A, TimelineAction } from './service-order.enums';
import type {
  AwaitPartsInput,
  CompleteInput,
  NoteInput,
  PartQuantityInput,
  ReasonInput,
  ReceiveFromAgentInput,
  ReturnVisitInput,
  SendToAgentInput,
} from './service-order.inputs';
import { ORDER_LIFECYCLE } from './service-order.lifecycle';
import { recordEvent } from './timeline';
import { issueOrderParts, returnOrderParts } from '../stock/order-parts/order-stock';

@ObjectType({ description: 'A caution the caller may override (e.g. a technician over their daily limit)' })
export class Warning {
  @Field({ description: 'Stable code, e.g. TECHNICIAN_OVERLOADED' })
  code!: string;

  @Field({ description: 'Chinese' })
  message!: string;

  @Field()
  messageEn!: string;
}

/** A step of the order's lifecycle as the caller: the lifecycle engine locks, checks, moves and records it. */
export async function runStep(
  sc: ServiceContext,
  id: string,
  action: A,
  apply: Parameters<typeof ORDER_LIFECYCLE.run<Warning>>[3],
): Promise<{ order: ServiceOrder; warnings: Warning[] }> {
  const { doc, warnings } = await ORDER_LIFECYCLE.run<Warning>(sc, id, action, apply);
  return { order: doc, warnings };
}

async function partsOf(sc: ServiceContext, lines: PartQuantityInput[], field: string): Promise<Map<string, Part>> {
  const ids = [...new Set(lines.map((l) => l.partId))];
  const parts = await sc.em.find(Part, { id: { $in: ids } });
  const missing = ids.filter((id) => !parts.some((p) => p.id === id && p.active));
  if (missing.length) throw badInput([fieldError(field, '包含不存在或已停用的配件', 'contains unknown or deactivated parts')]);
  return new Map(parts.map((p) => [p.id, p]));
}

/** The lines as `冷媒 R32 × 2`: part names are data, the same in both languages. */
async function addParts(sc: ServiceContext, order: ServiceOrder, lines: PartQuantityInput[], kind: OrderPartKind, field: string): Promise<string[]> {
  const parts = await partsOf(sc, lines, field);
  for (const line of lines) {
    const part = parts.get(line.partId)!;
    sc.em.persist(sc.em.create(OrderPart, { order, part, kind, quantity: line.quantity, unitPrice: part.salePrice, createdAt: sc.now() }));
  }
  return lines.map((l) => `${parts.get(l.partId)!.name} × ${l.quantity}`);
}

export function rejectDispatch(sc: ServiceContext, id: string, input: ReasonInput) {
  return runStep(sc, id, A.REJECT_DISPATCH, async (order) => {
    sc.em.remove(await sc.em.find(OrderTechnician, { order }));
    order.station = null;
    order.dispatchedAt = null;
    return { lines: [{ t: 'order.rejectReason', p: { reason: input.reason } }] };
  });
}

export function startRepair(sc: ServiceContext, id: string, input: NoteInput = {}) {
  return runStep(sc, id, A.START_REPAIR, (order) => {
    order.startedAt = sc.now();
    return { note: input.note };
  });
}

export function awaitParts(sc: ServiceContext, id: string, input: AwaitPartsInput) {
  return runStep(sc, id, A.AWAIT_PARTS, async (order) => {
    const parts = await addParts(sc, order, input.parts, OrderPartKind.AWAITED, 'parts');
    return { lines: [{ t: 'order.awaitedParts', p: { parts } }], note: input.note };
  });
}

/**
 * The awaited parts are here: they are the parts the repair uses (and the parts fee counts). Lines
 * a purchase order or transfer already brought (and issued) keep their arrival; the others are
 * issued from the station's warehouse now.
 */
export function partsArrived(sc: ServiceContext, id: string, input: NoteInput = {}) {
  return runStep(sc, id, A.PARTS_ARRIVED, async (order) => {
    // One audited change per line: those not brought yet arrive now, the others keep their arrival.
    await auditedUpdate(sc.em, OrderPart, { order, kind: OrderPartKind.AWAITED, arrivedAt: null }, { arrivedAt: sc.now(), kind: OrderPartKind.USED });
    await auditedUpdate(sc.em, OrderPart, { order, kind: OrderPartKind.AWAITED }, { kind: OrderPartKind.USED });
    await issueOrderParts(sc, order, { fromHoldings: false });
    return { note: input.note };
  });
}

/** 完工: the technician records what was wrong and what was done; fees follow from the fee table. */
export function complete(sc: ServiceContext, id: string, input: CompleteInput) {
  return runStep(sc, id, A.COMPLETE, async (order) => {
    const product = await sc.em.findOneOrFail(Product, order.productId);
    const checks: Array<[string, string | undefined, CodeKind]> = [
      ['symptomCodeId', input.symptomCodeId, CodeKind.FAULT_SYMPTOM],
      ['causeCodeId', input.causeCodeId, CodeKind.FAULT_CAUSE],
      ['locationCodeId', input.locationCodeId, CodeKind.FAULT_LOCATION],
      ['methodCodeId', input.methodCodeId, CodeKind.REPAIR_METHOD],
    ];
    const errors: FieldError[] = [];
    for (const [field, codeId, kind] of checks) {
      if (!codeId) continue;
      const problem = await checkCode(sc.em, field, codeId, kind, product.categoryId);
      if (problem) errors.push(problem);
    }
    if (errors.length) throw badInput(errors);
    if (input.symptomCodeId) order.symptomCode = input.symptomCodeId as never;
    order.causeCode = input.causeCodeId as never;
    order.locationCode = (input.locationCodeId ?? null) as never;
    order.methodCode = input.methodCodeId as never;
    const used = input.parts?.length ? await addParts(sc, order, input.parts, OrderPartKind.USED, 'parts') : [];
    order.completedAt = sc.now();
    await sc.em.flush();
    if (!order.feesOverridden) await computeFees(sc.em, order, product, sc.config.timeZone);
    // Consumption posts now: from what the technicians hold on requisitions, else the station's warehouse.
    await issueOrderParts(sc, order, { fromHoldings: true });
    return { lines: used.length ? [{ t: 'order.usedParts', p: { parts: used } }] : [], note: input.note };
  });
}

export function sendToAgent(sc: ServiceContext, id: string, input: SendToAgentInput) {
  return runStep(sc, id, A.SEND_TO_AGENT, async (order) => {
    const own = order.stationId ? await sc.em.findOne(ServiceStation, order.stationId) : null;
    const agentId = input.agentStationId ?? own?.parentId;
    const agent = agentId ? await sc.em.findOne(ServiceStation, agentId) : null;
    if (!agent || !agent.active) {
      throw badInput([fieldError('agentStationId', '必须指定（本站没有上级网点）', 'is required (the station has no network parent)')]);
    }
    order.agentStation = agent as never;
    order.logisticsNumber = input.logisticsNumber ?? null;
    const lines: TimelineLine[] = [{ t: 'order.sentTo', p: { station: agent.name }, public: true }];
    if (input.logisticsNumber) lines.push({ t: 'order.logistics', p: { number: input.logisticsNumber }, public: true });
    return { lines, note: input.note };
  });
}

export function receiveFromAgent(sc: ServiceContext, id: string, input: ReceiveFromAgentInput) {
  return runStep(sc, id, A.RECEIVE_FROM_AGENT, (order) => {
    if (input.logisticsNumber) order.logisticsNumber = input.logisticsNumber;
    // The agent did the repair: the work is done now.
    order.completedAt = sc.now();
    return { lines: input.logisticsNumber ? [{ t: 'order.logistics', p: { number: input.logisticsNumber }, public: true }] : [], note: input.note };
  });
}

/** 交还顾客: an in-warranty repair's days (intake to hand-back) do not count against the unit's warranty (三包). */
export function returnToCustomer(sc: ServiceContext, id: string, input: NoteInput = {}) {
  return runStep(sc, id, A.RETURN_TO_CUSTOMER, async (order) => {
    order.returnedAt = sc.now();
    const lines: TimelineLine[] = [];
    if (order.inWarranty) {
      const unit = await sc.em.findOneOrFail(ProductUnit, order.productUnitId);
      const extended = await extendWarranty(sc, unit, {
        reason: WarrantyExtensionReason.REPAIR,
        from: order.createdAt,
        serviceOrderId: order.id,
        documentNumber: order.number,
      });
      if (extended) lines.push({ t: 'order.warrantyExtended', p: { days: extended.days, until: extended.endsAfter ?? '' }, d: { until: 'day' }, public: true });
    }
    return { lines, note: input.note };
  });
}

/** Cancelling returns what the order took from stock (parts issued when they arrived). */
export function cancel(sc: ServiceContext, id: string, input: ReasonInput) {
  return runStep(sc, id, A.CANCEL, async (order) => {
    order.cancelReason = input.reason;
    const back = await returnOrderParts(sc, order);
    const lines: TimelineLine[] = [{ t: 'order.cancelReason', p: { reason: input.reason } }];
    if (back.length) lines.push({ t: 'order.partsReturned', p: { parts: back } });
    return { lines };
  });
}

/** 回访: a score of the configured value or less opens a rework order (整改单) linked to this one. */
export async function recordReturnVisit(sc: ServiceContext, id: string, input: ReturnVisitInput) {
  const rules = await loadServiceRules(sc.em);
  let rework: ServiceOrder | undefined;
  const result = await runStep(sc, id, A.RECORD_RETURN_VISIT, async (order) => {
    order.returnVisitScore = input.score;
    order.returnVisitComment = input.comment ?? null;
    order.visitedAt = sc.now();
    if (input.score <= rules.reworkScoreAtMost) {
      rework = await openRework(sc, order, `整改：回访评分 ${input.score}${input.comment ? `，${input.comment}` : ''}（原单 ${order.number}）`);
      await recordEvent(sc, rework, TimelineAction.REWORK_CREATED, { lines: [{ t: 'order.reworkFrom', p: { number: order.number } }], stationId: null });
    }
    const lines: TimelineLine[] = [{ t: 'order.score', p: { score: input.score } }];
    if (input.comment) lines.push({ t: 'order.comment', p: { comment: input.comment } });
    if (rework) lines.push({ t: 'order.reworkCreated', p: { number: rework.number } });
    return { lines };
  });
  return { ...result, rework };
}

/** When an appointment is set, the timeline says it (in the reader's language and the business time zone). */
export function appointmentLine(order: Pick<ServiceOrder, 'appointmentStart' | 'appointmentEnd'>): TimelineLine[] {
  if (!order.appointmentStart) return [];
  const end = order.appointmentEnd?.toISOString() ?? '';
  return [{ t: 'order.appointment', p: { start: order.appointmentStart.toISOString(), end }, d: { start: 'moment', end: 'moment' }, public: true }];
}
