import { createTestApp, type TestApp } from '../helpers/test-app';
import { Fixtures } from '../helpers/fixtures';
import { orderScenario, type Scenario } from '../helpers/order-scenario';
import { CodeKind } from '../../api/src/modules/code-table/code-kind';
import { addDaysTo, today } from '../../api/src/common/dates';

const UNITS = (total: boolean) => `query($perPage: Int) {
  productUnits(perPage: $perPage, sortField: serialNumber) {
    ${total ? 'total' : ''}
    items { serialNumber product { modelNumber brand { name manufacturer { name } } manufacturer { name } } owner { name region { name } } }
  }
}`;

const ORDERS = `{ serviceOrders(perPage: 50) { items { number customer { name } productUnit { serialNumber product { modelNumber } }
  station { name } technicians { name } technicianIds timeline { action station { name } } parts { quantity part { name } } } } }`;

/** Statements of the request itself: signing in (looking up the caller) is the auth cache's business. */
const own = (queries: string[]) => queries.filter((q) => !/from "(app_user|api_key)"/.test(q));

describe('lists read in one statement, whatever they fan out to (no N+1)', () => {
  let t: TestApp;
  let s: Scenario;
  beforeAll(async () => {
    t = await createTestApp();
    const f = new Fixtures(t.em());
    const region = await f.region();
    // 50 units over 10 products, 5 brands and 5 manufacturers, each with its own owner.
    const brands = await Promise.all([1, 2, 3, 4, 5].map(() => f.brand()));
    const products = [];
    for (let i = 0; i < 10; i++) products.push(await f.product({ brand: brands[i % 5] }));
    for (let i = 0; i < 50; i++) await f.unit({ product: products[i % 10], owner: await f.customer({ region }) });
    s = await orderScenario(t);
    for (let i = 0; i < 3; i++) {
      const order = await s.createOrder({ stationId: s.near.id });
      await s.step('dispatchServiceOrder', order.id, { stationId: s.near.id, technicianIds: [s.lead.id] });
    }
  });
  afterAll(() => t.close());

  it('runs one statement for a page and four levels of relations, for 5 rows as for 50', async () => {
    const five = await t.countQueries(() => t.ok<{ productUnits: { items: unknown[] } }>(UNITS(false), { perPage: 5 }, t.admin));
    const fifty = await t.countQueries(() => t.ok<{ productUnits: { items: unknown[] } }>(UNITS(false), { perPage: 50 }, t.admin));
    expect(five.result.productUnits.items).toHaveLength(5);
    expect(fifty.result.productUnits.items).toHaveLength(50);
    expect(own(fifty.queries)).toHaveLength(1);
    expect(own(five.queries)).toHaveLength(1);
  });

  it('counts only when total is selected, in the same statement as the page', async () => {
    const without = await t.countQueries(() => t.ok(UNITS(false), { perPage: 5 }, t.admin));
    expect(own(without.queries).filter((q) => /count\(/i.test(q))).toEqual([]);
    const withTotal = await t.countQueries(() =>
      t.ok<{ productUnits: { total: number; items: unknown[] } }>(UNITS(true), { perPage: 5 }, t.admin),
    );
    const all = await t.em().count('ProductUnit', {});
    expect(withTotal.result.productUnits.total).toBe(all);
    expect(withTotal.result.productUnits.items).toHaveLength(5);
    expect(own(withTotal.queries).filter((q) => /count\(/i.test(q))).toHaveLength(1);
    expect(own(withTotal.queries)).toHaveLength(1);
    // Only the total: one count, no page.
    const onlyTotal = await t.countQueries(() =>
      t.ok<{ productUnits: { total: number } }>('{ productUnits(perPage: 5) { total } }', {}, t.admin),
    );
    expect(onlyTotal.result.productUnits.total).toBe(all);
    expect(own(onlyTotal.queries)).toHaveLength(1);
    expect(own(onlyTotal.queries)[0]).toMatch(/^select count\(/i);
  });

  it('reads nested lists (technicians, timeline, parts) in the same one statement', async () => {
    const { result, queries } = await t.countQueries(() =>
      t.ok<{ serviceOrders: { items: Array<{ technicians: unknown[]; technicianIds: string[]; timeline: unknown[] }> } }>(ORDERS, {}, s.dispatcher),
    );
    const dispatched = result.serviceOrders.items.filter((o) => o.technicians.length);
    expect(dispatched.length).toBeGreaterThanOrEqual(3);
    expect(dispatched[0].technicianIds).toEqual([s.lead.id]);
    expect(dispatched[0].timeline.length).toBeGreaterThanOrEqual(2);
    expect(own(queries)).toHaveLength(1);
  });

  it('reads the after-sales lists (returns, complaints, quality feedback) with their relations in one statement, for 2 rows as for 8', async () => {
    const f = new Fixtures(t.em());
    const reason = await f.code(CodeKind.AFTER_SALES_REASON, { name: '七天无理由' });
    const day = today(t.config.timeZone);
    for (let i = 0; i < 8; i++) {
      const unit = await f.unit({ product: s.product, owner: s.customer, purchaseDate: addDaysTo(day, -3), deliveredOn: addDaysTo(day, -2) });
      await t.ok(`mutation($i: ReturnRequestCreateInput!) { createReturnRequest(input: $i) { id } }`, { i: { kind: 'RETURN_REFUND', reasonCodeId: reason.id, stationId: s.near.id, lines: [{ productUnitId: unit.id, unitPrice: 2999 }] } }, s.dispatcher);
      await t.ok(`mutation($i: ComplaintCreateInput!) { createComplaint(input: $i) { id } }`, { i: { customerId: s.customer.id, stationId: s.near.id, productId: s.product.id, category: 'TIMELINESS', description: '上门迟到' } }, s.dispatcher);
      await t.ok(`mutation($i: QualityFeedbackCreateInput!) { createQualityFeedback(input: $i) { id } }`, { i: { productId: s.product.id, title: '异响', description: '批次异响' } }, s.dispatcher);
    }
    const lists = [
      `query($n: Int) { returnRequests(perPage: $n) { items { number customer { name } station { name } reasonCode { name } allowedActions
        lines { quantity product { modelNumber brand { name } } productUnit { serialNumber } } timeline { action summary station { name } } } } }`,
      `query($n: Int) { complaints(perPage: $n) { items { number customer { name } station { name } product { modelNumber } serviceOrder { number } responseOverdue allowedActions timeline { action summary } } } }`,
      `query($n: Int) { qualityFeedbacks(perPage: $n) { items { number product { modelNumber } manufacturer { name } symptomCode { name } orders { number } allowedActions timeline { action summary } } } }`,
    ];
    for (const query of lists) {
      const two = await t.countQueries(() => t.ok<Record<string, { items: unknown[] }>>(query, { n: 2 }, s.dispatcher));
      const eight = await t.countQueries(() => t.ok<Record<string, { items: unknown[] }>>(query, { n: 8 }, s.dispatcher));
      expect(Object.values(eight.result)[0].items).toHaveLength(8);
      expect({ query, statements: own(two.queries).length }).toEqual({ query, statements: 1 });
      expect({ query, statements: own(eight.queries).length }).toEqual({ query, statements: 1 });
    }
  });

  it('counts every statement (the counter is not blind)', async () => {
    const { queries } = await t.countQueries(() => t.orm.em.fork().getConnection().execute('select 1'));
    expect(queries).toEqual(['select 1']);
  });
});
