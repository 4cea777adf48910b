import type { FilterQuery } from '@mikro-orm/core';
import { raw } from '@mikro-orm/postgresql';
import type { ServiceContext } from '../../common/service-context';
import type { TimelineLine } from '../../common/lifecycle/lifecycle';
import { badInput, fieldError, forbidden, type FieldError } from '../../common/errors';
import { lockInScope } from '../../common/access/scoped';
import { withinScope } from '../../common/access/policy';
import { hasRole } from '../../common/access/actors';
import { attributeToPartner } from '../../graphql/crud';
import type { Actor } from '../auth/actor';
import { Role } from '../auth/role';
import { User } from '../auth/user.entity';
import { Customer } from '../customer/customer.entity';
import { Product } from '../product/product.entity';
import { ServiceOrder } from '../service-order/service-order.entity';
import { OrderChannel } from '../service-order/service-order.enums';
import { openRework } from '../service-order/intake';
import { recordEvent } from '../service-order/timeline';
import { TimelineAction } from '../service-order/service-order.enums';
import { ServiceStation } from '../station/service-station.entity';
import { loadAfterSalesRules } from '../settings/after-sales-rules';
import { recordStockEvent } from '../stock/documents/document-events';
import { businessYear } from '../stock/documents/document-service';
import { nextDocumentNumber } from '../stock/documents/document-number';
import { Complaint, ComplaintEvent } from './complaint.entity';
import { ComplaintAction as A, ComplaintEventAction, ComplaintOperation, ComplaintStatus as S } from './complaint.enums';
import type { ComplaintAssignInput, ComplaintCreateInput, ComplaintResolutionInput, ComplaintResponseInput } from './complaint.inputs';
import { COMPLAINT_LIFECYCLE, isComplaintClosed } from './complaint.lifecycle';
import { complaintDeadlines } from './deadlines';
import type { NoteInput, ReasonInput } from '../service-order/service-order.inputs';

const OFFICE_OWNERS = [Role.DISPATCHER, Role.OPERATIONS_REVIEWER, Role.MANAGER, Role.ADMIN];

async function ownerFor(sc: ServiceContext, ownerId: string, field: string, errors: FieldError[]): Promise<User | null> {
  const user = await sc.em.findOne(User, ownerId);
  if (!user || !user.active || user.stationId || !user.roles.some((r) => OFFICE_OWNERS.includes(r))) {
    errors.push(fieldError(field, '不是可处理投诉的在职总部用户', 'is not an active office user who handles complaints'));
    return null;
  }
  return user;
}

/**
 * 投诉登记: customer (or the linked order's), station and product from the order, deadlines from
 * the after-sales rules counted from when the customer complained, numbered CP-. Office staff
 * filing it own it unless they name someone else.
 */
export async function createComplaint(sc: ServiceContext, input: ComplaintCreateInput): Promise<Complaint> {
  const actor = sc.actor!;
  const em = sc.em;
  const errors: FieldError[] = [];
  const now = sc.now();
  const order = input.serviceOrderId ? await em.findOne(ServiceOrder, withinScope(ServiceOrder, actor, { id: input.serviceOrderId })) : null;
  if (input.serviceOrderId && !order) errors.push(fieldError('serviceOrderId', '不存在', 'does not exist'));
  if (order && input.customerId && input.customerId !== order.customerId) errors.push(fieldError('customerId', '与服务单的客户不一致', 'is not the service order’s customer'));
  const customerId = input.customerId ?? order?.customerId;
  const customer = customerId ? await em.findOne(Customer, withinScope(Customer, actor, { id: customerId })) : null;
  if (!customerId) errors.push(fieldError('customerId', '或服务单必须填写', 'or a service order is required'));
  else if (!customer) errors.push(fieldError('customerId', '不存在', 'does not exist'));
  const stationId = order?.stationId ?? input.stationId ?? null;
  if (!order && input.stationId && !(await em.count(ServiceStation, { id: input.stationId }))) errors.push(fieldError('stationId', '不存在', 'does not exist'));
  const productId = order?.productId ?? input.productId ?? null;
  if (!order && input.productId && !(await em.count(Product, withinScope(Product, actor, { id: input.productId })))) errors.push(fieldError('productId', '不存在', 'does not exist'));
  const receivedAt = input.receivedAt ?? now;
  if (receivedAt.getTime() > now.getTime()) errors.push(fieldError('receivedAt', '不能晚于现在', 'cannot be in the future'));
  const contactPhone = input.contactPhone?.trim() || customer?.mobile || customer?.phones[0] || order?.contactPhone;
  if (customer && !contactPhone) errors.push(fieldError('contactPhone', '必须填写', 'is required'));
  let owner: User | null = null;
  if (input.ownerId) owner = await ownerFor(sc, input.ownerId, 'ownerId', errors);
  else if (actor.kind === 'user' && !actor.stationId && hasRole(actor, ...OFFICE_OWNERS)) owner = await em.findOne(User, actor.id);
  if (errors.length) throw badInput(errors);

  const rules = await loadAfterSalesRules(em);
  const due = complaintDeadlines(receivedAt, rules, sc.config.timeZone);
  const complaint = em.create(Complaint, {
    number: await nextDocumentNumber(em, 'complaint', businessYear(sc)),
    channel: input.channel ?? (actor.kind === 'partner' ? OrderChannel.PARTNER_API : OrderChannel.PHONE),
    status: S.OPEN,
    customer: customer!,
    contactPhone: contactPhone!,
    serviceOrder: order,
    station: stationId,
    product: productId,
    category: input.category,
    severity: input.severity,
    description: input.description.trim(),
    owner,
    ownerName: owner?.displayName ?? null,
    receivedAt,
    ...due,
    createdAt: now,
    updatedAt: now,
  } as never);
  attributeToPartner(sc as never, complaint);
  em.persist(complaint);
  const lines: TimelineLine[] = [
    { t: 'complaint.filed', p: { category: input.category, severity: input.severity }, e: { category: 'ComplaintCategory', severity: 'ComplaintSeverity' }, public: true },
    { t: 'complaint.deadlines', p: { respond: due.respondDueAt.toISOString(), resolve: due.resolveDueAt.toISOString() }, d: { respond: 'moment', resolve: 'moment' }, public: true },
  ];
  if (order) lines.push({ t: 'complaint.order', p: { number: order.number }, public: true });
  if (owner) lines.push({ t: 'complaint.owner', p: { name: owner.displayName } });
  await recordStockEvent(sc, ComplaintEvent, complaint, { action: ComplaintEventAction.CREATE, lines });
  await em.flush();
  // No filing outside one's own scope (a retailer's key files for its own orders and customers).
  if (!(await em.count(Complaint, withinScope(Complaint, actor, { id: complaint.id })))) throw forbidden('complaint outside your scope');
  return complaint;
}

type Apply = Parameters<typeof COMPLAINT_LIFECYCLE.run>[3];
async function runStep(sc: ServiceContext, id: string, action: A, apply: Apply): Promise<Complaint> {
  return (await COMPLAINT_LIFECYCLE.run(sc, id, action, apply)).doc;
}

/** 响应: the first answer to the customer, stamped (late when at or after the response deadline). */
export function respond(sc: ServiceContext, id: string, input: ComplaintResponseInput) {
  return runStep(sc, id, A.RESPOND, (c) => {
    c.respondedAt = sc.now();
    c.response = input.response.trim();
    const late = c.respondedAt.getTime() >= c.respondDueAt.getTime();
    return { lines: [{ t: late ? 'complaint.respondedLate' : 'complaint.responded', p: { response: c.response }, public: true }] };
  });
}

/** 解决: the resolution; a complaint resolved without a separate answer counts that as its response. */
export function resolve(sc: ServiceContext, id: string, input: ComplaintResolutionInput) {
  return runStep(sc, id, A.RESOLVE, (c) => {
    const now = sc.now();
    c.respondedAt ??= now;
    c.resolvedAt = now;
    c.resolution = input.resolution.trim();
    const late = now.getTime() >= c.resolveDueAt.getTime();
    return { lines: [{ t: late ? 'complaint.resolvedLate' : 'complaint.resolved', p: { resolution: c.resolution }, public: true }] };
  });
}

export function close(sc: ServiceContext, id: string, input: NoteInput = {}) {
  return runStep(sc, id, A.CLOSE, () => ({ note: input.note }));
}

export function cancel(sc: ServiceContext, id: string, input: ReasonInput) {
  return runStep(sc, id, A.CANCEL, (c) => {
    c.cancelReason = input.reason.trim();
    return { lines: [{ t: 'complaint.cancelled', p: { reason: c.cancelReason } }] };
  });
}

const OPERATION_ROLES: Record<ComplaintOperation, Role[]> = {
  [ComplaintOperation.ASSIGN]: [Role.DISPATCHER, Role.OPERATIONS_REVIEWER, Role.MANAGER],
  [ComplaintOperation.OPEN_REWORK]: [Role.DISPATCHER, Role.MANAGER],
};

function mayOperate(actor: Actor, c: Complaint, op: ComplaintOperation): boolean {
  if (isComplaintClosed(c) || c.status === S.RESOLVED) return false;
  if (op === ComplaintOperation.OPEN_REWORK && (!c.serviceOrderId || c.reworkOrderId)) return false;
  if (actor.kind === 'system' || actor.roles.includes(Role.ADMIN)) return true;
  return actor.kind === 'user' && !actor.stationId && OPERATION_ROLES[op].some((r) => actor.roles.includes(r));
}

export function allowedComplaintOperations(actor: Actor, c: Complaint): ComplaintOperation[] {
  return Object.values(ComplaintOperation).filter((op) => mayOperate(actor, c, op));
}

function assertOperation(actor: Actor, c: Complaint, op: ComplaintOperation) {
  if (!mayOperate(actor, c, op)) throw forbidden(`complaint:${op}`);
}

export async function assignComplaint(sc: ServiceContext, id: string, input: ComplaintAssignInput): Promise<Complaint> {
  const c = await lockInScope(sc, Complaint, id);
  assertOperation(sc.actor!, c, ComplaintOperation.ASSIGN);
  const errors: FieldError[] = [];
  const owner = await ownerFor(sc, input.ownerId, 'ownerId', errors);
  if (errors.length) throw badInput(errors);
  c.owner = owner as never;
  c.ownerName = owner!.displayName;
  await recordStockEvent(sc, ComplaintEvent, c, { action: ComplaintEventAction.ASSIGN, from: c.status, lines: [{ t: 'complaint.owner', p: { name: owner!.displayName } }], note: input.note });
  return c;
}

/** 整改单: the complaint opens a rework order from its linked order (same customer, unit and station), linked both ways. */
export async function openComplaintRework(sc: ServiceContext, id: string): Promise<Complaint> {
  const c = await lockInScope(sc, Complaint, id);
  assertOperation(sc.actor!, c, ComplaintOperation.OPEN_REWORK);
  const original = await sc.em.findOneOrFail(ServiceOrder, c.serviceOrderId!);
  const rework = await openRework(sc, original, `整改：投诉 ${c.number}（原单 ${original.number}）${c.description.slice(0, 200)}`);
  c.reworkOrder = rework as never;
  await sc.em.flush();
  await recordEvent(sc, original, TimelineAction.NOTE, { lines: [{ t: 'complaint.reworkOpened', p: { complaint: c.number, number: rework.number } }] });
  await recordStockEvent(sc, ComplaintEvent, c, { action: ComplaintEventAction.REWORK, from: c.status, lines: [{ t: 'complaint.reworkOpened', p: { complaint: c.number, number: rework.number }, public: true }] });
  return c;
}

/**
 * Went past a deadline at some point: answered or resolved at or after it, or not yet and past it
 * now; cancelled ones never (the monthly report's complaintsOverdue counts the same).
 */
export function lateWhere(now: Date): FilterQuery<Complaint> {
  return {
    status: { $ne: S.CANCELLED },
    $or: [
      { respondedAt: null, respondDueAt: { $lte: now } },
      { respondedAt: { $gte: raw('respond_due_at') } },
      { resolvedAt: null, resolveDueAt: { $lte: now } },
      { resolvedAt: { $gte: raw('resolve_due_at') } },
    ],
  } as FilterQuery<Complaint>;
}

/** Past a deadline without its step (the overdue list and flags). */
export function overdueWhere(now: Date, which: 'any' | 'response' = 'any'): FilterQuery<Complaint> {
  const response: FilterQuery<Complaint> = { respondedAt: null, respondDueAt: { $lte: now } };
  if (which === 'response') return { status: S.OPEN, ...response };
  return { status: { $in: [S.OPEN, S.RESPONDED] }, $or: [response, { resolvedAt: null, resolveDueAt: { $lte: now } }] };
}
