import { createTestApp, type TestApp } from '../helpers/test-app';
import { orderScenario, type Scenario } from '../helpers/order-scenario';
import { ServiceOrder } from '../../api/src/modules/service-order/service-order.entity';
import { AuditEntry } from '../../api/src/modules/audit/audit-entry.entity';

const HOUR = 3600_000;

describe('service order rules: SLA, dispatch, fees, appraisal, return visit', () => {
  let t: TestApp;
  let s: Scenario;
  beforeAll(async () => {
    t = await createTestApp();
    s = await orderScenario(t);
  });
  afterAll(() => t.close());

  const slaHours = (o: { slaDueAt: string; createdAt?: string }, created: Date) => Math.round((Date.parse(o.slaDueAt) - created.getTime()) / HOUR);
  const createdAt = async (id: string) => (await t.em().findOneOrFail(ServiceOrder, id)).createdAt;

  it('sets the SLA deadline from the distance band of the station to the customer’s region', async () => {
    const noStation = await s.createOrder();
    expect(noStation.distanceBand).toBeNull();
    expect(slaHours(noStation, await createdAt(noStation.id))).toBe(72);
    const cases: Array<[typeof s.near, string, number]> = [
      [s.near, 'NEAR', 24],
      [s.middle, 'MIDDLE', 48],
      [s.far, 'FAR', 72],
    ];
    for (const [station, band, hours] of cases) {
      const order = await s.createOrder({ stationId: station.id });
      expect({ band: order.distanceBand, hours: slaHours(order, await createdAt(order.id)) }).toEqual({ band, hours });
    }
    const redispatched = await s.okStep('dispatchServiceOrder', noStation.id, { stationId: s.near.id });
    expect(redispatched.order.distanceBand).toBe('NEAR');
    expect(slaHours(redispatched.order, await createdAt(noStation.id))).toBe(24);
  });

  it('shortens the deadline for VIP and contract customers, with thresholds from configuration', async () => {
    const vip = await s.f.customer({ region: s.region, serviceLevel: 'vip' });
    const unit = await s.f.unit({ product: s.product, owner: vip });
    const order = await s.createOrder({ customerId: vip.id, productUnitId: unit.id, stationId: s.middle.id });
    expect(slaHours(order, await createdAt(order.id))).toBe(24);
    await t.ok(`mutation { updateServiceRules(input: { middleHours: 36, vipFactor: 1 }) { middleHours } }`, {}, t.admin);
    const configured = await s.createOrder({ customerId: vip.id, productUnitId: unit.id, stationId: s.middle.id });
    expect(slaHours(configured, await createdAt(configured.id))).toBe(36);
    const bad = await t.gql(`mutation { updateServiceRules(input: { nearKm: 60 }) { nearKm } }`, {}, t.admin);
    expect(bad.errors?.[0].extensions.fields?.[0].field).toBe('middleKm');
    expect(bad.errors?.[0].message).toBe('输入有误：中距离上限必须大于近距离上限');
    const notAdmin = await t.gql(`mutation { updateServiceRules(input: { farHours: 10 }) { farHours } }`, {}, s.manager);
    expect(notAdmin.errors?.[0].extensions.code).toBe('FORBIDDEN');
    await t.ok(`mutation { updateServiceRules(input: { middleHours: 48, vipFactor: 0.5 }) { middleHours } }`, {}, t.admin);
  });

  it('flags and lists overdue orders until the work is done', async () => {
    const late = await s.createOrder({ stationId: s.near.id });
    const done = await s.createOrder({ stationId: s.near.id });
    await s.paths.completed(done.id);
    await t.em().nativeUpdate(ServiceOrder, { id: { $in: [late.id, done.id] } }, { slaDueAt: new Date(Date.now() - HOUR) });
    const list = await t.ok<{ serviceOrders: { items: { id: string; overdue: boolean }[] } }>(
      `{ serviceOrders(filter: { overdue: true }, perPage: 100) { items { id overdue } } }`,
      {},
      s.dispatcher,
    );
    expect(list.serviceOrders.items.map((o) => o.id)).toContain(late.id);
    expect(list.serviceOrders.items.map((o) => o.id)).not.toContain(done.id);
    expect(list.serviceOrders.items.every((o) => o.overdue)).toBe(true);
  });

  it('warns (does not refuse) when a technician goes over their daily limit', async () => {
    const day = '2030-06-01T02:00:00.000Z';
    const dispatchTo = async () => {
      const o = await s.createOrder();
      return s.okStep('dispatchServiceOrder', o.id, { stationId: s.near.id, technicianIds: [s.lead.id], appointmentStart: day });
    };
    expect((await dispatchTo()).warnings).toEqual([]);
    expect((await dispatchTo()).warnings).toEqual([]);
    const third = await dispatchTo();
    expect(third.order.status).toBe('DISPATCHED');
    expect(third.warnings).toEqual([expect.objectContaining({ code: 'TECHNICIAN_OVERLOADED', message: '李师傅 2030-06-01 的工单将达 3 单，超过每日上限 2' })]);
  });

  it('suggests the customer’s default technician first, then region match and light load', async () => {
    const customer = await s.f.customer({ region: s.region, defaultTechnician: s.helper });
    const unit = await s.f.unit({ product: s.product, owner: customer });
    const order = await s.createOrder({ customerId: customer.id, productUnitId: unit.id, stationId: s.near.id, appointmentStart: '2030-06-01T03:00:00.000Z' });
    const list = await t.ok<{ technicianSuggestions: { technician: { name: string }; load: number; overloaded: boolean; regionMatch: boolean; isDefault: boolean }[] }>(
      `query($id: ID!) { technicianSuggestions(orderId: $id) { technician { name } load overloaded regionMatch isDefault } }`,
      { id: order.id },
      s.dispatcher,
    );
    expect(list.technicianSuggestions.map((x) => x.technician.name)).toEqual(['王师傅', '李师傅']);
    expect(list.technicianSuggestions[0]).toMatchObject({ isDefault: true, load: 0 });
    expect(list.technicianSuggestions[1]).toMatchObject({ regionMatch: true, load: 3, overloaded: true });
    const plain = await s.createOrder({ stationId: s.near.id, appointmentStart: '2030-07-01T03:00:00.000Z' });
    const byRegion = await t.ok<{ technicianSuggestions: { technician: { name: string } }[] }>(
      `query($id: ID!) { technicianSuggestions(orderId: $id) { technician { name } } }`,
      { id: plain.id },
      s.dispatcher,
    );
    expect(byRegion.technicianSuggestions.map((x) => x.technician.name)).toEqual(['李师傅', '王师傅']);
  });

  it('refuses technicians of another station at dispatch', async () => {
    const order = await s.createOrder();
    const res = await s.step('dispatchServiceOrder', order.id, { stationId: s.near.id, technicianIds: [s.elsewhere.id] });
    expect(res.errors?.[0].extensions.fields?.[0].field).toBe('technicianIds');
  });

  it('computes fees from the most specific rules: labour by brand+category, visit by band, parts at sale price', async () => {
    const order = await s.createOrder();
    const done = await s.paths.completed(order.id, [{ partId: s.part.id, quantity: 2 }]);
    expect(done.order).toMatchObject({ labourFee: 150, visitFee: 30, partsFee: 240, totalFee: 420, payer: 'MANUFACTURER' });
    const outOfWarranty = await s.f.unit({ product: s.product, owner: s.customer, purchaseDate: '2020-01-01', warrantyEndsOn: '2021-01-01' });
    const paid = await s.createOrder({ productUnitId: outOfWarranty.id, onSite: false });
    const paidDone = await s.paths.completed(paid.id);
    expect(paidDone.order).toMatchObject({ labourFee: 60, visitFee: 0, partsFee: 0, payer: 'CUSTOMER', inWarranty: false });
  });

  it('lets an appraisal decide who pays: misuse is paid by the customer even in warranty', async () => {
    const order = await s.createOrder();
    await s.paths.completed(order.id);
    const misuse = await t.ok<{ recordServiceOrderAppraisal: { payer: string; appraisalVerdict: string; timeline: { action: string }[] } }>(
      `mutation($id: ID!) { recordServiceOrderAppraisal(id: $id, input: { verdict: MISUSE, note: "进水" }) { payer appraisalVerdict timeline { action } } }`,
      { id: order.id },
      s.nearStaff,
    );
    expect(misuse.recordServiceOrderAppraisal).toMatchObject({ payer: 'CUSTOMER', appraisalVerdict: 'MISUSE' });
    expect(misuse.recordServiceOrderAppraisal.timeline.at(-1)?.action).toBe('APPRAISAL');
    const noFault = await t.ok<{ recordServiceOrderAppraisal: { payer: string } }>(
      `mutation($id: ID!) { recordServiceOrderAppraisal(id: $id, input: { verdict: NO_FAULT_FOUND }) { payer } }`,
      { id: order.id },
      s.manager,
    );
    expect(noFault.recordServiceOrderAppraisal.payer).toBe('COMPANY');
    const denied = await t.gql(`mutation($id: ID!) { recordServiceOrderAppraisal(id: $id, input: { verdict: MISUSE }) { id } }`, { id: order.id }, s.dispatcher);
    expect(denied.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('overrides fees only with a reason, and audits the change with it', async () => {
    const order = await s.createOrder();
    await s.paths.completed(order.id);
    const noReason = await t.gql(`mutation($id: ID!) { overrideServiceOrderFees(id: $id, input: { labourFee: 0, reason: "" }) { id } }`, { id: order.id }, s.manager);
    expect(noReason.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const done = await t.ok<{ overrideServiceOrderFees: { labourFee: number; payer: string; feesOverridden: boolean } }>(
      `mutation($id: ID!) { overrideServiceOrderFees(id: $id, input: { labourFee: 0, payer: COMPANY, reason: "老客户，工时费减免" }) { labourFee payer feesOverridden } }`,
      { id: order.id },
      s.manager,
    );
    expect(done.overrideServiceOrderFees).toEqual({ labourFee: 0, payer: 'COMPANY', feesOverridden: true });
    const audit = await t.em().findOneOrFail(AuditEntry, { entityId: order.id, reason: { $ne: null } });
    expect(audit).toMatchObject({ reason: '老客户，工时费减免', actorId: s.manager.user.id, before: { labourFee: 150, payer: 'manufacturer' } });
    const staff = await t.gql(`mutation($id: ID!) { overrideServiceOrderFees(id: $id, input: { labourFee: 1, reason: "x" }) { id } }`, { id: order.id }, s.nearStaff);
    expect(staff.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('creates a linked rework order for a return-visit score of 1-2, and none for a good score', async () => {
    const unhappy = await s.createOrder();
    await s.paths.completed(unhappy.id);
    await s.okStep('returnServiceOrderToCustomer', unhappy.id, null, s.nearStaff);
    const visit = await s.okStep('recordServiceOrderReturnVisit', unhappy.id, { score: 2, comment: '还是不太凉' });
    expect(visit.order).toMatchObject({ status: 'VISITED', returnVisitScore: 2 });
    expect(visit.rework).toMatchObject({ status: 'RECEIVED', reworkOfId: unhappy.id, stationId: s.near.id });
    expect(visit.rework!.timeline.map((e) => e.action)).toEqual(['CREATE', 'REWORK_CREATED']);
    expect(visit.order.timeline.at(-1)?.summary).toContain(`已生成整改单 ${visit.rework!.number}`);

    const happy = await s.createOrder();
    await s.paths.completed(happy.id);
    await s.okStep('returnServiceOrderToCustomer', happy.id, null, s.nearStaff);
    const linked = await t.ok<{ serviceOrder: { reworkOrders: { id: string }[] }; serviceOrders: { items: { id: string }[] } }>(
      `query($id: ID!) { serviceOrder(id: $id) { reworkOrders { id } } serviceOrders(filter: { reworkOfId: $id }) { items { id } } }`,
      { id: unhappy.id },
      s.dispatcher,
    );
    expect(linked.serviceOrder.reworkOrders).toEqual([{ id: visit.rework!.id }]);
    expect(linked.serviceOrders.items).toEqual([{ id: visit.rework!.id }]);
    const good = await s.okStep('recordServiceOrderReturnVisit', happy.id, { score: 3 });
    expect(good.rework).toBeNull();
    const bad = await s.step('recordServiceOrderReturnVisit', happy.id, { score: 6 });
    expect(bad.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('tells each caller which other operations they may use now, and lets finance reviewers adjust fees', async () => {
    const order = await s.createOrder({ stationId: s.near.id });
    const ops = async (caller: typeof s.dispatcher) =>
      (await t.ok<{ serviceOrder: { allowedOperations: string[] } }>(`query($id: ID!) { serviceOrder(id: $id) { allowedOperations } }`, { id: order.id }, caller))
        .serviceOrder.allowedOperations.sort();
    expect(await ops(s.dispatcher)).toEqual(['ADD_NOTE', 'EDIT']);
    expect(await ops(s.manager)).toEqual(['ADD_NOTE', 'APPRAISE', 'EDIT', 'OVERRIDE_FEES']);
    expect(await ops(s.nearStaff)).toEqual(['ADD_NOTE', 'APPRAISE', 'EDIT']);
    const finance = await t.userWith(['finance_reviewer' as never]);
    expect(await ops(finance)).toEqual(['OVERRIDE_FEES']);
    await s.paths.completed(order.id);
    expect(await ops(s.dispatcher)).toEqual(['ADD_NOTE']);
    const adjusted = await t.ok<{ overrideServiceOrderFees: { visitFee: number } }>(
      `mutation($id: ID!) { overrideServiceOrderFees(id: $id, input: { visitFee: 0, reason: "同小区顺路" }) { visitFee } }`,
      { id: order.id },
      finance,
    );
    expect(adjusted.overrideServiceOrderFees.visitFee).toBe(0);
    const edit = await t.gql(`mutation($id: ID!) { updateServiceOrder(id: $id, input: { contactName: "x" }) { id } }`, { id: order.id }, s.dispatcher);
    expect(edit.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(edit.errors?.[0].message).toBe('输入有误：维修开始后不能再修改受理信息');
  });

  it('accepts an explicit null for optional step inputs', async () => {
    const order = await s.createOrder();
    await s.paths.dispatched(order.id);
    const res = await t.ok<{ startServiceOrderRepair: { order: { status: string } } }>(
      `mutation($id: ID!) { startServiceOrderRepair(id: $id, input: null) { order { status } } }`,
      { id: order.id },
      s.nearStaff,
    );
    expect(res.startServiceOrderRepair.order.status).toBe('IN_REPAIR');
  });

  it('ranks repair stations for an order by radius, capacity and distance', async () => {
    const order = await s.createOrder();
    const res = await t.ok<{ stationSuggestions: { station: { name: string }; distanceBand: string; withinRadius: boolean; distanceKm: number }[] }>(
      `query($id: ID!) { stationSuggestions(orderId: $id) { station { name } distanceBand withinRadius distanceKm } }`,
      { id: order.id },
      s.dispatcher,
    );
    const names = res.stationSuggestions.map((x) => x.station.name);
    expect(names.indexOf('南山维修站')).toBeLessThan(names.indexOf('宝安维修站'));
    expect(names).not.toContain('华南总代理');
    expect(res.stationSuggestions[0]).toMatchObject({ station: { name: '南山维修站' }, distanceBand: 'NEAR', withinRadius: true });
  });

  it('lists awaiting parts per station and manufacturer until they arrive', async () => {
    const order = await s.createOrder();
    await s.paths.inRepair(order.id);
    await s.okStep('awaitServiceOrderParts', order.id, { parts: [{ partId: s.part.id, quantity: 3 }] }, s.nearStaff);
    const report = async () =>
      (
        await t.ok<{ awaitingParts: { station: { name: string }; manufacturer: { id: string }; part: { name: string }; quantity: number; orderNumbers: string[] }[] }>(
          `query($st: ID) { awaitingParts(stationId: $st) { station { name } manufacturer { id } part { name } quantity orderNumbers } }`,
          { st: s.near.id },
          s.dispatcher,
        )
      ).awaitingParts;
    const rows = await report();
    expect(rows).toEqual([
      { station: { name: '南山维修站' }, manufacturer: { id: s.brand.manufacturerId }, part: { name: '冷媒 R32' }, quantity: 3, orderNumbers: [order.number] },
    ]);
    await s.okStep('markServiceOrderPartsArrived', order.id, null, s.nearStaff);
    expect(await report()).toEqual([]);
  });
});
