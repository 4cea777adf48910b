import type { TestApp, Caller } from './test-app';
import { Fixtures } from './fixtures';
import { stepInputType } from './lifecycles';
import { CodeKind } from '../../api/src/modules/code-table/code-kind';
import { Role } from '../../api/src/modules/auth/role';
import { FeeRule } from '../../api/src/modules/fee/fee-rule.entity';
import { withoutAudit } from '../../api/src/modules/audit/audit-context';
import { addDaysTo, today } from '../../api/src/common/dates';

export const ORDER_FIELDS = `id number status attribute inWarranty repeatRepair previousOrderId exchangeOffered slaDueAt distanceBand distanceKm
  stationId technicianIds allowedActions overdue labourFee visitFee partsFee totalFee payer feesOverridden appraisalVerdict
  returnVisitScore reworkOfId closedAt completedAt cancelReason trackingToken contactName contactPhone
  timeline { action fromStatus status actorLabel stationId department summary note internal }`;

/**
 * A small world to run service orders in: a customer in 南山 (22.53, 113.93); stations 2 km,
 * ~20 km and ~100 km away; a general agent; codes for an air-conditioner category; fee rules.
 */
export async function orderScenario(t: TestApp) {
  const f = new Fixtures(t.em());
  const region = await f.region({ name: '南山区', latitude: 22.53, longitude: 113.93 });
  const agent = await f.station({ name: '华南总代理', kind: 'general_agent', latitude: 23.13, longitude: 113.26 });
  const near = await f.station({ name: '南山维修站', latitude: 22.54, longitude: 113.94, parent: agent, phone: '0755-26001234' });
  const middle = await f.station({ name: '宝安维修站', latitude: 22.7, longitude: 113.85 });
  const far = await f.station({ name: '惠州维修站', latitude: 23.11, longitude: 114.42 });
  const ac = await f.category({ name: '空调' });
  const tv = await f.category({ name: '电视' });
  const brand = await f.brand({ name: '格力' });
  const product = await f.product({ brand, category: ac, warrantyMonths: 12, modelNumber: `KFR-${Date.now() % 100000}` });
  const symptomGroup = await f.codeGroup(CodeKind.FAULT_SYMPTOM, { categoryIds: [ac.id] });
  const symptom = await f.code(CodeKind.FAULT_SYMPTOM, { group: symptomGroup, name: '不制冷' });
  const tvSymptom = await f.code(CodeKind.FAULT_SYMPTOM, { categoryIds: [tv.id], name: '无图像' });
  const inactiveSymptom = await f.code(CodeKind.FAULT_SYMPTOM, { group: symptomGroup, name: '旧代码', active: false });
  const cause = await f.code(CodeKind.FAULT_CAUSE, { name: '缺氟' });
  const location = await f.code(CodeKind.FAULT_LOCATION, { name: '管路' });
  const method = await f.code(CodeKind.REPAIR_METHOD, { name: '补焊加氟' });
  const customer = await f.customer({ name: '张三', mobile: '13800138000', region, address: '南山区科技园 1 号' });
  const day = today(t.config.timeZone);
  const unit = await f.unit({ product, owner: customer, purchaseDate: addDaysTo(day, -100), warrantyEndsOn: addDaysTo(day, 265) });
  const lead = await f.technician({ station: near, name: '李师傅', dailyOrderLimit: 2, regionIds: [region.id], skillGrade: 3 });
  const helper = await f.technician({ station: near, name: '王师傅', dailyOrderLimit: 5, skillGrade: 4 });
  const elsewhere = await f.technician({ station: middle, name: '赵师傅' });
  const part = await f.part({ name: '冷媒 R32', salePrice: 120, manufacturer: brand.manufacturer });
  const em = t.em();
  const rule = (data: Record<string, unknown>) => em.create(FeeRule, { name: 'rule', active: true, ...data } as never);
  rule({ feeKind: 'labour', serviceKind: 'on_site_repair', amount: 80 });
  rule({ feeKind: 'labour', serviceKind: 'on_site_repair', category: ac, amount: 100 });
  rule({ feeKind: 'labour', serviceKind: 'on_site_repair', category: ac, brand, amount: 150 });
  rule({ feeKind: 'visit', serviceKind: 'on_site_repair', distanceBand: 'near', amount: 30 });
  rule({ feeKind: 'visit', serviceKind: 'on_site_repair', distanceBand: 'middle', amount: 50 });
  rule({ feeKind: 'labour', serviceKind: 'in_shop_repair', amount: 60 });
  await withoutAudit(() => em.flush());

  const dispatcher = await t.userWith([Role.DISPATCHER]);
  const manager = await t.userWith([Role.MANAGER]);
  const nearStaff = await t.userWith([Role.TECHNICIAN], { stationId: near.id });
  const middleStaff = await t.userWith([Role.TECHNICIAN], { stationId: middle.id });

  const createOrder = async (input: Record<string, unknown> = {}, caller: Caller = dispatcher) => {
    const res = await t.ok<{ createServiceOrder: Order }>(
      `mutation($input: ServiceOrderCreateInput!) { createServiceOrder(input: $input) { ${ORDER_FIELDS} } }`,
      { input: { customerId: customer.id, productUnitId: unit.id, reportedSymptom: '空调不制冷', symptomCodeId: symptom.id, ...input } },
      caller,
    );
    return res.createServiceOrder;
  };

  /** Runs a lifecycle mutation; returns the GraphQL result (errors included). */
  const step = (mutation: string, id: string, input: Record<string, unknown> | null, caller: Caller = dispatcher) =>
    t.gql<Record<string, { order: Order; warnings: { code: string; message: string }[]; rework: Order | null }>>(
      `mutation($id: ID!${input ? `, $input: ${stepInputType(mutation)}!` : ''}) { ${mutation}(id: $id${input ? ', input: $input' : ''}) {
        order { ${ORDER_FIELDS} } warnings { code message messageEn } rework { ${ORDER_FIELDS} } } }`,
      input ? { id, input } : { id },
      caller,
    );
  const okStep = async (mutation: string, id: string, input: Record<string, unknown> | null, caller: Caller = dispatcher) => {
    const res = await step(mutation, id, input, caller);
    if (res.errors) throw new Error(`${mutation}: ${JSON.stringify(res.errors)}`);
    return res.data![mutation];
  };

  const paths = {
    dispatched: async (id: string) => okStep('dispatchServiceOrder', id, { stationId: near.id, technicianIds: [lead.id] }),
    inRepair: async (id: string) => {
      await paths.dispatched(id);
      return okStep('startServiceOrderRepair', id, null, nearStaff);
    },
    completed: async (id: string, parts: { partId: string; quantity: number }[] = []) => {
      await paths.inRepair(id);
      return okStep('completeServiceOrder', id, { causeCodeId: cause.id, methodCodeId: method.id, locationCodeId: location.id, parts }, nearStaff);
    },
  };

  return {
    f, region, agent, near, middle, far, ac, tv, brand, product, symptom, tvSymptom, inactiveSymptom, cause, location, method,
    customer, unit, lead, helper, elsewhere, part, dispatcher, manager, nearStaff, middleStaff, createOrder, step, okStep, paths,
  };
}

export type Scenario = Awaited<ReturnType<typeof orderScenario>>;

export interface Order {
  id: string;
  number: string;
  status: string;
  attribute: string;
  inWarranty: boolean;
  repeatRepair: boolean;
  previousOrderId: string | null;
  exchangeOffered: boolean;
  slaDueAt: string;
  distanceBand: string | null;
  distanceKm: number | null;
  stationId: string | null;
  technicianIds: string[];
  allowedActions: string[];
  overdue: boolean;
  labourFee: number | null;
  visitFee: number | null;
  partsFee: number | null;
  totalFee: number | null;
  payer: string | null;
  feesOverridden: boolean;
  appraisalVerdict: string | null;
  returnVisitScore: number | null;
  reworkOfId: string | null;
  closedAt: string | null;
  completedAt: string | null;
  cancelReason: string | null;
  trackingToken: string | null;
  contactName: string;
  contactPhone: string;
  timeline: { action: string; fromStatus: string | null; status: string; actorLabel: string | null; stationId: string | null; department: string; summary: string | null; note: string | null; internal: boolean }[];
}

