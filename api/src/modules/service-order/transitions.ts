import { Field, ObjectType } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { AppError, ErrorCode, badInput, fieldError, forbidden, type FieldError } from '../../common/errors';
import { CodeKind } from '../code-table/code-kind';
import { Customer } from '../customer/customer.entity';
import { Part } from '../part/part.entity';
import { Product } from '../product/product.entity';
import { ServiceStation } from '../station/service-station.entity';
import { loadServiceRules } from '../settings/service-rules';
import { checkCode } from './codes';
import { computeFees } from './fees';
import { lockVisibleOrder } from './order-access';
import { OrderPart, OrderPartKind } from './order-part.entity';
import { OrderTechnician } from './order-technician.entity';
import { ServiceOrder } from './service-order.entity';
import { ServiceOrderAction as A, ServiceOrderStatus as S, TimelineAction } from './service-order.enums';
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
import { ACTION_LABELS, STATUS_LABELS, TRANSITIONS, actorMay, allowedActions, isClosed, stateAllows } from './state-machine';
import { appendEvent } from './timeline';
import { intake } from './intake';
import { auditedUpdate } from '../audit/bulk';

@ObjectType({ description: 'A caution the caller may override (e.g. a technician over their daily limit)' })
export class Warning {
  @Field({ description: 'Stable code, e.g. TECHNICIAN_OVERLOADED' })
  code!: string;

  @Field({ description: 'Chinese' })
  message!: string;

  @Field()
  messageEn!: string;
}

export interface StepResult {
  note?: string | null;
  warnings?: Warning[];
}

export function invalidTransition(order: ServiceOrder, action: A, allowed: A[]): AppError {
  const status = STATUS_LABELS[order.status];
  const verb = ACTION_LABELS[action];
  const zhAllowed = allowed.map((a) => ACTION_LABELS[a].zh).join('、') || '无';
  const enAllowed = allowed.map((a) => ACTION_LABELS[a].en).join(', ') || 'none';
  return new AppError(
    ErrorCode.INVALID_TRANSITION,
    {
      zh: `服务单 ${order.number} 当前状态为「${status.zh}」，不能执行「${verb.zh}」；可执行的操作：${zhAllowed}`,
      en: `Service order ${order.number} is ${status.en}: cannot ${verb.en}. Allowed now: ${enAllowed}`,
    },
    { status: order.status.toUpperCase(), action: action.toUpperCase(), allowedActions: allowed.map((a) => a.toUpperCase()) },
  );
}

/**
 * Every status change goes through here: lock the order, check the state and the caller, run
 * the step (which checks its own data), move to the target state and append to the timeline.
 */
export async function runTransition(
  ctx: Context,
  id: string,
  action: A,
  step: (order: ServiceOrder) => Promise<StepResult | void> | StepResult | void,
): Promise<{ order: ServiceOrder; warnings: Warning[] }> {
  const actor = ctx.actor!;
  const order = await lockVisibleOrder(ctx, id);
  if (!stateAllows(order, action)) throw invalidTransition(order, action, allowedActions(actor, order));
  if (!actorMay(actor, order, action)) throw forbidden(`serviceOrder:${action}`);
  const from = order.status;
  const result = (await step(order)) ?? {};
  order.status = TRANSITIONS[action].to;
  if (isClosed(order)) order.closedAt = new Date();
  const atStation = TRANSITIONS[action].station ? order.stationId : null;
  appendEvent(ctx.em, order, actor, action, {
    from,
    note: result.note,
    stationId: actor.stationId ?? atStation,
  });
  return { order, warnings: result.warnings ?? [] };
}

async function partsOf(ctx: Context, lines: PartQuantityInput[], field: string): Promise<Map<string, Part>> {
  const ids = [...new Set(lines.map((l) => l.partId))];
  const parts = await ctx.em.find(Part, { id: { $in: ids } });
  const missing = ids.filter((id) => !parts.some((p) => p.id === id && p.active));
  if (missing.length) throw badInput([fieldError(field, '包含不存在或已停用的配件', 'contains unknown or deactivated parts')]);
  return new Map(parts.map((p) => [p.id, p]));
}

async function addParts(ctx: Context, order: ServiceOrder, lines: PartQuantityInput[], kind: OrderPartKind, field: string) {
  const parts = await partsOf(ctx, lines, field);
  for (const line of lines) {
    const part = parts.get(line.partId)!;
    ctx.em.persist(ctx.em.create(OrderPart, { order, part, kind, quantity: line.quantity, unitPrice: part.salePrice }));
  }
  return lines.map((l) => `${parts.get(l.partId)!.name} × ${l.quantity}`).join('，');
}

export function rejectDispatch(ctx: Context, id: string, input: ReasonInput) {
  return runTransition(ctx, id, A.REJECT_DISPATCH, async (order) => {
    ctx.em.remove(await ctx.em.find(OrderTechnician, { order }));
    order.station = null;
    order.dispatchedAt = null;
    return { note: `拒单原因：${input.reason}` };
  });
}

export function startRepair(ctx: Context, id: string, input: NoteInput = {}) {
  return runTransition(ctx, id, A.START_REPAIR, (order) => {
    order.startedAt = new Date();
    return { note: input.note };
  });
}

export function awaitParts(ctx: Context, id: string, input: AwaitPartsInput) {
  return runTransition(ctx, id, A.AWAIT_PARTS, async (order) => {
    const list = await addParts(ctx, order, input.parts, OrderPartKind.AWAITED, 'parts');
    return { note: [`待件：${list}`, input.note].filter(Boolean).join('\n') };
  });
}

export function partsArrived(ctx: Context, id: string, input: NoteInput = {}) {
  return runTransition(ctx, id, A.PARTS_ARRIVED, async (order) => {
    await auditedUpdate(ctx.em, OrderPart, { order, kind: OrderPartKind.AWAITED, arrivedAt: null }, { arrivedAt: new Date() });
    return { note: input.note };
  });
}

/** 完工: the technician records what was wrong and what was done; fees follow from the fee table. */
export function complete(ctx: Context, id: string, input: CompleteInput) {
  return runTransition(ctx, id, A.COMPLETE, async (order) => {
    const product = await ctx.em.findOneOrFail(Product, order.productId);
    const checks: Array<[string, string | undefined, CodeKind]> = [
      ['symptomCodeId', input.symptomCodeId, CodeKind.FAULT_SYMPTOM],
      ['causeCodeId', input.causeCodeId, CodeKind.FAULT_CAUSE],
      ['locationCodeId', input.locationCodeId, CodeKind.FAULT_LOCATION],
      ['methodCodeId', input.methodCodeId, CodeKind.REPAIR_METHOD],
    ];
    const errors: FieldError[] = [];
    for (const [field, codeId, kind] of checks) {
      if (!codeId) continue;
      const problem = await checkCode(ctx.em, field, codeId, kind, product.categoryId);
      if (problem) errors.push(problem);
    }
    if (errors.length) throw badInput(errors);
    if (input.symptomCodeId) order.symptomCode = input.symptomCodeId as never;
    order.causeCode = input.causeCodeId as never;
    order.locationCode = (input.locationCodeId ?? null) as never;
    order.methodCode = input.methodCodeId as never;
    const used = input.parts?.length ? await addParts(ctx, order, input.parts, OrderPartKind.USED, 'parts') : '';
    order.completedAt = new Date();
    await ctx.em.flush();
    if (!order.feesOverridden) await computeFees(ctx.em, order, product, ctx.config.timeZone);
    return { note: [used && `用件：${used}`, input.note].filter(Boolean).join('\n') || null };
  });
}

export function sendToAgent(ctx: Context, id: string, input: SendToAgentInput) {
  return runTransition(ctx, id, A.SEND_TO_AGENT, async (order) => {
    const own = order.stationId ? await ctx.em.findOne(ServiceStation, order.stationId) : null;
    const agentId = input.agentStationId ?? own?.parentId;
    const agent = agentId ? await ctx.em.findOne(ServiceStation, agentId) : null;
    if (!agent || !agent.active) {
      throw badInput([fieldError('agentStationId', '必须指定（本站没有上级网点）', 'is required (the station has no network parent)')]);
    }
    order.agentStation = agent as never;
    order.logisticsNumber = input.logisticsNumber ?? null;
    return { note: [`寄往 ${agent.name}${input.logisticsNumber ? `，物流单号 ${input.logisticsNumber}` : ''}`, input.note].filter(Boolean).join('\n') };
  });
}

export function receiveFromAgent(ctx: Context, id: string, input: ReceiveFromAgentInput) {
  return runTransition(ctx, id, A.RECEIVE_FROM_AGENT, (order) => {
    if (input.logisticsNumber) order.logisticsNumber = input.logisticsNumber;
    // The agent did the repair: the work is done now.
    order.completedAt = new Date();
    return { note: input.note };
  });
}

export function returnToCustomer(ctx: Context, id: string, input: NoteInput = {}) {
  return runTransition(ctx, id, A.RETURN_TO_CUSTOMER, (order) => {
    order.returnedAt = new Date();
    return { note: input.note };
  });
}

export function cancel(ctx: Context, id: string, input: ReasonInput) {
  return runTransition(ctx, id, A.CANCEL, (order) => {
    order.cancelReason = input.reason;
    return { note: `取消原因：${input.reason}` };
  });
}

/** 回访: a score of the configured value or less opens a rework order (整改单) linked to this one. */
export async function recordReturnVisit(ctx: Context, id: string, input: ReturnVisitInput) {
  const rules = await loadServiceRules(ctx.em);
  let rework: ServiceOrder | undefined;
  const result = await runTransition(ctx, id, A.RECORD_RETURN_VISIT, async (order) => {
    order.returnVisitScore = input.score;
    order.returnVisitComment = input.comment ?? null;
    order.visitedAt = new Date();
    if (input.score <= rules.reworkScoreAtMost) rework = await createRework(ctx, order, input);
    return {
      note: [`评分 ${input.score}/5`, input.comment, rework && `已生成整改单 ${rework.number}`].filter(Boolean).join('\n'),
    };
  });
  return { ...result, rework };
}

async function createRework(ctx: Context, original: ServiceOrder, visit: ReturnVisitInput): Promise<ServiceOrder> {
  const customer = await ctx.em.findOneOrFail(Customer, original.customerId);
  const rework = await intake(
    {
      kind: original.kind,
      attribute: original.attribute,
      channel: original.channel,
      onSite: original.onSite,
      customerId: customer.id,
      contactName: original.contactName,
      contactPhone: original.contactPhone,
      address: original.address ?? undefined,
      regionId: original.regionId ?? undefined,
      productUnitId: original.productUnitId,
      reportedSymptom: `整改：回访评分 ${visit.score}${visit.comment ? `，${visit.comment}` : ''}（原单 ${original.number}）`,
      symptomCodeId: original.symptomCodeId ?? undefined,
      stationId: original.stationId ?? undefined,
    },
    { ...ctx, actor: { ...ctx.actor!, stationId: undefined, manufacturerId: undefined } },
  );
  rework.reworkOf = original as never;
  appendEvent(ctx.em, rework, ctx.actor!, TimelineAction.REWORK_CREATED, { note: `由 ${original.number} 的回访生成`, stationId: null });
  return rework;
}
