import type { FilterQuery } from '@mikro-orm/core';
import type { ServiceContext } from '../../common/service-context';
import type { TimelineLine } from '../../common/lifecycle/lifecycle';
import { badInput, fieldError, forbidden, type FieldError } from '../../common/errors';
import { withinScope } from '../../common/access/policy';
import { lockInScope } from '../../common/access/scoped';
import { startOfDayIn, addDaysTo } from '../../common/dates';
import { attributeToPartner } from '../../graphql/crud';
import { Code } from '../code-table/code.entity';
import { CodeKind } from '../code-table/code-kind';
import { Product } from '../product/product.entity';
import { ServiceOrder } from '../service-order/service-order.entity';
import type { NoteInput, ReasonInput } from '../service-order/service-order.inputs';
import { recordStockEvent } from '../stock/documents/document-events';
import { businessYear } from '../stock/documents/document-service';
import { nextDocumentNumber } from '../stock/documents/document-number';
import { QualityFeedback, QualityFeedbackEvent, QualityFeedbackOrder } from './quality-feedback.entity';
import { QualityFeedbackAction as A, QualityFeedbackEventAction, QualityFeedbackStatus as S } from './quality-feedback.enums';
import type { FaultSelectionInput, QualityConfirmInput, QualityFeedbackCreateInput, QualityLinkInput } from './quality-feedback.inputs';
import { QUALITY_LIFECYCLE } from './quality-feedback.lifecycle';

const MAX_ORDERS = 200;

/** The orders of a fault Pareto bar: the product's, with that symptom, received in the period, in the caller's scope. */
async function faultOrders(sc: ServiceContext, productId: string, f: FaultSelectionInput): Promise<ServiceOrder[]> {
  const tz = sc.config.timeZone;
  const where: FilterQuery<ServiceOrder> = {
    product: productId,
    symptomCode: f.symptomCodeId,
    createdAt: { $gte: startOfDayIn(f.from, tz), $lt: startOfDayIn(addDaysTo(f.to, 1), tz) },
  };
  return sc.em.find(ServiceOrder, withinScope(ServiceOrder, sc.actor, where), { orderBy: { createdAt: 'asc', id: 'asc' }, limit: MAX_ORDERS });
}

/** Orders by id, each in the caller's scope and of the feedback's product. */
async function ordersToLink(sc: ServiceContext, productId: string, ids: readonly string[], errors: FieldError[]): Promise<ServiceOrder[]> {
  const unique = [...new Set(ids)];
  const found = await sc.em.find(ServiceOrder, withinScope(ServiceOrder, sc.actor, { id: { $in: unique } }));
  const byId = new Map(found.map((o) => [o.id, o]));
  unique.forEach((id, i) => {
    const o = byId.get(id);
    if (!o) errors.push(fieldError(`serviceOrderIds.${i}`, '不存在', 'does not exist'));
    else if (o.productId !== productId) errors.push(fieldError(`serviceOrderIds.${i}`, `${o.number} 不是该产品的服务单`, `${o.number} is not an order of this product`));
  });
  return found;
}

async function link(sc: ServiceContext, q: QualityFeedback, orders: ServiceOrder[]): Promise<ServiceOrder[]> {
  const existing = new Set((await sc.em.find(QualityFeedbackOrder, { feedback: q })).map((l) => l.serviceOrder.id));
  const added = orders.filter((o) => !existing.has(o.id));
  if (existing.size + added.length > MAX_ORDERS) throw badInput([fieldError('serviceOrderIds', `最多关联 ${MAX_ORDERS} 张服务单`, `at most ${MAX_ORDERS} orders`)]);
  for (const o of added) sc.em.persist(sc.em.create(QualityFeedbackOrder, { feedback: q, serviceOrder: o, createdAt: sc.now() } as never));
  q.orderCount = existing.size + added.length;
  return added;
}

/** 质量反馈提报: a pattern on a product, with its orders (given, or a fault Pareto bar's), numbered QF-. */
export async function createQualityFeedback(sc: ServiceContext, input: QualityFeedbackCreateInput): Promise<QualityFeedback> {
  const actor = sc.actor!;
  // A manufacturer's key confirms patterns the company found; it does not file them.
  if (actor.manufacturerId) throw forbidden('qualityFeedback:create');
  const errors: FieldError[] = [];
  const product = await sc.em.findOne(Product, withinScope(Product, actor, { id: input.productId }));
  if (!product) throw badInput([fieldError('productId', '不存在', 'does not exist')]);
  const codeId = input.symptomCodeId ?? input.fromFault?.symptomCodeId;
  const code = codeId ? await sc.em.findOne(Code, codeId) : null;
  if (codeId && (!code || code.kind !== CodeKind.FAULT_SYMPTOM)) errors.push(fieldError('symptomCodeId', '不是不良现象代码', 'is not a fault symptom code'));
  if (input.fromFault && input.fromFault.from > input.fromFault.to) errors.push(fieldError('fromFault.to', '不能早于开始日期', 'cannot be before the first day'));
  const orders = input.serviceOrderIds?.length ? await ordersToLink(sc, product.id, input.serviceOrderIds, errors) : [];
  if (errors.length) throw badInput(errors);
  if (input.fromFault) orders.push(...(await faultOrders(sc, product.id, input.fromFault)));

  const q = sc.em.create(QualityFeedback, {
    number: await nextDocumentNumber(sc.em, 'quality_feedback', businessYear(sc)),
    status: S.APPLIED,
    product,
    manufacturer: product.manufacturerId,
    symptomCode: code,
    title: input.title.trim(),
    description: input.description.trim(),
    station: actor.stationId ?? null,
    createdAt: sc.now(),
    updatedAt: sc.now(),
  } as never);
  attributeToPartner(sc as never, q);
  sc.em.persist(q);
  const linked = await link(sc, q, orders);
  const lines: TimelineLine[] = [{ t: 'quality.filed', p: { product: `${product.name} ${product.modelNumber}`, title: q.title }, public: true }];
  if (code) lines.push({ t: 'quality.symptom', p: { code: `${code.code} ${code.name}` }, public: true });
  if (linked.length) lines.push({ t: 'quality.linked', p: { orders: linked.map((o) => o.number) } });
  if (input.fromFault) lines.push({ t: 'quality.fromPareto', p: { from: input.fromFault.from, to: input.fromFault.to }, d: { from: 'day', to: 'day' } });
  await recordStockEvent(sc, QualityFeedbackEvent, q, { action: QualityFeedbackEventAction.CREATE, lines });
  return q;
}

/** More orders showing the pattern, until it is approved. */
export async function linkQualityOrders(sc: ServiceContext, id: string, input: QualityLinkInput): Promise<QualityFeedback> {
  const q = await lockInScope(sc, QualityFeedback, id);
  if (![S.APPLIED, S.REVIEWED].includes(q.status)) throw badInput([fieldError('status', '审批后不能再关联服务单', 'no more orders once approved')]);
  const errors: FieldError[] = [];
  const orders = await ordersToLink(sc, q.productId, input.serviceOrderIds, errors);
  if (errors.length) throw badInput(errors);
  const added = await link(sc, q, orders);
  if (added.length) await recordStockEvent(sc, QualityFeedbackEvent, q, { action: QualityFeedbackEventAction.LINK, from: q.status, lines: [{ t: 'quality.linked', p: { orders: added.map((o) => o.number) } }] });
  return q;
}

type Apply = Parameters<typeof QUALITY_LIFECYCLE.run>[3];
async function runStep(sc: ServiceContext, id: string, action: A, apply: Apply): Promise<QualityFeedback> {
  return (await QUALITY_LIFECYCLE.run(sc, id, action, apply)).doc;
}

export function review(sc: ServiceContext, id: string, input: NoteInput = {}) {
  return runStep(sc, id, A.REVIEW, (q) => {
    q.reviewedAt = sc.now();
    q.reviewNote = input.note?.trim() || null;
    return {};
  });
}

export function approve(sc: ServiceContext, id: string, input: NoteInput = {}) {
  return runStep(sc, id, A.APPROVE, (q) => {
    q.approvedAt = sc.now();
    return { lines: [{ t: 'quality.sentToMaker', public: true }], note: input.note };
  });
}

export function confirm(sc: ServiceContext, id: string, input: QualityConfirmInput) {
  return runStep(sc, id, A.CONFIRM, (q) => {
    q.confirmedAt = sc.now();
    q.manufacturerResponse = input.response.trim();
    return { lines: [{ t: 'quality.confirmed', p: { response: q.manufacturerResponse }, public: true }] };
  });
}

export function close(sc: ServiceContext, id: string, input: NoteInput = {}) {
  return runStep(sc, id, A.CLOSE, () => ({ note: input.note }));
}

export function reject(sc: ServiceContext, id: string, input: ReasonInput) {
  return runStep(sc, id, A.REJECT, (q) => {
    q.rejectReason = input.reason.trim();
    return { lines: [{ t: 'quality.rejected', p: { reason: q.rejectReason }, public: true }] };
  });
}
