import { addDaysTo, startOfDayIn, today } from '../../api/src/common/dates';
import { catalogue } from '../../api/src/labels';
import { PARTNER_GRANTABLE, ROLE_PERMISSIONS } from '../../api/src/modules/auth/permissions';
import { Role } from '../../api/src/modules/auth/role';
import { isClosed } from '../../api/src/modules/service-order/service-order.lifecycle';
import { SaleAttribute, ServiceOrderStatus } from '../../api/src/modules/service-order/service-order.enums';
import type { ServiceOrder } from '../../api/src/modules/service-order/service-order.entity';
import { createTestApp, type Caller, type TestApp } from '../helpers/test-app';
import { orderScenario, type Scenario } from '../helpers/order-scenario';

/** What daily users of issue #9 asked for: searching orders, closed orders, what the customer pays, the first screen's counts. */
describe('service orders for daily work', () => {
  let t: TestApp;
  let s: Scenario;
  const sql = (text: string, params: unknown[] = []) => t.em().getConnection().execute(text, params);
  const numbers = async (filter: Record<string, unknown>, caller: Caller = s.dispatcher) => {
    const r = await t.ok<{ serviceOrders: { items: { number: string }[] } }>(
      `query($f: ServiceOrderFilter) { serviceOrders(filter: $f, perPage: 100) { items { number } } }`,
      { f: filter },
      caller,
    );
    return r.serviceOrders.items.map((o) => o.number).sort();
  };

  beforeAll(async () => {
    t = await createTestApp();
    s = await orderScenario(t);
  });
  afterAll(() => t.close());

  describe('search and filters', () => {
    let mine: { number: string };
    let other: { number: string };

    beforeAll(async () => {
      const product = await s.f.product({ brand: s.brand, category: s.ac, modelNumber: 'KFR-72LW/NhIa3BG' });
      const unit = await s.f.unit({ product, owner: s.customer, purchaseDate: '2025-06-01' });
      mine = await s.createOrder({ productUnitId: unit.id, contactPhone: '13904356430' });
      other = await s.createOrder();
    });

    it('filters orders by part of the model number in any case, and q finds it too', async () => {
      expect(await numbers({ modelNumber: 'nhia3' })).toEqual([mine.number]);
      expect(await numbers({ modelNumber: 'KFR-72lw' })).toEqual([mine.number]);
      expect(await numbers({ q: '72lw/nh' })).toEqual([mine.number]);
      expect(await numbers({ modelNumber: 'NOPE' })).toEqual([]);
    });

    it('finds a phone typed with spaces or dashes', async () => {
      expect(await numbers({ q: '139 0435 6430' })).toEqual([mine.number]);
      expect(await numbers({ q: '139-0435-6430' })).toEqual([mine.number]);
      expect(await numbers({ q: '0435 6430' })).toEqual([mine.number]);
      expect(await numbers({ q: '138 0013' })).toContain(other.number);
    });

    it('a partner, who may not read contact phones, does not find orders by them', async () => {
      const key = await t.ok<{ issueApiKey: { key: string } }>(
        `mutation($i: ApiKeyIssueInput!) { issueApiKey(input: $i) { key } }`,
        { i: { name: '格力对接', partnerKind: 'MANUFACTURER', manufacturerId: s.brand.manufacturer.id, scopes: ['serviceOrder:read', 'product:read'] } },
        t.admin,
      );
      expect(await numbers({ q: '139 0435 6430' }, { apiKey: key.issueApiKey.key })).toEqual([]);
      expect(await numbers({ q: 'nhia3bg' }, { apiKey: key.issueApiKey.key })).toEqual([mine.number]);
    });

    it('looks products up by part of the model number in any case', async () => {
      const r = await t.ok<{ products: { items: { modelNumber: string }[] } }>(
        `{ products(filter: { modelNumber: "kfr-72lw" }) { items { modelNumber } } }`,
        {},
        s.dispatcher,
      );
      expect(r.products.items.map((p) => p.modelNumber)).toEqual(['KFR-72LW/NhIa3BG']);
    });
  });

  describe('closed orders', () => {
    it('a pre-sale order back from the agent is closed, and the filter says so', async () => {
      const store = await s.f.customer({ name: '国美南山店', kind: 'store', mobile: '13700137000' });
      const preSale = await s.createOrder({ attribute: 'PRE_SALE', customerId: store.id });
      await s.okStep('sendServiceOrderToAgent', preSale.id, { agentStationId: s.agent.id });
      const back = await s.okStep('receiveServiceOrderFromAgent', preSale.id, {});
      expect(back.order.status).toBe('BACK_FROM_AGENT');
      const open = await s.createOrder();
      const r = await t.ok<{ serviceOrder: { closed: boolean; status: string } }>(`query($id: ID!) { serviceOrder(id: $id) { status closed } }`, { id: preSale.id }, s.dispatcher);
      expect(r.serviceOrder).toEqual({ status: 'BACK_FROM_AGENT', closed: true });
      expect(await numbers({ closed: true })).toContain(preSale.number);
      expect(await numbers({ closed: false })).not.toContain(preSale.number);
      expect(await numbers({ closed: false })).toContain(open.number);
    });

    it('the filter and the field agree with the lifecycle on every state and attribute', async () => {
      const order = await s.createOrder();
      for (const status of Object.values(ServiceOrderStatus)) {
        for (const attribute of Object.values(SaleAttribute)) {
          await sql(`update service_order set status = ?, attribute = ? where id = ?`, [status, attribute, order.id]);
          const expected = isClosed({ status, attribute } as ServiceOrder);
          const r = await t.ok<{ serviceOrders: { items: { closed: boolean }[] } }>(
            `query($id: ID!, $c: Boolean) { serviceOrders(filter: { ids: [$id], closed: $c }) { items { closed } } }`,
            { id: order.id, c: expected },
            s.dispatcher,
          );
          expect({ status, attribute, closed: r.serviceOrders.items.map((i) => i.closed) }).toEqual({ status, attribute, closed: [expected] });
        }
      }
    });
  });

  describe('what the customer pays', () => {
    const pays = async (id: string) =>
      (await t.ok<{ serviceOrder: { customerPays: number | null; totalFee: number | null; payer: string | null } }>(
        `query($id: ID!) { serviceOrder(id: $id) { customerPays totalFee payer } }`,
        { id },
        s.dispatcher,
      )).serviceOrder;
    const override = (id: string, payer: string) =>
      t.ok(`mutation($id: ID!, $p: Payer) { overrideServiceOrderFees(id: $id, input: { payer: $p, reason: "试" }) { id } }`, { id, p: payer }, s.manager);

    it('is null before fees, nothing when the manufacturer or the company pays, the total when the customer does', async () => {
      const order = await s.createOrder();
      expect(await pays(order.id)).toEqual({ customerPays: null, totalFee: null, payer: null });
      await s.paths.completed(order.id, [{ partId: s.part.id, quantity: 2 }]);
      const inWarranty = await pays(order.id);
      expect(inWarranty).toMatchObject({ payer: 'MANUFACTURER', customerPays: 0 });
      expect(inWarranty.totalFee).toBeGreaterThan(0);
      await override(order.id, 'CUSTOMER');
      expect(await pays(order.id)).toEqual({ ...inWarranty, payer: 'CUSTOMER', customerPays: inWarranty.totalFee });
      await override(order.id, 'COMPANY');
      expect(await pays(order.id)).toMatchObject({ payer: 'COMPANY', customerPays: 0 });
    });

    it('is read in lists with only the columns it needs', async () => {
      const r = await t.ok<{ serviceOrders: { items: { customerPays: number | null }[] } }>(`{ serviceOrders(perPage: 5) { items { customerPays } } }`, {}, s.dispatcher);
      expect(r.serviceOrders.items.length).toBeGreaterThan(0);
    });
  });

  describe('intake', () => {
    it('managers dispatch and cancel but do not take orders; the panel learns it from me', async () => {
      const refused = await t.gql(
        `mutation($i: ServiceOrderCreateInput!) { createServiceOrder(input: $i) { id } }`,
        { i: { customerId: s.customer.id, productUnitId: s.unit.id, reportedSymptom: '不制冷' } },
        s.manager,
      );
      expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
      const may = async (caller: Caller) => (await t.ok<{ me: { mayTakeOrders: boolean } }>(`{ me { mayTakeOrders } }`, {}, caller)).me.mayTakeOrders;
      expect(await may(s.manager)).toBe(false);
      expect(await may(s.dispatcher)).toBe(true);
      expect(await may(s.nearStaff)).toBe(true);
      expect(await may(t.admin)).toBe(true);
      expect(await may(await t.userWith([Role.ANALYST]))).toBe(false);
      const order = await s.createOrder();
      await s.okStep('cancelServiceOrder', order.id, { reason: '顾客取消' }, s.manager);
    });

    it('me tells the panel the business time zone', async () => {
      expect((await t.ok<{ me: { timeZone: string } }>(`{ me { timeZone } }`, {}, s.dispatcher)).me.timeZone).toBe(t.config.timeZone);
    });
  });

  it('names the partners behind the orders a caller may see, for the partner filter', async () => {
    const issue = async (name: string, scopes: string[]) =>
      (await t.ok<{ issueApiKey: { key: string; apiKey: { id: string } } }>(
        `mutation($i: ApiKeyIssueInput!) { issueApiKey(input: $i) { key apiKey { id } } }`,
        { i: { name, partnerKind: 'RETAILER', scopes } },
        t.admin,
      )).issueApiKey;
    const shop = await issue('苏宁南山店', ['serviceOrder:read']);
    // An order the shop's key created (attributed directly: the shop's own customers are beside the point here).
    const order = await s.createOrder();
    await sql(`update service_order set created_by_api_key_id = ? where id = ?`, [shop.apiKey.id, order.id]);
    const partners = async (caller: Caller) =>
      (await t.ok<{ orderPartners: { id: string; name: string; partnerKind: string }[] }>(`{ orderPartners { id name partnerKind } }`, {}, caller)).orderPartners;
    expect(await partners(s.dispatcher)).toContainEqual({ id: shop.apiKey.id, name: '苏宁南山店', partnerKind: 'RETAILER' });
    // The station user sees orders of its station only: none of these came from a partner.
    expect(await partners(s.middleStaff)).toEqual([]);
    // A retailer's key sees the orders it created: itself, and no other partner.
    expect(await partners({ apiKey: shop.key })).toEqual([{ id: shop.apiKey.id, name: '苏宁南山店', partnerKind: 'RETAILER' }]);
    const other = await issue('别家', ['serviceOrder:read']);
    expect(await partners({ apiKey: other.key })).toEqual([]);
  });

  it('every permission a role or a partner key may hold has a name in both languages', () => {
    const labels = catalogue().enums.Permission;
    const held = new Set([...PARTNER_GRANTABLE, ...Object.values(ROLE_PERMISSIONS).flat()]);
    expect([...held].filter((p) => !labels[p]?.zh || !labels[p]?.en)).toEqual([]);
    expect(labels['serviceOrder:create']).toEqual({ zh: '新建服务单', en: 'Create service orders' });
  });
});

/** The dashboard on a clean database, in a business time zone far from UTC. */
describe('the order dashboard', () => {
  let t: TestApp;
  let s: Scenario;
  const DASHBOARD = `{ orderDashboard { today overdue dueToday awaitingParts unassigned receivedToday intakeByDay { day count } } }`;
  type Dashboard = { today: string; overdue: number; dueToday: number; awaitingParts: number; unassigned: number; receivedToday: number; intakeByDay: { day: string; count: number }[] };
  const dashboard = async (caller: Caller) => (await t.ok<{ orderDashboard: Dashboard }>(DASHBOARD, {}, caller)).orderDashboard;
  const set = (id: string, columns: Record<string, unknown>) =>
    t.em().getConnection().execute(`update service_order set ${Object.keys(columns).map((c) => `${c} = ?`).join(', ')} where id = ?`, [...Object.values(columns), id]);
  const total = (caller: Caller, filter: Record<string, unknown>) =>
    t.ok<{ serviceOrders: { total: number } }>(`query($f: ServiceOrderFilter) { serviceOrders(filter: $f) { total } }`, { f: filter }, caller).then((r) => r.serviceOrders.total);

  let day: string;
  let dayStart: Date;
  let tomorrow: Date;
  let makerKey: string;

  beforeAll(async () => {
    // UTC+14: "today" there is mostly another UTC day; the counts must use the business day.
    t = await createTestApp({ BUSINESS_TZ: 'Pacific/Kiritimati' });
    s = await orderScenario(t);
    const tz = t.config.timeZone;
    day = today(tz);
    dayStart = startOfDayIn(day, tz);
    tomorrow = startOfDayIn(addDaysTo(day, 1), tz);
    const hour = 3600_000;
    const now = Date.now();
    const otherMaker = await s.f.product({ category: s.ac });
    const otherUnit = await s.f.unit({ product: otherMaker, owner: s.customer, purchaseDate: '2025-01-01' });

    // At the near station (the station user's), the scenario's product (the maker key's):
    const overdue = await s.createOrder({ stationId: s.near.id });
    await set(overdue.id, { sla_due_at: new Date(now - hour), created_at: new Date(dayStart.getTime() - 2 * 86_400_000) });
    const dueToday = await s.createOrder({ stationId: s.near.id });
    await set(dueToday.id, { sla_due_at: new Date(tomorrow.getTime() - 60_000), created_at: new Date(dayStart.getTime() + 60_000) });
    const awaiting = await s.createOrder({ stationId: s.near.id });
    await set(awaiting.id, { status: 'awaiting_parts', sla_due_at: new Date(tomorrow.getTime() + 5 * hour), created_at: new Date(dayStart.getTime() - 60_000) });
    // A finished order past its deadline counts nowhere but the chart.
    const done = await s.createOrder({ stationId: s.near.id });
    await set(done.id, { status: 'completed', sla_due_at: new Date(now - hour) });
    // Elsewhere: another station, another maker's product, received today.
    const elsewhere = await s.createOrder({ stationId: s.middle.id, productUnitId: otherUnit.id });
    await set(elsewhere.id, { sla_due_at: new Date(now - hour) });
    const key = await t.ok<{ issueApiKey: { key: string } }>(
      `mutation($i: ApiKeyIssueInput!) { issueApiKey(input: $i) { key } }`,
      { i: { name: '格力对接', partnerKind: 'MANUFACTURER', manufacturerId: s.brand.manufacturer.id, scopes: ['serviceOrder:read'] } },
      t.admin,
    );
    makerKey = key.issueApiKey.key;
  });
  afterAll(() => t.close());

  it('counts what the office acts on, today being the business day', async () => {
    const d = await dashboard(s.dispatcher);
    expect(d.today).toBe(day);
    // overdue: ours and the one elsewhere; due today: one; unassigned (received): all open but the awaiting one.
    expect(d).toMatchObject({ overdue: 2, dueToday: 1, awaitingParts: 1, unassigned: 3 });
    // Received today: dueToday (a minute after the business day began), done and elsewhere (now); not the awaiting one (a minute before).
    expect(d.receivedToday).toBe(3);
    expect(d.intakeByDay).toHaveLength(14);
    expect(d.intakeByDay[13]).toEqual({ day, count: 3 });
    expect(d.intakeByDay[12]).toEqual({ day: addDaysTo(day, -1), count: 1 });
    expect(d.intakeByDay[11]).toEqual({ day: addDaysTo(day, -2), count: 1 });
    expect(d.intakeByDay.reduce((n, x) => n + x.count, 0)).toBe(5);
  });

  it('each count is the total of the list it links to', async () => {
    const d = await dashboard(s.dispatcher);
    const running = ['RECEIVED', 'DISPATCHED', 'IN_REPAIR', 'AWAITING_PARTS', 'SENT_TO_AGENT'];
    expect(await total(s.dispatcher, { overdue: true })).toBe(d.overdue);
    expect(await total(s.dispatcher, { statuses: running, overdue: false, slaDueTo: day })).toBe(d.dueToday);
    expect(await total(s.dispatcher, { statuses: ['AWAITING_PARTS'] })).toBe(d.awaitingParts);
    expect(await total(s.dispatcher, { statuses: ['RECEIVED'] })).toBe(d.unassigned);
    expect(await total(s.dispatcher, { createdFrom: day, createdTo: day })).toBe(d.receivedToday);
  });

  it('a station user counts their station’s orders only', async () => {
    const d = await dashboard(s.nearStaff);
    expect(d).toMatchObject({ overdue: 1, dueToday: 1, awaitingParts: 1, unassigned: 2, receivedToday: 2 });
    expect(d.intakeByDay.reduce((n, x) => n + x.count, 0)).toBe(4);
    expect(await dashboard(s.middleStaff)).toMatchObject({ overdue: 1, dueToday: 0, awaitingParts: 0, unassigned: 1, receivedToday: 1 });
  });

  it('a manufacturer’s key counts its products’ orders only', async () => {
    const d = await dashboard({ apiKey: makerKey });
    expect(d).toMatchObject({ overdue: 1, dueToday: 1, awaitingParts: 1, unassigned: 2, receivedToday: 2 });
  });

  it('needs serviceOrder:read', async () => {
    const key = await t.ok<{ issueApiKey: { key: string } }>(
      `mutation($i: ApiKeyIssueInput!) { issueApiKey(input: $i) { key } }`,
      { i: { name: '只读产品', partnerKind: 'RETAILER', scopes: ['product:read'] } },
      t.admin,
    );
    const r = await t.gql(DASHBOARD, {}, { apiKey: key.issueApiKey.key });
    expect(r.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});
