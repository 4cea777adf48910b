import { randomBytes } from 'node:crypto';
import { differenceInCalendarDays } from 'date-fns';
import type { Context } from '../../graphql/context';
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
import { appendEvent } from './timeline';

/** Distance band and SLA deadline, counted from intake, to the station's distance from the customer's region. */
export async function applySla(ctx: Context, order: ServiceOrder, customer: Customer, rules: ServiceRules): Promise<void> {
  // One after the other: inside a transaction they share one connection.
  const station = order.stationId ? await ctx.em.findOne(ServiceStation, order.stationId) : null;
  const region = order.regionId ? await ctx.em.findOne(Region, order.regionId) : null;
  const km = station && region ? distanceKm(station, region) : undefined;
  order.distanceKm = km ?? null;
  order.distanceBand = station ? bandOf(km, rules) : null;
  order.slaDueAt = slaDue(order.createdAt, bandOf(km, rules), customer.serviceLevel, rules);
}

async function resolveCustomer(input: ServiceOrderCreateInput, ctx: Context, errors: FieldError[]): Promise<Customer | undefined> {
  if (!!input.customerId === !!input.customer) {
    errors.push(fieldError('customerId', '与新客户（customer）必须且只能填一项', 'or a new customer: give exactly one'));
    return undefined;
  }
  if (input.customerId) {
    // Only a customer the caller may see: an order must not become a way into other customers.
    const customer = await ctx.em.findOne(Customer, withinScope(Customer, ctx.actor, { id: input.customerId }));
    if (!customer) errors.push(fieldError('customerId', '指向的客户不存在', 'refers to a customer that does not exist'));
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
  ctx: Context,
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
      errors.push(fieldError('productUnitId', '指向的产品序列号不存在', 'refers to a product unit that does not exist'));
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
    errors.push(fieldError('productId', '指向的产品不存在', 'refers to a product that does not exist'));
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
function daysSince(at: Date, timeZone: string): number {
  return differenceInCalendarDays(parseDate(today(timeZone)), parseDate(today(timeZone, at)));
}

/**
 * 接件: takes a repair request. Checks what a person gets wrong at the phone, registers a new
 * customer or unit when needed, numbers the order, and flags warranty, repeat repair and 三包 exchange.
 */
export async function intake(input: ServiceOrderCreateInput, ctx: Context): Promise<ServiceOrder> {
  const actor = ctx.actor!;
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

  const day = today(ctx.config.timeZone);
  const order = em.create(ServiceOrder, {
    number: await nextOrderNumber(em, Number(day.slice(0, 4))),
    kind: input.kind ?? ServiceOrderKind.REPAIR,
    attribute,
    channel: actor.kind === 'partner' ? OrderChannel.PARTNER_API : (input.channel ?? OrderChannel.PHONE),
    onSite: input.onSite ?? true,
    status: ServiceOrderStatus.RECEIVED,
    customer,
    contactName: input.contactName?.trim() || customer.name,
    contactPhone: contactPhone!,
    address: input.address ?? customer.address ?? null,
    region: input.regionId ?? customer.regionId ?? null,
    productUnit: unit,
    product,
    serialNumber: unit.serialNumber,
    purchaseDate: unit.purchaseDate ?? null,
    reportedSymptom: input.reportedSymptom.trim(),
    symptomCode: input.symptomCodeId ?? null,
    customerRequest: input.customerRequest ?? CustomerRequest.REPAIR,
    station: stationId,
    appointmentStart: input.appointmentStart ?? null,
    appointmentEnd: input.appointmentEnd ?? null,
    inWarranty: inWarranty(unit, day),
    warrantyEndsOn: unit.warrantyEndsOn ?? null,
    trackingToken: randomBytes(18).toString('base64url'),
    createdByApiKey: actor.kind === 'partner' ? em.getReference(ApiKey, actor.id) : null,
    internalNote: input.note ?? null,
    slaDueAt: new Date(),
  } as never);
  await applySla(ctx, order, customer, rules);

  const notes: string[] = [`受理：${order.reportedSymptom}`];
  const previous = await em.findOne(
    ServiceOrder,
    { productUnit: unit, completedAt: { $ne: null }, status: { $ne: ServiceOrderStatus.CANCELLED } },
    { orderBy: { completedAt: 'desc' } },
  );
  if (previous && daysSince(previous.completedAt!, ctx.config.timeZone) <= rules.repeatRepairDays) {
    order.repeatRepair = true;
    order.previousOrder = em.getReference(ServiceOrder, previous.id) as never;
    notes.push(`重修：${previous.number} 完工后 ${daysSince(previous.completedAt!, ctx.config.timeZone)} 天再次报修`);
  }
  if (order.inWarranty && input.symptomCodeId) {
    const sameDefect = await em.count(ServiceOrder, {
      productUnit: unit,
      symptomCode: input.symptomCodeId,
      completedAt: { $ne: null },
      status: { $ne: ServiceOrderStatus.CANCELLED },
    });
    if (sameDefect >= rules.exchangeAfterRepairs) {
      order.exchangeOffered = true;
      notes.push(`三包：同一故障已修 ${sameDefect} 次仍未修好，可为顾客换货`);
    }
  }
  em.persist(order);
  appendEvent(em, order, actor, TimelineAction.CREATE, { note: notes.join('\n'), stationId: actor.stationId ?? null });

  return order;
}
