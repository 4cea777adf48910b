import { Client } from 'pg';
import { createTestApp, type TestApp } from '../helpers/test-app';
import { stockScenario, type StockScenario } from '../helpers/stock-scenario';
import { reconcile } from '../../api/src/modules/stock/ledger/reconciliation';

const PAIRS = 10;

/**
 * Multi-line documents lock their balance rows in one order (part id, warehouse id), so two of them
 * touching the same parts in opposite line orders queue instead of deadlocking. The negative
 * control shows the same two writes in opposite orders without that rule do deadlock.
 */
describe('multi-line documents touching the same parts in opposite orders', () => {
  let t: TestApp;
  let s: StockScenario;
  beforeAll(async () => {
    // The parallel requests queue for the same rows by design: on a loaded machine the last one
    // waits longer for a connection than the 5 s a request normally gets.
    t = await createTestApp({ REQUEST_TIMEOUT_MS: '30000' });
    s = await stockScenario(t);
  });
  afterAll(() => t.close());

  it(`runs ${PAIRS} pairs of opposite-order issues and receipts in parallel without a deadlock`, async () => {
    const parts = [s.board, s.motor, s.gas];
    await s.stockUp(s.wa.id, parts.map((p) => ({ partId: p.id, quantity: 1000, unitCost: 10 })));
    const forward = parts.map((p) => ({ partId: p.id, quantity: 1 }));
    const backward = [...forward].reverse();
    const ready: Array<{ id: string; type: 'StockOut' | 'StockIn' }> = [];
    for (let i = 0; i < PAIRS; i++) {
      for (const lines of [forward, backward]) {
        const out = await s.created('StockOut', { kind: 'LOSS', warehouseId: s.wa.id, lines });
        await s.stepped('StockOut', 'PROCESS', out.id);
        ready.push({ id: out.id, type: 'StockOut' });
        const stockIn = await s.created('StockIn', { kind: 'RETURN_IN', warehouseId: s.wa.id, lines: lines.map((l) => ({ ...l, unitCost: 12 })) });
        ready.push({ id: stockIn.id, type: 'StockIn' });
      }
    }
    const started = Date.now();
    const results = await Promise.all(ready.map((d) => (d.type === 'StockOut' ? s.step('StockOut', 'ISSUE', d.id) : s.step('StockIn', 'RECEIVE', d.id))));
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    // Deadlocks would cost PostgreSQL's deadlock_timeout (1 s) each before one side fails.
    expect(Date.now() - started).toBeLessThan(30_000);
    for (const p of parts) expect(await s.onHand(p.id, s.wa.id)).toBe(1000);
    expect((await reconcile(t.em())).ok).toBe(true);
  });

  it('negative control: the same two updates in opposite orders, unsorted, deadlock', async () => {
    const url = t.orm.config.getClientUrl();
    const rows = [s.board.id, s.motor.id];
    const unsorted = async (order: string[]) => {
      const c = new Client({ connectionString: url });
      await c.connect();
      try {
        await c.query('begin');
        for (const partId of order) {
          await c.query('update stock_balance set on_hand = on_hand - 1 where part_id = $1 and warehouse_id = $2', [partId, s.wa.id]);
          await new Promise((r) => setTimeout(r, 200));
        }
        await c.query('rollback');
        return 'OK';
      } catch (error) {
        await c.query('rollback').catch(() => undefined);
        return (error as { code?: string }).code ?? 'ERROR';
      } finally {
        await c.end();
      }
    };
    const codes = await Promise.all([unsorted(rows), unsorted([...rows].reverse())]);
    expect(codes).toContain('40P01');
  });
});
