import { randomBytes } from 'node:crypto';
import type { FilterQuery } from '@mikro-orm/core';
import type { ServiceContext } from '../../common/service-context';
import type { TimelineLine } from '../../common/lifecycle/lifecycle';
import { AppError, ErrorCode, badInput, fieldError, forbidden, type FieldError } from '../../common/errors';
import { lockInScope } from '../../common/access/scoped';
import { withinScope } from '../../common/access/policy';
import { today } from '../../common/dates';
import { nextDocumentNumber } from '../stock/documents/document-number';
import { StockDocumentType } from '../stock/stock.enums';
import { formatMoney, sumMoney } from '../../common/money';
import { attributeToPartner } from '../../graphql/crud';
import { withReason } from '../audit/audit-context';
import { SYSTEM_ACTOR, can, type Actor } from '../auth/actor';
import { Role } from '../auth/role';
import { Code } from '../code-table/code.entity';
import { CodeKind } from '../code-table/code-kind';
import { Customer } from '../customer/customer.entity';
import { Product } from '../product/product.entity';
import { ProductUnit } from '../product/product-unit.entity';
import { ServiceOrder } from '../service-order/service-order.entity';
import { ServiceStation } from '../station/service-station.entity';
import { loadAfterSalesRules } from '../settings/after-sales-rules';
import { ReturnLine, ReturnRequest } from './return-request.entity';
import { ReturnAction, ReturnEventAction, ReturnKind, ReturnOperation, ReturnStatus as S } from './return-request.enums';
import type { RefundChangeInput, ReturnLineInput, ReturnRequestCreateInput, ReturnShipmentInput } from './return-request.inputs';
import { RETURN_LIFECYCLE, isReturnClosed } from './return-request.lifecycle';
import { recordReturnEvent } from './return-timeline';
import { pastWindow, windowFor } from './return-window';
import './return-request.policy';


/** `空调 KFR-35GW × 1`: product names are data, the same in both languages. */
export async function goodsText(sc: ServiceContext, lines: ReturnLine[]): Promise<string[]> {
  const products = new Map((await sc.em.find(Product, { id: { $in: [...new Set(lines.map((l) => l.productId))] } })).map((p) => [p.id, p]));
  const units = new Map(
    (await sc.em.find(ProductUnit, { id: { $in: lines.map((l) => l.productUnitId).filter((x): x is string => !!x) } })).map((u) => [u.id, u]),
  );
  return lines.map((l) => {
    const p = products.get(l.productId)!;
    const serial = l.productUnitId ? ` ${units.get(l.productUnitId)?.serialNumber ?? ''}` : '';
    return `${p.name} ${p.modelNumber}${serial} × ${l.quantity}`;
  });
}

interface ResolvedLine {
  input: ReturnLineInput;
  product: Product;
  unit: ProductUnit | null;
  unitPrice: number;
  requested: number;
  deliveredOn: string | null;
}

/** The 三包 offer of the order (exchange after repeated repairs, return after an exchange) waives the window for its unit. */
function waivedBy(order: ServiceOrder | null, kind: ReturnKind, unit: ProductUnit | null): boolean {
  if (!order || !unit || unit.id !== order.productUnitId || !order.inWarranty) return false;
  if (kind === ReturnKind.EXCHANGE) return order.exchangeOffered || order.returnOffered;
  return kind === ReturnKind.RETURN_REFUND && order.returnOffered;
}

async function resolveLines(
  sc: ServiceContext,
  input: ReturnRequestCreateInput,
  customer: Customer | null,
  order: ServiceOrder | null,
  errors: FieldError[],
): Promise<ResolvedLine[]> {
  const actor = sc.actor!;
  const given = input.lines?.length ? input.lines : order ? [{ productUnitId: order.productUnitId, quantity: 1 } as ReturnLineInput] : [];
  if (!given.length) errors.push(fieldError('lines', '至少需要一行商品', 'need at least one line'));
  const out: ResolvedLine[] = [];
  for (const [i, line] of given.entries()) {
    const at = (field: string) => `lines.${i}.${field}`;
    let unit: ProductUnit | null = null;
    let product: Product | null = null;
    if (line.productUnitId) {
      unit = await sc.em.findOne(ProductUnit, withinScope(ProductUnit, actor, { id: line.productUnitId }));
      if (!unit) {
        errors.push(fieldError(at('productUnitId'), '不存在', 'does not exist'));
        continue;
      }
      if (line.productId && line.productId !== unit.productId) errors.push(fieldError(at('productId'), '与序列号登记的产品不一致', 'does not match the unit’s product'));
      if (line.quantity !== 1) errors.push(fieldError(at('quantity'), '有序列号的商品数量为 1', 'is 1 for a unit'));
      if (!unit.active) errors.push(fieldError(at('productUnitId'), '已停用（已退回或已换货）', 'is deactivated (returned or replaced)'));
      const owners = [unit.ownerId, unit.userId].filter(Boolean);
      if (customer && owners.length && !owners.includes(customer.id)) errors.push(fieldError(at('productUnitId'), '不是该客户的产品', 'is not this customer’s'));
      product = await sc.em.findOne(Product, unit.productId);
      const open = await sc.em.findOne(ReturnLine, { productUnit: unit, request: { status: { $nin: [S.REJECTED, S.COMPLETED, S.CANCELLED] } } }, { populate: ['request'] });
      if (open) errors.push(fieldError(at('productUnitId'), `已有进行中的退换货申请 ${open.request.getEntity().number}`, `has an open return request ${open.request.getEntity().number}`));
    } else if (line.productId) {
      product = await sc.em.findOne(Product, withinScope(Product, actor, { id: line.productId }));
      if (!product) errors.push(fieldError(at('productId'), '不存在', 'does not exist'));
    } else {
      errors.push(fieldError(at('productUnitId'), '或产品必须填写', 'or a product is required'));
    }
    if (!product) continue;
    const unitPrice = line.unitPrice ?? product.listPrice ?? null;
    if (unitPrice === null) {
      errors.push(fieldError(at('unitPrice'), '必须填写（该产品没有零售价）', 'is required (the product has no list price)'));
      continue;
    }
    const amount = Math.round(unitPrice * line.quantity * 100) / 100;
    const requested = input.kind === ReturnKind.EXCHANGE ? 0 : (line.refundAmount ?? amount);
    if (input.kind === ReturnKind.EXCHANGE && line.refundAmount) errors.push(fieldError(at('refundAmount'), '换货不退款', 'is none for an exchange'));
    if (requested > amount) errors.push(fieldError(at('refundAmount'), `不能超过商品金额 ${formatMoney(amount)}`, `cannot exceed the goods’ amount ${formatMoney(amount)}`));
    const deliveredOn = unit ? (unit.deliveredOn ?? unit.purchaseDate ?? input.deliveredOn ?? null) : (input.deliveredOn ?? null);
    out.push({ input: line, product, unit, unitPrice, requested, deliveredOn });
  }
  return out;
}

/**
 * 售后申请: files a refund, return or exchange. Checks the customer, the units and the window of
 * each line's category (a request past it is refused, naming the window and the dates, and
 * nothing is written), numbers the request and starts its timeline. A refund-only request (not
 * delivered yet) is approved by the system at once.
 */
export async function createReturnRequest(sc: ServiceContext, input: ReturnRequestCreateInput): Promise<ReturnRequest> {
  const actor = sc.actor!;
  const em = sc.em;
  const tz = sc.config.timeZone;
  const day = today(tz, sc.now());
  const rules = await loadAfterSalesRules(em);
  const errors: FieldError[] = [];

  const order = input.serviceOrderId ? await em.findOne(ServiceOrder, withinScope(ServiceOrder, actor, { id: input.serviceOrderId })) : null;
  if (input.serviceOrderId && !order) errors.push(fieldError('serviceOrderId', '不存在', 'does not exist'));
  // A unit brings its owner when neither a customer nor an order is named.
  const firstUnitId = input.lines?.find((l) => l.productUnitId)?.productUnitId;
  const firstUnit = !input.customerId && !order && firstUnitId ? await em.findOne(ProductUnit, withinScope(ProductUnit, actor, { id: firstUnitId })) : null;
  const customerId = input.customerId ?? order?.customerId ?? firstUnit?.ownerId ?? undefined;
  if (order && input.customerId && input.customerId !== order.customerId) errors.push(fieldError('customerId', '与服务单的客户不一致', 'is not the service order’s customer'));
  const customer = customerId ? await em.findOne(Customer, withinScope(Customer, actor, { id: customerId })) : null;
  if (!customerId) errors.push(fieldError('customerId', '或服务单必须填写', 'or a service order is required'));
  else if (!customer) errors.push(fieldError('customerId', '不存在', 'does not exist'));

  // Station staff and service networks file for their own station.
  if (actor.stationId && input.stationId && input.stationId !== actor.stationId) throw forbidden('returnRequest outside your scope');
  const stationId = actor.stationId ?? input.stationId ?? order?.stationId ?? null;
  if (input.stationId) {
    const station = await em.findOne(ServiceStation, input.stationId);
    if (!station || !station.active) errors.push(fieldError('stationId', '不存在或已停用', 'does not exist or is deactivated'));
  }
  const reason = await em.findOne(Code, input.reasonCodeId);
  if (!reason || reason.kind !== CodeKind.AFTER_SALES_REASON || !reason.active) {
    errors.push(fieldError('reasonCodeId', '不是启用的售后原因代码', 'is not an active after-sales reason code'));
  } else if (actor.kind === 'partner' && !reason.shownToCustomers) {
    // Internal reasons (a recall, a stock swap) are the company's to choose, not a partner's.
    errors.push(fieldError('reasonCodeId', '是内部原因，合作方不能选用', 'is an internal reason partners may not use'));
  }
  if (input.deliveredOn && input.deliveredOn > day) errors.push(fieldError('deliveredOn', '不能晚于今天', 'cannot be in the future'));

  const lines = await resolveLines(sc, input, customer, order, errors);
  const contactPhone = input.contactPhone?.trim() || customer?.mobile || customer?.phones[0] || order?.contactPhone;
  if (customer && !contactPhone) errors.push(fieldError('contactPhone', '必须填写', 'is required'));
  if (errors.length) throw badInput(errors);

  // The windows, once everything else is right: the first line past its window refuses the request.
  const said: TimelineLine[] = [];
  let waived = false;
  let window: { days: number; endsOn: string; deliveredOn: string } | null = null;
  for (const [i, line] of lines.entries()) {
    if (input.kind === ReturnKind.REFUND_ONLY) {
      if (line.unit?.deliveredOn || (!line.unit && input.deliveredOn)) {
        errors.push(fieldError(`lines.${i}`, '已签收，不能仅退款：请申请退货退款', 'was delivered: request a return and refund instead'));
      }
      continue;
    }
    if (waivedBy(order, input.kind, line.unit)) {
      waived = true;
      said.push({ t: 'return.windowWaived', p: { number: order!.number, kind: input.kind }, e: { kind: 'ReturnKind' }, public: true });
      continue;
    }
    if (!line.deliveredOn) {
      errors.push(fieldError(line.unit ? `lines.${i}.productUnitId` : 'deliveredOn', '没有签收或购买日期，无法计算退换货期', 'has no delivery or purchase date to count the window from'));
      continue;
    }
    const w = (await windowFor(em, rules, input.kind, line.product, line.deliveredOn))!;
    if (day > w.endsOn) throw pastWindow(i + 1, input.kind, w, line.deliveredOn, day);
    if (!window || w.endsOn < window.endsOn) window = { days: w.days, endsOn: w.endsOn, deliveredOn: line.deliveredOn };
  }
  if (errors.length) throw badInput(errors);
  if (window) {
    said.push({
      t: 'return.window',
      p: { delivered: window.deliveredOn, kind: input.kind, days: window.days, until: window.endsOn },
      e: { kind: 'ReturnKind' },
      d: { delivered: 'day', until: 'day' },
      public: true,
    });
  }

  const request = em.create(ReturnRequest, {
    number: await nextDocumentNumber(em, StockDocumentType.RETURN_REQUEST, Number(day.slice(0, 4))),
    kind: input.kind,
    status: S.PENDING_REVIEW,
    customer: customer!,
    contactName: input.contactName?.trim() || customer!.name,
    contactPhone: contactPhone!,
    serviceOrder: order,
    station: stationId,
    reasonCode: reason!,
    description: input.description?.trim() || null,
    salesOrderNumber: input.salesOrderNumber?.trim() || null,
    deliveredOn: window?.deliveredOn ?? lines.map((l) => l.deliveredOn).filter((d): d is string => !!d).sort()[0] ?? null,
    windowDays: window?.days ?? null,
    windowEndsOn: window?.endsOn ?? null,
    windowWaived: waived,
    customerAfterSalesCount: await em.count(ReturnRequest, { customer: customer! }),
    trackingToken: randomBytes(18).toString('base64url'),
    internalNote: input.note?.trim() || null,
    createdAt: sc.now(),
    updatedAt: sc.now(),
  } as never);
  attributeToPartner(sc as never, request);
  const created = lines.map((l) =>
    em.create(ReturnLine, {
      request,
      product: l.product,
      productUnit: l.unit,
      quantity: l.input.quantity,
      unitPrice: l.unitPrice,
      requestedAmount: l.requested,
      refundAmount: l.requested,
      createdAt: sc.now(),
      updatedAt: sc.now(),
    } as never),
  );
  request.requestedTotal = sumMoney(created.map((l) => l.requestedAmount));
  request.refundTotal = request.requestedTotal;
  em.persist([request, ...created]);

  const text: TimelineLine[] = [
    // An internal reason stays off the customer's and partners' view.
    reason!.shownToCustomers
      ? { t: 'return.filed', p: { kind: input.kind, reason: reason!.name }, e: { kind: 'ReturnKind' }, public: true }
      : { t: 'return.filedInternal', p: { kind: input.kind }, e: { kind: 'ReturnKind' }, public: true },
    { t: 'return.goods', p: { goods: await goodsText(sc, created) }, public: true },
  ];
  if (input.kind !== ReturnKind.EXCHANGE) text.push({ t: 'return.amount', p: { amount: formatMoney(request.requestedTotal) }, public: true });
  if (order) text.push({ t: 'return.fromOrder', p: { number: order.number }, public: true });
  if (!reason!.shownToCustomers) text.push({ t: 'return.internalReason', p: { reason: reason!.name } });
  await recordReturnEvent(sc, request, ReturnEventAction.CREATE, { lines: [...text, ...said], stationId: actor.stationId ?? null });
  await em.flush();
  // No filing outside one's own scope (a manufacturer's key sees no requests; a retailer's are its own).
  if (!(await em.count(ReturnRequest, withinScope(ReturnRequest, actor, { id: request.id })))) throw forbidden('returnRequest outside your scope');

  if (input.kind === ReturnKind.REFUND_ONLY) {
    await RETURN_LIFECYCLE.run({ ...sc, actor: SYSTEM_ACTOR }, request.id, ReturnAction.APPROVE, (r) => {
      r.reviewedAt = sc.now();
      r.reviewedBy = SYSTEM_ACTOR.label;
      return { lines: [{ t: 'return.autoApproved', public: true }] };
    });
  }
  return request;
}

interface OperationRule {
  roles: Role[];
  /** Staff of the request's station may too. */
  station: boolean;
  /** The partner key that filed the request may too. */
  filer: boolean;
  when: (r: ReturnRequest) => boolean;
  refusal: { zh: string; en: string };
}

const OPERATIONS: Record<ReturnOperation, OperationRule> = {
  [ReturnOperation.CHANGE_REFUND]: {
    roles: [Role.OPERATIONS_REVIEWER],
    station: false,
    filer: false,
    when: (r) => r.status === S.PENDING_REVIEW && r.kind !== ReturnKind.EXCHANGE,
    refusal: { zh: '只有待审核的退款申请可以调整金额', en: 'only a refund pending review may change its amount' },
  },
  [ReturnOperation.RECORD_SHIPMENT]: {
    roles: [Role.DISPATCHER, Role.OPERATIONS_REVIEWER, Role.PARTS_KEEPER],
    station: true,
    filer: true,
    when: (r) => (r.status === S.APPROVED || r.status === S.AWAITING_RETURN) && r.kind !== ReturnKind.REFUND_ONLY,
    refusal: { zh: '只有待退货的申请可以登记寄回快递', en: 'a return parcel is recorded only while the goods are awaited' },
  },
  [ReturnOperation.ADD_NOTE]: {
    roles: [Role.DISPATCHER, Role.OPERATIONS_REVIEWER, Role.FINANCE_REVIEWER, Role.PARTS_KEEPER],
    station: true,
    filer: false,
    when: () => true,
    refusal: { zh: '', en: '' },
  },
};

function mayOperate(actor: Actor, r: ReturnRequest, rule: OperationRule): boolean {
  if (actor.kind === 'system' || actor.roles.includes(Role.ADMIN)) return true;
  if (actor.kind === 'partner') {
    if (actor.stationId) return rule.station && r.stationId === actor.stationId;
    return rule.filer && r.createdByApiKeyId === actor.id && can(actor, 'returnRequest:create');
  }
  if (actor.stationId) return rule.station && r.stationId === actor.stationId && actor.roles.includes(Role.TECHNICIAN);
  return rule.roles.some((role) => actor.roles.includes(role));
}

export function allowedReturnOperations(actor: Actor, r: ReturnRequest): ReturnOperation[] {
  return (Object.keys(OPERATIONS) as ReturnOperation[]).filter((op) => mayOperate(actor, r, OPERATIONS[op]) && OPERATIONS[op].when(r));
}

function assertOperation(actor: Actor, r: ReturnRequest, op: ReturnOperation): void {
  const rule = OPERATIONS[op];
  if (!mayOperate(actor, r, rule)) throw forbidden(`returnRequest:${op}`);
  if (!rule.when(r)) {
    throw new AppError(ErrorCode.BAD_USER_INPUT, { zh: `输入有误：${rule.refusal.zh}`, en: `Invalid input: ${rule.refusal.en}` }, {
      fields: [{ field: 'status', message: rule.refusal.zh, messageEn: rule.refusal.en }],
    });
  }
}

export function lockReturn(sc: ServiceContext, id: string): Promise<ReturnRequest> {
  return lockInScope(sc, ReturnRequest, id);
}

export function linesOf(sc: ServiceContext, request: ReturnRequest): Promise<ReturnLine[]> {
  return sc.em.find(ReturnLine, { request }, { orderBy: { createdAt: 'asc', id: 'asc' } });
}

/** Operations change the refund in review (a service fee kept, a part missing): a reason, audited with the change, told to the customer. */
export async function changeRefund(sc: ServiceContext, id: string, input: RefundChangeInput): Promise<ReturnRequest> {
  const request = await lockReturn(sc, id);
  assertOperation(sc.actor!, request, ReturnOperation.CHANGE_REFUND);
  const lines = await linesOf(sc, request);
  const byId = new Map(lines.map((l) => [l.id, l]));
  const errors: FieldError[] = [];
  for (const [i, change] of input.lines.entries()) {
    const line = byId.get(change.lineId);
    if (!line) {
      errors.push(fieldError(`lines.${i}.lineId`, '不是该申请的商品行', 'is not a line of this request'));
      continue;
    }
    const amount = Math.round(line.unitPrice * line.quantity * 100) / 100;
    if (change.refundAmount > amount) {
      errors.push(fieldError(`lines.${i}.refundAmount`, `不能超过商品金额 ${formatMoney(amount)}`, `cannot exceed the goods’ amount ${formatMoney(amount)}`));
    }
  }
  if (errors.length) throw badInput(errors);
  const reason = input.reason.trim();
  const before = request.refundTotal;
  await withReason(reason, async () => {
    for (const change of input.lines) byId.get(change.lineId)!.refundAmount = change.refundAmount;
    request.refundTotal = sumMoney(lines.map((l) => l.refundAmount));
    request.refundChangeReason = reason;
    await recordReturnEvent(sc, request, ReturnEventAction.REFUND_CHANGED, {
      from: request.status,
      lines: [{ t: 'return.refundChanged', p: { before: formatMoney(before), after: formatMoney(request.refundTotal), reason }, public: true }],
    });
    await sc.em.flush();
  });
  return request;
}

/** The customer's parcel back: courier and number (the filing partner may record it too). */
export async function recordShipment(sc: ServiceContext, id: string, input: ReturnShipmentInput): Promise<ReturnRequest> {
  const request = await lockReturn(sc, id);
  assertOperation(sc.actor!, request, ReturnOperation.RECORD_SHIPMENT);
  request.returnLogisticsCompany = input.logisticsCompany.trim();
  request.returnLogisticsNumber = input.logisticsNumber.trim();
  await recordReturnEvent(sc, request, ReturnEventAction.SHIPMENT, {
    from: request.status,
    lines: [{ t: 'return.shipment', p: { company: request.returnLogisticsCompany, number: request.returnLogisticsNumber }, public: true }],
  });
  return request;
}

export async function addReturnNote(sc: ServiceContext, id: string, note: string, internal: boolean): Promise<ReturnRequest> {
  const request = await lockReturn(sc, id);
  assertOperation(sc.actor!, request, ReturnOperation.ADD_NOTE);
  await recordReturnEvent(sc, request, ReturnEventAction.NOTE, { from: request.status, note, internal });
  return request;
}

/** Open requests (not closed) of a unit: intake and the order page show them. */
export const OPEN_RETURN: FilterQuery<ReturnRequest> = { status: { $nin: [S.REJECTED, S.COMPLETED, S.CANCELLED] } };
export { isReturnClosed };
