import { createTestApp, type TestApp } from '../helpers/test-app';
import { orderScenario, type Order } from '../helpers/order-scenario';
import { codes, failuresOf, post, setFailures } from '../helpers/auth-helpers';

const TRACK = `query($n: String!, $p: String!) { trackServiceOrder(number: $n, phoneLast4: $p) { number } }`;

describe('tracking lookups are limited per client address, not only per order number', () => {
  let t: TestApp;
  let order: Order;
  let other: Order;
  const track = (number: string, last4: string, address: string) => post<{ trackServiceOrder: { number: string } }>(t.app, TRACK, { n: number, p: last4 }, { address });

  beforeAll(async () => {
    t = await createTestApp();
    const s = await orderScenario(t);
    order = await s.createOrder(); // contact phone 13800138000: the last four are 8000
    other = await s.createOrder();
  });
  afterAll(() => t.close());

  it('refuses an address after 30 wrong guesses over many numbers, while others still look up', async () => {
    const year = order.number.split('-')[1];
    const guesses = [];
    for (let i = 0; i < 30; i++) guesses.push(await track(`SO-${year}-9${String(i).padStart(5, '0')}`, String(1000 + i), '203.0.113.10'));
    expect(codes(guesses)).toEqual({ NOT_FOUND: 30 });
    const refused = await track(order.number, '8000', '203.0.113.10');
    expect(refused.errors?.[0].extensions.code).toBe('TOO_MANY_ATTEMPTS');
    expect((await track(order.number, '8000', '198.51.100.10')).data?.trackServiceOrder.number).toBe(order.number);
  });

  it('does not lock the customer out because someone else guessed wrong', async () => {
    for (let i = 0; i < 10; i++) expect((await track(order.number, String(2000 + i), '203.0.113.20')).errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect((await track(order.number, '8000', '203.0.113.20')).errors?.[0].extensions.code).toBe('TOO_MANY_ATTEMPTS');
    // The customer, from their own phone:
    expect((await track(order.number, '8000', '198.51.100.20')).data?.trackServiceOrder.number).toBe(order.number);
    // The number's backstop counts only wrong guesses that were checked.
    expect(await failuresOf(t, `track:${order.number}`)).toBe(10);
  });

  it('counts parallel guesses before checking them: exactly 10 per number and address', async () => {
    const results = await Promise.all(Array.from({ length: 16 }, (_, i) => track(other.number, String(3000 + i), '203.0.113.30')));
    expect(codes(results)).toEqual({ NOT_FOUND: 10, TOO_MANY_ATTEMPTS: 6 });
  });

  it('locks a number for everyone at the backstop of 100 wrong guesses', async () => {
    await setFailures(t, `track:${other.number}`, 100);
    expect((await track(other.number, '8000', '198.51.100.40')).errors?.[0].extensions.code).toBe('TOO_MANY_ATTEMPTS');
  });

  it('refuses overlong or control-character input cleanly, never INTERNAL', async () => {
    for (const [n, p] of [
      ['SO-2026-' + '9'.repeat(250), '8000'],
      [`${order.number}\u0000`, '8000'],
      [order.number, '8'.repeat(300)],
    ]) {
      const res = await track(n, p, '198.51.100.50');
      expect(res.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    }
    expect(await failuresOf(t, 'track:@198.51.100.50')).toBeUndefined();
  });
});
