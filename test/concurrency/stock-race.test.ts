import { Client } from 'pg';
import { createTestApp, type TestApp } from '../helpers/test-app';
import { stockScenario, type StockScenario } from '../helpers/stock-scenario';
import { reconcile } from '../../api/src/modules/stock/ledger/reconciliation';

const N = 20;

/**
 * The last unit, issued 20 times at once: exactly one issue wins, the others are told
 * INSUFFICIENT_STOCK, and the books still balance. The negative control runs the same race
 * against a read-then-write posting and shows these checks catch the oversell it makes.
 */
describe('issuing the last unit from 20 requests at once', () => {
  let t: TestApp;
  let s: StockScenario;
  beforeAll(async () => {
    // The parallel requests queue for the same rows by design: on a loaded machine the last one
    // waits longer for a connection than the 5 s a request normally gets.
    t = await createTestApp({ REQUEST_TIMEOUT_MS: '30000' });
    s = await stockScenario(t);
  });
  afterAll(() => t.close());

  it('lets exactly one win; the rest get INSUFFICIENT_STOCK; on hand is 0 and equals the ledger', async () => {
    await s.stockUp(s.wa.id, [{ partId: s.board.id, quantity: 1, unitCost: 200 }]);
    const docs = [];
    for (let i = 0; i < N; i++) {
      const doc = await s.created('StockOut', { kind: 'SALE', warehouseId: s.wa.id, lines: [{ partId: s.board.id, quantity: 1 }] });
      await s.stepped('StockOut', 'PROCESS', doc.id);
      docs.push(doc);
    }
    const results = await Promise.all(docs.map((d) => s.step('StockOut', 'ISSUE', d.id)));
    const codes = results.map((r) => r.errors?.[0]?.extensions.code ?? 'OK');
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    expect(codes.filter((c) => c === 'INSUFFICIENT_STOCK')).toHaveLength(N - 1);
    expect(await s.onHand(s.board.id, s.wa.id)).toBe(0);
    const [{ sum }] = await t.em().getConnection().execute<{ sum: string }[]>('select sum(quantity) as sum from stock_movement where part_id = ? and warehouse_id = ?', [s.board.id, s.wa.id]);
    expect(Number(sum)).toBe(0);
    expect((await reconcile(t.em())).ok).toBe(true);
    const statuses = await t.em().getConnection().execute<{ status: string; n: string }[]>(
      'select status, count(*) as n from stock_out where id = any(?::uuid[]) group by status order by status',
      [`{${docs.map((d) => d.id).join(',')}}`],
    );
    expect(statuses.map((r) => [r.status, Number(r.n)])).toEqual([['issued', 1], ['processing', N - 1]]);
  });

  it('negative control: a read-then-write posting under the same race oversells, and the same checks catch it', async () => {
    await s.stockUp(s.wb.id, [{ partId: s.motor.id, quantity: 1, unitCost: 150 }]);
    const url = t.orm.config.getClientUrl();
    // What a naive posting does: read the balance, decide, write the new value (no `WHERE on_hand >= n`).
    const naiveIssue = async (i: number) => {
      const c = new Client({ connectionString: url });
      await c.connect();
      try {
        await c.query('begin');
        const { rows } = await c.query('select on_hand from stock_balance where part_id = $1 and warehouse_id = $2', [s.motor.id, s.wb.id]);
        if (rows[0].on_hand < 1) {
          await c.query('rollback');
          return 'INSUFFICIENT_STOCK';
        }
        await new Promise((r) => setTimeout(r, 30));
        const left = rows[0].on_hand - 1;
        await c.query('update stock_balance set on_hand = $1 where part_id = $2 and warehouse_id = $3', [left, s.motor.id, s.wb.id]);
        await c.query(
          `insert into stock_movement (id, at, part_id, warehouse_id, quantity, kind, unit_cost, balance_after, document_type, document_id, document_number, actor_kind, actor_id, actor_label)
           values (gen_random_uuid(), now(), $1, $2, -1, 'sale', 150, $3, 'stock_out', gen_random_uuid(), $4, 'system', 'naive', 'naive')`,
          [s.motor.id, s.wb.id, left, `NAIVE-${i}`],
        );
        await c.query('commit');
        return 'OK';
      } finally {
        await c.end();
      }
    };
    const codes = await Promise.all(Array.from({ length: N }, (_, i) => naiveIssue(i)));
    // More than one "won" the single unit …
    expect(codes.filter((c) => c === 'OK').length).toBeGreaterThan(1);
    // … and the books no longer balance: the reconciliation names the part and warehouse.
    const check = await reconcile(t.em());
    expect(check.ok).toBe(false);
    expect(check.mismatches).toContainEqual(expect.objectContaining({ partId: s.motor.id, warehouseId: s.wb.id, onHand: 0 }));
  });
});
