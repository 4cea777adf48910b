import { createTestApp, type TestApp, type Caller } from '../helpers/test-app';
import { orderScenario, type Scenario, type Order } from '../helpers/order-scenario';

const LIST = `{ serviceOrders(perPage: 100) { total items { id number contactName contactPhone address internalNote trackingToken
  timeline { action note internal actorLabel } } } }`;

describe('who sees which service orders, and how much of them', () => {
  let t: TestApp;
  let s: Scenario;
  let nearOrder: Order;
  let middleOrder: Order;
  let foreignOrder: Order;
  let partner: Caller;
  let partnerKeyId: string;

  beforeAll(async () => {
    t = await createTestApp();
    s = await orderScenario(t);
    nearOrder = await s.createOrder({ stationId: s.near.id, note: '内部：顾客脾气急' });
    await t.ok(`mutation($id: ID!) { addServiceOrderNote(id: $id, note: "催单，已安抚", internal: true) { id } }`, { id: nearOrder.id }, s.dispatcher);
    middleOrder = await s.createOrder({ stationId: s.middle.id });
    const otherProduct = await s.f.product();
    const otherUnit = await s.f.unit({ product: otherProduct, owner: s.customer });
    foreignOrder = await s.createOrder({ productUnitId: otherUnit.id, symptomCodeId: undefined });
    const issued = await t.ok<{ issueApiKey: { key: string; apiKey: { id: string } } }>(
      `mutation($input: ApiKeyIssueInput!) { issueApiKey(input: $input) { key apiKey { id } } }`,
      {
        input: {
          name: '格力售后对接',
          partnerKind: 'MANUFACTURER',
          manufacturerId: s.brand.manufacturerId,
          scopes: ['serviceOrder:read', 'serviceOrder:create', 'productUnit:read', 'product:read'],
        },
      },
      t.admin,
    );
    partner = { apiKey: issued.issueApiKey.key };
    partnerKeyId = issued.issueApiKey.apiKey.id;
  });
  afterAll(() => t.close());

  const numbers = async (caller: Caller) =>
    (await t.ok<{ serviceOrders: { items: Order[] } }>(LIST, {}, caller)).serviceOrders.items.map((o) => o.number).sort();

  it('station staff see only their station’s orders', async () => {
    expect(await numbers(s.nearStaff)).toEqual([nearOrder.number]);
    expect(await numbers(s.middleStaff)).toEqual([middleOrder.number]);
    expect(await numbers(s.dispatcher)).toEqual([nearOrder.number, middleOrder.number, foreignOrder.number].sort());
  });

  it('a manufacturer partner sees only its manufacturer’s orders, with contacts masked and internal notes hidden', async () => {
    const list = (await t.ok<{ serviceOrders: { items: Order[] } }>(LIST, {}, partner)).serviceOrders.items as unknown as Array<
      Order & { address: string | null; internalNote: string | null; timeline: { internal: boolean; actorLabel: string | null; note: string }[] }
    >;
    expect(list.map((o) => o.number).sort()).toEqual([nearOrder.number, middleOrder.number].sort());
    const o = list.find((x) => x.number === nearOrder.number)!;
    expect(o).toMatchObject({ contactName: '张*', contactPhone: '138****8000', address: null, internalNote: null, trackingToken: null });
    expect(o.timeline.map((e) => e.internal)).toEqual([false]);
    expect(o.timeline[0].actorLabel).toBeNull();
    const customer = await t.gql(`query($id: ID!) { serviceOrder(id: $id) { customer { mobile } } }`, { id: nearOrder.id }, partner);
    expect(customer.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const foreign = await t.gql(`query($id: ID!) { serviceOrder(id: $id) { id } }`, { id: foreignOrder.id }, partner);
    expect(foreign.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('office staff see everything, internal notes included', async () => {
    const list = (await t.ok<{ serviceOrders: { items: Array<Order & { internalNote: string }> } }>(LIST, {}, s.dispatcher)).serviceOrders.items;
    const o = list.find((x) => x.number === nearOrder.number)!;
    expect(o.contactPhone).toBe('13800138000');
    expect(o.internalNote).toBe('内部：顾客脾气急');
    expect(o.timeline.map((e) => [e.action, e.internal])).toEqual([
      ['CREATE', false],
      ['NOTE', true],
    ]);
  });

  it('a partner may file orders for its own products only, as PARTNER_API, and may not take lifecycle steps', async () => {
    const created = await t.ok<{ createServiceOrder: { id: string; channel: string; createdByApiKeyId: string } }>(
      `mutation($input: ServiceOrderCreateInput!) { createServiceOrder(input: $input) { id channel createdByApiKeyId } }`,
      { input: { customerId: s.customer.id, productUnitId: s.unit.id, reportedSymptom: '厂家热线转单', channel: 'PHONE' } },
      partner,
    );
    expect(created.createServiceOrder).toMatchObject({ channel: 'PARTNER_API', createdByApiKeyId: partnerKeyId });
    const otherUnit = await s.f.unit();
    const foreign = await t.gql(
      `mutation($input: ServiceOrderCreateInput!) { createServiceOrder(input: $input) { id } }`,
      { input: { customerId: s.customer.id, productUnitId: otherUnit.id, reportedSymptom: 'x' } },
      partner,
    );
    // Another maker's unit is outside the key's scope: to the key it does not exist.
    expect(foreign.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'productUnitId' }] });
    const step = await s.step('cancelServiceOrder', created.createServiceOrder.id, { reason: 'x' }, partner);
    expect(step.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('a customer follows the order by number and the phone’s last four digits, seeing only safe fields', async () => {
    const q = `query($n: String!, $p: String!) { trackServiceOrder(number: $n, phoneLast4: $p) { number status productModel stationName stationPhone steps { action status stationName department summary } } }`;
    const ok = await t.ok<{ trackServiceOrder: { number: string; stationName: string; steps: { action: string; summary: string | null }[] } }>(q, { n: nearOrder.number, p: '8000' });
    expect(ok.trackServiceOrder).toMatchObject({ number: nearOrder.number, stationName: '南山维修站', stationPhone: '0755-26001234' });
    expect(ok.trackServiceOrder.steps.map((e) => e.action)).toEqual(['CREATE']);
    expect(JSON.stringify(ok)).not.toContain('张三');
    const wrong = await t.gql(q, { n: nearOrder.number, p: '1234' });
    expect(wrong.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const unknown = await t.gql(q, { n: 'SO-1999-000001', p: '8000' });
    expect(unknown.errors?.[0].message).toBe(wrong.errors?.[0].message);
  });

  it('the tracking page shows the customer-facing steps only: no staff names, internal text, rework or notes', async () => {
    const order = await s.createOrder({ stationId: s.near.id, appointmentStart: '2026-12-24T01:00:00Z', appointmentEnd: '2026-12-24T03:00:00Z' });
    await s.okStep('dispatchServiceOrder', order.id, { stationId: s.near.id, technicianIds: [s.lead.id], note: '师傅手机 139xxxx' });
    await t.ok(`mutation($id: ID!) { addServiceOrderNote(id: $id, note: "顾客说可以晚点来", internal: false) { id } }`, { id: order.id }, s.dispatcher);
    await s.okStep('startServiceOrderRepair', order.id, null, s.nearStaff);
    await s.okStep('completeServiceOrder', order.id, { causeCodeId: s.cause.id, methodCodeId: s.method.id }, s.nearStaff);
    await s.okStep('returnServiceOrderToCustomer', order.id, null, s.nearStaff);
    await s.okStep('recordServiceOrderReturnVisit', order.id, { score: 1, comment: '师傅态度很差，要投诉' });
    const q = `query($t: String!) { trackServiceOrderByToken(token: $t) { appointmentStart appointmentEnd
      steps { action department summary } } }`;
    const zh = await t.ok<{ trackServiceOrderByToken: { appointmentStart: string; steps: Array<{ action: string; department: string; summary: string | null }> } }>(
      q,
      { t: order.trackingToken },
    );
    const text = JSON.stringify(zh);
    for (const secret of ['李师傅', '139xxxx', '晚点来', '整改', '投诉', '评分']) expect(text).not.toContain(secret);
    expect(zh.trackServiceOrderByToken.steps.map((e) => e.action)).toEqual(['CREATE', 'DISPATCH', 'START_REPAIR', 'COMPLETE', 'RETURN_TO_CUSTOMER', 'RECORD_RETURN_VISIT']);
    const dispatch = zh.trackServiceOrderByToken.steps[1];
    expect(dispatch).toMatchObject({ department: '客服中心' });
    expect(dispatch.summary).toContain('派往 南山维修站');
    // Dates read as the panel writes them, in the reader's language and the business time zone.
    expect(dispatch.summary).toContain('预约 2026/12/24 09:00 至 2026/12/24 11:00');
    expect(zh.trackServiceOrderByToken.appointmentStart).toBe('2026-12-24T01:00:00.000Z');
    const en = await t.ok<{ trackServiceOrderByToken: { steps: Array<{ department: string; summary: string | null }> } }>(q, { t: order.trackingToken }, { lang: 'en' });
    expect(en.trackServiceOrderByToken.steps[1]).toMatchObject({ department: 'Call centre' });
    expect(en.trackServiceOrderByToken.steps[1].summary).toContain('Dispatched to 南山维修站');
    expect(en.trackServiceOrderByToken.steps[1].summary).toContain('Appointment 24/12/2026 09:00 to 24/12/2026 11:00');
  });

  it('locks an order number for the guessing address after 10 wrong phone guesses', async () => {
    const q = `query($n: String!, $p: String!) { trackServiceOrder(number: $n, phoneLast4: $p) { number } }`;
    for (let i = 0; i < 10; i++) {
      const guess = await t.gql(q, { n: middleOrder.number, p: String(1000 + i) });
      expect(guess.errors?.[0].extensions.code).toBe('NOT_FOUND');
    }
    const right = await t.gql(q, { n: middleOrder.number, p: '8000' });
    expect(right.errors?.[0].extensions.code).toBe('TOO_MANY_ATTEMPTS');
    expect((await t.ok<{ trackServiceOrder: { number: string } }>(q, { n: nearOrder.number, p: '8000' })).trackServiceOrder.number).toBe(nearOrder.number);
  });

  it('the unguessable tracking link works without login', async () => {
    const token = (await t.ok<{ serviceOrder: { trackingToken: string } }>(`query($id: ID!) { serviceOrder(id: $id) { trackingToken } }`, { id: middleOrder.id }, s.dispatcher))
      .serviceOrder.trackingToken;
    expect(token.length).toBeGreaterThanOrEqual(24);
    const res = await t.ok<{ trackServiceOrderByToken: { number: string } }>(`query($t: String!) { trackServiceOrderByToken(token: $t) { number } }`, { t: token });
    expect(res.trackServiceOrderByToken.number).toBe(middleOrder.number);
    const bad = await t.gql(`query($t: String!) { trackServiceOrderByToken(token: $t) { number } }`, { t: token.slice(0, -2) + 'xx' });
    expect(bad.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('finds a caller by phone with their units and the orders the viewer may see (来电显示)', async () => {
    const q = `{ customers(filter: { phone: "0138000" }) { items { name productUnits { serialNumber inWarranty serviceOrders { number } } serviceOrders { number } } } }`;
    const office = (await t.ok<{ customers: { items: Array<{ name: string; productUnits: { serialNumber: string; serviceOrders: { number: string }[] }[]; serviceOrders: { number: string }[] }> } }>(q, {}, s.dispatcher)).customers.items;
    expect(office.map((c) => c.name)).toEqual(['张三']);
    expect(office[0].serviceOrders.map((o) => o.number).sort()).toEqual(expect.arrayContaining([nearOrder.number, middleOrder.number, foreignOrder.number]));
    expect(office[0].productUnits.find((u) => u.serialNumber === s.unit.serialNumber)!.serviceOrders.map((o) => o.number)).toContain(nearOrder.number);
    const station = (await t.ok<{ customers: { items: Array<{ serviceOrders: { number: string }[] }> } }>(q, {}, s.middleStaff)).customers.items;
    expect(station[0].serviceOrders.map((o) => o.number)).toEqual([middleOrder.number]);
  });

  it('lists orders with their relations in a constant number of statements', async () => {
    for (let i = 0; i < 6; i++) await s.createOrder({ stationId: s.near.id });
    const q = `query($n: Int) { serviceOrders(perPage: $n) { items { number customer { name } product { modelNumber brand { name } } station { name }
      symptomCode { name } technicians { name } timeline { action station { name } } allowedActions } } }`;
    const two = await t.countQueries(() => t.ok(q, { n: 2 }, s.dispatcher));
    const ten = await t.countQueries(() => t.ok(q, { n: 10 }, s.dispatcher));
    expect(ten.queries.length).toBe(two.queries.length);
    expect(ten.queries.length).toBeLessThanOrEqual(14);
  });
});
