import { createTestApp, type TestApp } from '../helpers/test-app';
import { orderScenario, type Scenario } from '../helpers/order-scenario';
import { seedServiceOrders } from '../../seeds/service-orders';
import { ServiceOrder } from '../../api/src/modules/service-order/service-order.entity';
import { TimelineEvent } from '../../api/src/modules/service-order/timeline-event.entity';
import { ServiceOrderStatus } from '../../api/src/modules/service-order/service-order.enums';
import { ORDER_STEPS } from '../helpers/lifecycles';

describe('demo service orders', () => {
  let t: TestApp;
  let s: Scenario;
  beforeAll(async () => {
    t = await createTestApp();
    s = await orderScenario(t);
    for (let i = 0; i < 40; i++) await s.f.unit({ product: s.product, owner: await s.f.customer({ region: s.region }), purchaseDate: '2025-12-01', warrantyEndsOn: '2026-12-01' });
    const em = t.orm.em.fork();
    await em.transactional((tx) => seedServiceOrders(tx, { count: 600, timeZone: t.config.timeZone }));
  });
  afterAll(() => t.close());

  it('spreads orders over twelve months in every state', async () => {
    const orders = await t.em().find(ServiceOrder, {});
    expect(orders).toHaveLength(600);
    expect(new Set(orders.map((o) => o.status))).toEqual(new Set(Object.values(ServiceOrderStatus)));
    const ages = orders.map((o) => (Date.now() - o.createdAt.getTime()) / 86400_000);
    expect(Math.max(...ages)).toBeGreaterThan(300);
    expect(Math.min(...ages)).toBeLessThan(3);
    expect(new Set(orders.map((o) => o.number)).size).toBe(600);
  });

  it('gives every order a timeline that only takes steps of the state machine, in time order', async () => {
    const events = await t.em().find(TimelineEvent, {}, { orderBy: { at: 'asc', id: 'asc' } });
    const byOrder = new Map<string, TimelineEvent[]>();
    for (const e of events) byOrder.set(e.orderId, [...(byOrder.get(e.orderId) ?? []), e]);
    const orders = await t.em().find(ServiceOrder, {});
    for (const o of orders) {
      const timeline = byOrder.get(o.id)!;
      expect(timeline[0].action).toBe('create');
      for (const e of timeline.slice(1)) {
        const rule = ORDER_STEPS[e.action.toUpperCase()];
        if (!rule) continue;
        const legal = rule.from.includes(e.fromStatus!.toUpperCase()) && rule.to === e.status.toUpperCase();
        expect({ order: o.number, action: e.action, legal }).toEqual({ order: o.number, action: e.action, legal: true });
      }
      expect(timeline.at(-1)!.status).toBe(o.status);
    }
  });

  it('has fees on completed work, overdue and repeat-repair orders, and continues numbering after the seed', async () => {
    const completed = await t.em().find(ServiceOrder, { completedAt: { $ne: null } });
    expect(completed.every((o) => o.labourFee !== null && o.payer !== null)).toBe(true);
    expect(await t.em().count(ServiceOrder, { repeatRepair: true })).toBeGreaterThan(0);
    const overdue = await t.ok<{ serviceOrders: { total: number } }>(`{ serviceOrders(filter: { overdue: true }) { total } }`, {}, s.dispatcher);
    expect(overdue.serviceOrders.total).toBeGreaterThan(0);
    const last = (await t.em().find(ServiceOrder, {}, { orderBy: { number: 'desc' }, limit: 1 }))[0];
    const next = await s.createOrder();
    expect(Number(next.number.slice(-6))).toBe(Number(last.number.slice(-6)) + 1);
  });
});
