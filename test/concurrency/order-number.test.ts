import { Client } from 'pg';
import { createTestApp, type TestApp } from '../helpers/test-app';
import { orderScenario, type Scenario } from '../helpers/order-scenario';
import { nextOrderNumber } from '../../api/src/modules/service-order/order-number';

const N = 20;

describe('order numbers under concurrent intake', () => {
  let t: TestApp;
  let s: Scenario;
  beforeAll(async () => {
    // The parallel requests queue for the same rows by design: on a loaded machine the last one
    // waits longer for a connection than the 5 s a request normally gets.
    t = await createTestApp({ REQUEST_TIMEOUT_MS: '30000' });
    s = await orderScenario(t);
  });
  afterAll(() => t.close());

  it(`gives ${N} simultaneous intakes unique, consecutive numbers`, async () => {
    const results = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        t.gql<{ createServiceOrder: { number: string } }>(
          `mutation($input: ServiceOrderCreateInput!) { createServiceOrder(input: $input) { number } }`,
          { input: { customerId: s.customer.id, productUnitId: s.unit.id, reportedSymptom: `并发报修 ${i}` } },
          s.dispatcher,
        ),
      ),
    );
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    const seq = results.map((r) => Number(r.data!.createServiceOrder.number.slice(-6))).sort((a, b) => a - b);
    expect(new Set(seq).size).toBe(N);
    expect(seq[N - 1] - seq[0]).toBe(N - 1);
  });

  it('gives the number back when the intake that drew it rolls back (no gaps)', async () => {
    const em = t.orm.em.fork();
    await expect(
      em.transactional(async (tx) => {
        expect(await nextOrderNumber(tx, 2099)).toBe('SO-2099-000001');
        throw new Error('the rest of the intake failed');
      }),
    ).rejects.toThrow('the rest of the intake failed');
    expect(await em.transactional((tx) => nextOrderNumber(tx, 2099))).toBe('SO-2099-000001');
    expect(await em.transactional((tx) => nextOrderNumber(tx, 2099))).toBe('SO-2099-000002');
  });

  it('negative control: a naive read-max-then-insert numbering does produce duplicates under the same load', async () => {
    const url = t.orm.config.getClientUrl();
    const setup = new Client({ connectionString: url });
    await setup.connect();
    await setup.query('create table naive_numbers (n int not null)');
    await setup.end();
    const naive = async () => {
      const c = new Client({ connectionString: url });
      await c.connect();
      try {
        await c.query('begin');
        const { rows } = await c.query('select coalesce(max(n), 0) + 1 as next from naive_numbers');
        await new Promise((r) => setTimeout(r, 20));
        await c.query('insert into naive_numbers (n) values ($1)', [rows[0].next]);
        await c.query('commit');
        return Number(rows[0].next);
      } finally {
        await c.end();
      }
    };
    const numbers = await Promise.all(Array.from({ length: N }, naive));
    expect(new Set(numbers).size).toBeLessThan(N);
  });
});
