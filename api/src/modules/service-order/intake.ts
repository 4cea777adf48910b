import { randomBytes } from 'node:crypto';
import { differenceInCalendarDays } from 'date-fns';
import type { ServiceContext } from '../../common/service-context';
import type { TimelineLine } from '../../common/lifecycle/lifecycle';
import { badInput, fieldError, forbidden, type FieldError } from '../../common/errors';
import { parseDate, today, warrantyEnd } from '../../common/dates';
import { attributeToPartner, toEntityData } from '../../graphql/crud';
import { assertMayWrite, withinScope } from '../../common/access/policy';
import { can } from '../auth/actor';
import { ApiKey } from '../auth/api-key.entity';
import { CodeKind } from '../code-table/code-kind';
import { Customer, CustomerKind } from '../customer/customer.entity';
import { assertReachable } from '../customer/customer.service';
import { Product } from '../product/product.entity';
import { ProductUnit } from '../product/product-unit.entity';
import { inWarranty } from '../product/product.service';
import { Region } from '../region/region.entity';
import { ServiceStation } from '../station/service-station.entity';
import { loadServiceRules, type ServiceRules } from '../settings/service-rules';
import { checkCode } from './codes';
import { nextOrderNumber } from './order-number';
import { ServiceOrder } from './service-order.entity';
import {
  CustomerRequest,
  OrderChannel,
  SaleAttribute,
  ServiceOrderKind,
  ServiceOrderStatus,
  TimelineAction,
} from './service-order.enums';
import type { ServiceOrderCreateInput } from './service-order.inputs';
import { bandOf, distanceKm, slaDue } from './sla';
import { mayTakeOrders } from './service-order.lifecycle';
import { recordEvent } from './timeline';

/** Distance band and SLA deadline, counted from intake, to the station's distance from the customer's region. */
export async function applySla(ctx: ServiceContext, order: ServiceOrder, customer: Customer, rules: ServiceRules): Promise<void> {
  // One after the other: inside a transaction they share one connection.
  const station = order.stationId ? await ctx.em.findOne(ServiceStation, order.stationId) : null;
  const region = order.regionId ? await ctx.em.findOne(Region, order.regionId) : null;
  const km = station && region ? distanceKm(station, region) : undefined;
  order.distanceKm = km ?? null;
  order.distanceBand = station ? bandOf(km, rules) : null;
  order.slaDueAt = slaDue(order.createdAt, bandOf(km, rules), customer.serviceLevel, rules);
}

async function resolveCustomer(input: ServiceOrderCreateInput, ctx: ServiceContext, errors: FieldError[]): Promise<Customer | undefined> {
  if (!!input.customerId === !!input.customer) {
    errors.push(fieldError('customerId', '与新客户（customer）必须且只能填一项', 'or a new customer: give exactly one'));
    return undefined;
  }
  if (input.customerId) {
    // Only a customer the caller may see: an order must not become a way into other customers.
    const customer = await ctx.em.findOne(Customer, withinScope(Customer, ctx.actor, { id: input.customerId }));
    if (!customer) errors.push(fieldError('customerId', '不存在', 'does not exist'));
    return customer ?? undefined;
  }
  if (!can(ctx.actor, 'customer:create')) throw forbidden('customer:create');
  assertMayWrite(Customer, ctx.actor, Object.keys(input.customer!));
  const meta = ctx.em.getMetadata().get<Customer>(Customer.name);
  const customer = ctx.em.create(Customer, toEntityData(meta, input.customer!) as never);
  attributeToPartner(ctx, customer);
  try {
    assertReachable(customer);
  } catch {
    errors.push(fieldError('customer.mobile', '必须填写（个人客户）', 'is required for individual customers'));
  }
  return customer;
}

/** The unit by id, or by product + serial (registering it when new); the two must agree. */
async function resolveUnit(
  input: ServiceOrderCreateInput,
  ctx: ServiceContext,
  owner: Customer | undefined,
  attribute: SaleAttribute,
  errors: FieldError[],
): Promise<ProductUnit | undefined> {
  const now = today(ctx.config.timeZone);
  if (input.purchaseDate && input.purchaseDate > now) {
    errors.push(fieldError('purchaseDate', '不能晚于今天', 'cannot be in the future'));
  }
  if (input.productUnitId) {
    const unit = await ctx.em.findOne(ProductUnit, withinScope(ProductUnit, ctx.actor, { id: input.productUnitId }));
    if (!unit) {
      errors.push(fieldError('productUnitId', '不存在', 'does not exist'));
      return undefined;
    }
    if (input.productId && input.productId !== unit.productId) {
      errors.push(fieldError('productId', '与序列号登记的产品不一致', 'does not match the product the unit is registered to'));
    }
    if (input.serialNumber && input.serialNumber.trim() !== unit.serialNumber) {
      errors.push(fieldError('serialNumber', '与所选产品序列号不一致', 'does not match the chosen unit'));
    }
    return unit;
  }
  if (!input.productId || !input.serialNumber) {
    errors.push(fieldError('productUnitId', '或产品加序列号必须填写', 'or productId + serialNumber is required'));
    return undefined;
  }
  const product = await ctx.em.findOne(Product, withinScope(Product, ctx.actor, { id: input.productId }));
  if (!product) {
    errors.push(fieldError('productId', '不存在', 'does not exist'));
    return undefined;
  }
  const serialNumber = input.serialNumber.trim();
  const existing = await ctx.em.findOne(ProductUnit, { product, serialNumber });
  if (existing) {
    if (!(await ctx.em.count(ProductUnit, withinScope(ProductUnit, ctx.actor, { id: existing.id })))) {
      errors.push(fieldError('serialNumber', '已登记在您无权查看的产品下', 'is registered to a unit outside your scope'));
      return undefined;
    }
    return existing;
  }
  if (!can(ctx.actor, 'productUnit:create')) throw forbidden('productUnit:create');
  const unit = ctx.em.create(ProductUnit, {
    product,
    serialNumber,
    owner: attribute === SaleAttribute.AFTER_SALE ? owner : null,
    purchaseDate: input.purchaseDate ?? null,
    warrantyEndsOn: null,
  } as never);
  unit.warrantyEndsOn = unit.purchaseDate ? warrantyEnd(unit.purchaseDate, product.warrantyMonths) : null;
  attributeToPartner(ctx, unit);
  return unit;
}

/** Days from the business date of `at` to today. */
function daysSince(at: Date, timeZone: string, now: Date): number {
  return differenceInCalendarDays(parseDate(today(timeZone, now)), parseDate(today(timeZone, at)));
}

/**
 * 接件: takes a repair request. Checks what a person gets wrong at the phone, registers a new
 * customer or unit when needed, numbers the order, and flags warranty, repeat repair and 三包 exchange.
 */
export async function intake(ctx: ServiceContext, input: ServiceOrderCreateInput): Promise<ServiceOrder> {
  const actor = ctx.actor!;
  if (!mayTakeOrders(actor)) throw forbidden('serviceOrder:create');
  const em = ctx.em;
  const rules = await loadServiceRules(em);
  const errors: FieldError[] = [];
  const attribute = input.attribute ?? SaleAttribute.AFTER_SALE;

  // Station staff file orders for their own station; a manufacturer only for its own products.
  if (actor.stationId && input.stationId && input.stationId !== actor.stationId) throw forbidden('serviceOrder outside your scope');
  const stationId = input.stationId ?? actor.stationId ?? null;

  const customer = await resolveCustomer(input, ctx, errors);
  if (customer && attribute === SaleAttribute.PRE_SALE && customer.kind !== CustomerKind.STORE) {
    errors.push(fieldError('customerId', '售前单的客户必须是门店', 'must be a store for a pre-sale order'));
  }
  const unit = await resolveUnit(input, ctx, customer, attribute, errors);
  const product = unit ? await em.findOne(Product, unit.productId) : null;
  if (product && input.symptomCodeId) {
    const problem = await checkCode(em, 'symptomCodeId', input.symptomCodeId, CodeKind.FAULT_SYMPTOM, product.categoryId);
    if (problem) errors.push(problem);
  }
  if (actor.manufacturerId && product && product.manufacturerId !== actor.manufacturerId) {
    throw forbidden('serviceOrder outside your scope');
  }
  if (stationId) {
    const station = await em.findOne(ServiceStation, stationId);
    if (!station || !station.active) errors.push(fieldError('stationId', '不存在或已停用', 'does not exist or is deactivated'));
  }
  if (input.appointmentStart && input.appointmentEnd && input.appointmentEnd <= input.appointmentStart) {
    errors.push(fieldError('appointmentEnd', '必须晚于预约开始时间', 'must be after the appointment start'));
  }
  const contactPhone = input.contactPhone?.trim() || customer?.mobile || customer?.phones[0];
  if (customer && !contactPhone && !errors.some((e) => e.field.startsWith('customer'))) {
    errors.push(fieldError('contactPhone', '必须填写', 'is required'));
  }
  if (errors.length || !customer || !unit || !product) throw badInput(errors);

  return openOrder(ctx, rules, {
    kind: input.kind ?? ServiceOrderKind.REPAIR,
    attribute,
    channel: actor.kind === 'partner' ? OrderChannel.PARTNER_API : (input.channel ?? OrderChannel.PHONE),
    onSite: input.onSite ?? true,
    customer,
    contactName: input.contactName?.trim() || customer.name,
    contactPhone: contactPhone!,
    address: input.address ?? customer.address ?? null,
    regionId: input.regionId ?? customer.regionId ?? null,
    unit,
    product,
    reportedSymptom: input.reportedSymptom.trim(),
    symptomCodeId: input.symptomCodeId ?? null,
    customerRequest: input.customerRequest ?? CustomerRequest.REPAIR,
    stationId,
    appointmentStart: input.appointmentStart ?? null,
    appointmentEnd: input.appointmentEnd ?? null,
    internalNote: input.note ?? null,
  });
}

/** What an order is opened with, once intake (or a rework) has settled who and what it is for. */
interface NewOrder {
  kind: ServiceOrderKind;
  attribute: SaleAttribute;
  channel: OrderChannel;
  onSite: boolean;
  customer: Customer;
  contactName: string;
  contactPhone: string;
  address: string | null;
  regionId: string | null;
  unit: ProductUnit;
  product: Product;
  reportedSymptom: string;
  symptomCodeId: string | null;
  customerRequest: CustomerRequest;
  stationId: string | null;
  appointmentStart: Date | null;
  appointmentEnd: Date | null;
  internalNote: string | null;
}

/** Numbers the order, sets its SLA, flags warranty, repeat repair and 三包 exchange, and starts its timeline. */
async function openOrder(sc: ServiceContext, rules: ServiceRules, o: NewOrder): Promise<ServiceOrder> {
  const actor = sc.actor!;
  const em = sc.em;
  const timeZone = sc.config.timeZone;
  const day = today(timeZone, sc.now());
  const order = em.create(ServiceOrder, {
    number: await nextOrderNumber(em, Number(day.slice(0, 4))),
    kind: o.kind,
    attribute: o.attribute,
    channel: o.channel,
    onSite: o.onSite,
    status: ServiceOrderStatus.RECEIVED,
    customer: o.customer,
    contactName: o.contactName,
    contactPhone: o.contactPhone,
    address: o.address,
    region: o.regionId,
    productUnit: o.unit,
    product: o.product,
    serialNumber: o.unit.serialNumber,
    purchaseDate: o.unit.purchaseDate ?? null,
    reportedSymptom: o.reportedSymptom,
    symptomCode: o.symptomCodeId,
    customerRequest: o.customerRequest,
    station: o.stationId,
    appointmentStart: o.appointmentStart,
    appointmentEnd: o.appointmentEnd,
    inWarranty: inWarranty(o.unit, day),
    warrantyEndsOn: o.unit.warrantyEndsOn ?? null,
    trackingToken: randomBytes(18).toString('base64url'),
    createdByApiKey: actor.kind === 'partner' ? em.getReference(ApiKey, actor.id) : null,
    internalNote: o.internalNote,
    createdAt: sc.now(),
    slaDueAt: sc.now(),
  } as never);
  await applySla(sc, order, o.customer, rules);

  const lines: TimelineLine[] = [{ t: 'order.intake', p: { symptom: order.reportedSymptom } }];
  const previous = await em.findOne(
    ServiceOrder,
    { productUnit: o.unit, completedAt: { $ne: null }, status: { $ne: ServiceOrderStatus.CANCELLED } },
    { orderBy: { completedAt: 'desc' } },
  );
  const since = previous ? daysSince(previous.completedAt!, timeZone, sc.now()) : undefined;
  if (previous && since! <= rules.repeatRepairDays) {
    order.repeatRepair = true;
    order.previousOrder = em.getReference(ServiceOrder, previous.id) as never;
    lines.push({ t: 'order.repeat', p: { number: previous.number, days: since! } });
  }
  if (order.inWarranty && o.symptomCodeId) {
    const sameDefect = await em.count(ServiceOrder, {
      productUnit: o.unit,
      symptomCode: o.symptomCodeId,
      completedAt: { $ne: null },
      status: { $ne: ServiceOrderStatus.CANCELLED },
    });
    if (sameDefect >= rules.exchangeAfterRepairs) {
      order.exchangeOffered = true;
      lines.push({ t: 'order.exchangeOffered', p: { times: sameDefect } });
    }
  }
  // 包退: exchanged and still failing.
  if (order.inWarranty && o.attribute === SaleAttribute.AFTER_SALE && o.unit.replacesId) {
    order.returnOffered = true;
    lines.push({ t: 'order.returnOffered' });
  }
  em.persist(order);
  await recordEvent(sc, order, TimelineAction.CREATE, { lines, stationId: actor.stationId ?? null });
  return order;
}

/**
 * 整改单: an unsatisfied return visit reopens the work for the same unit at the same station, on the
 * office's behalf (whoever recorded the visit): no caller-scope checks, the original decided them.
 */
/** 整改单: a new order for the same customer, unit and station, linked to the original (an unsatisfied visit, a complaint). */
export async function openRework(sc: ServiceContext, original: ServiceOrder, reportedSymptom: string): Promise<ServiceOrder> {
  const [customer, unit, product] = await Promise.all([
    sc.em.findOneOrFail(Customer, original.customerId),
    sc.em.findOneOrFail(ProductUnit, original.productUnitId),
    sc.em.findOneOrFail(Product, original.productId),
  ]);
  const rework = await openOrder(sc, await loadServiceRules(sc.em), {
    kind: original.kind,
    attribute: original.attribute,
    channel: original.channel,
    onSite: original.onSite,
    customer,
    contactName: original.contactName,
    contactPhone: original.contactPhone,
    address: original.address ?? null,
    regionId: original.regionId,
    unit,
    product,
    reportedSymptom,
    symptomCodeId: original.symptomCodeId,
    customerRequest: CustomerRequest.REPAIR,
    stationId: original.stationId,
    appointmentStart: null,
    appointmentEnd: null,
    internalNote: null,
  });
  rework.reworkOf = original as never;
  return rework;
}
