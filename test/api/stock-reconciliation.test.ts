import { createTestApp, type TestApp } from '../helpers/test-app';
import { stockScenario, type StockScenario } from '../helpers/stock-scenario';
import { reconcile } from '../../api/src/modules/stock/ledger/reconciliation';

const OPERATIONS = 500;
const AT_ONCE = 5;

/** mulberry32: the same "random" sequence on every run, so a failure can be replayed. */
function random(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  return {
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)],
    chance: (p: number) => next() < p,
  };
}

/**
 * 500 random operations of every document type, five at a time (so they race), refusals
 * included: afterwards on hand equals the ledger everywhere (the administrators' reconciliation),
 * equals an independent tally of what the API said it did, never went negative, and every
 * ledger row's running balance follows from the one before.
 */
describe('the books balance after 500 random operations', () => {
  let t: TestApp;
  let s: StockScenario;
  beforeAll(async () => {
    t = await createTestApp();
    s = await stockScenario(t);
  });
  afterAll(() => t.close());

  it('reconciles on hand with the ledger, with a tally kept outside, and with the running balances', async () => {
    const r = random(20261201);
    const parts = [s.board, s.motor, s.gas];
    const warehouses = [s.wa, s.wb, s.hub];
    const techByWarehouse = new Map([[s.wa.id, s.techA], [s.wb.id, s.techB]]);
    const tally = new Map<string, number>();
    const add = (partId: string, warehouseId: string, n: number) => tally.set(`${partId}/${warehouseId}`, (tally.get(`${partId}/${warehouseId}`) ?? 0) + n);
    const counts: Record<string, number> = {};
    const done = (what: string) => (counts[what] = (counts[what] ?? 0) + 1);
    const refused = (res: { errors?: Array<{ extensions: { code: string } }> }) => {
      const code = res.errors?.[0]?.extensions.code;
      if (code && code !== 'INSUFFICIENT_STOCK') throw new Error(JSON.stringify(res.errors));
      if (code) done('refused: insufficient stock');
      return !!code;
    };
    const lines = (max: number) => {
      const chosen = [...parts].sort(() => r.int(-1, 1)).slice(0, r.int(1, 3));
      return chosen.map((p) => ({ partId: p.id, quantity: r.int(1, max) }));
    };
    const LINES = 'id lines { id partId quantity }';

    const operations: Array<() => Promise<void>> = [
      async () => {
        const w = r.pick(warehouses);
        const ls = lines(20).map((l) => ({ ...l, unitCost: r.int(10, 300) }));
        const doc = await s.created('StockIn', { kind: r.pick(['PURCHASE_IN', 'RETURN_IN', 'OPENING']), warehouseId: w.id, lines: ls });
        await s.stepped('StockIn', 'RECEIVE', doc.id);
        ls.forEach((l) => add(l.partId, w.id, l.quantity));
        done('stock in');
      },
      async () => {
        const w = r.pick(warehouses);
        const ls = lines(10);
        const doc = await s.created('StockOut', { kind: r.pick(['SALE', 'LOSS']), warehouseId: w.id, lines: ls });
        await s.stepped('StockOut', 'PROCESS', doc.id);
        if (refused(await s.step('StockOut', 'ISSUE', doc.id))) return;
        ls.forEach((l) => add(l.partId, w.id, -l.quantity));
        done('stock out');
      },
      async () => {
        const [from, to] = [...warehouses].sort(() => r.int(-1, 1));
        const ls = lines(8);
        const doc = await s.created('StockTransfer', { warehouseId: from.id, toWarehouseId: to.id, lines: ls });
        if (refused(await s.step('StockTransfer', 'SHIP', doc.id))) return;
        ls.forEach((l) => add(l.partId, from.id, -l.quantity));
        if (r.chance(0.8)) {
          await s.stepped('StockTransfer', 'RECEIVE', doc.id);
          ls.forEach((l) => add(l.partId, to.id, l.quantity));
        }
        done('transfer');
      },
      async () => {
        const w = r.pick([s.wa, s.wb]);
        const ls = lines(4);
        const doc = await s.created('Requisition', { warehouseId: w.id, technicianId: techByWarehouse.get(w.id)!.id, lines: ls }, s.keeper, LINES);
        await s.stepped('Requisition', 'APPROVE', doc.id, null, s.manager);
        if (refused(await s.step('Requisition', 'ISSUE', doc.id))) return;
        ls.forEach((l) => add(l.partId, w.id, -l.quantity));
        if (r.chance(0.6)) {
          const back = (doc.lines as Array<{ id: string; partId: string; quantity: number }>).map((l) => ({ line: l, unused: r.int(0, l.quantity) })).filter((x) => x.unused > 0);
          if (back.length) {
            await s.stepped('Requisition', 'RETURN', doc.id, { lines: back.map((b) => ({ lineId: b.line.id, unused: b.unused })) });
            back.forEach((b) => add(b.line.partId, w.id, b.unused));
          }
        }
        done('requisition');
      },
      async () => {
        const w = r.pick([s.wa, s.wb]);
        const ls = lines(3);
        const doc = await s.created('Borrowing', { warehouseId: w.id, technicianId: techByWarehouse.get(w.id)!.id, lines: ls });
        if (refused(await s.step('Borrowing', 'LEND', doc.id))) return;
        ls.forEach((l) => add(l.partId, w.id, -l.quantity));
        if (r.chance(0.7)) {
          await s.stepped('Borrowing', 'RETURN', doc.id, {});
          ls.forEach((l) => add(l.partId, w.id, l.quantity));
        }
        done('borrowing');
      },
      async () => {
        const w = r.pick(warehouses);
        const ls = lines(15).map((l) => ({ ...l, unitCost: r.int(10, 300) }));
        const doc = await s.created('PurchaseOrder', { warehouseId: w.id, supplier: '随机供应商', lines: ls }, s.keeper, LINES);
        await s.stepped('PurchaseOrder', 'PLACE', doc.id);
        const first = (doc.lines as Array<{ id: string; partId: string; quantity: number }>).map((l) => ({ line: l, quantity: r.int(1, l.quantity) }));
        await s.stepped('PurchaseOrder', 'RECEIVE', doc.id, { lines: first.map((x) => ({ lineId: x.line.id, quantity: x.quantity, unitCost: r.int(10, 300) })) });
        first.forEach((x) => add(x.line.partId, w.id, x.quantity));
        if (r.chance(0.5) && first.some((x) => x.quantity < x.line.quantity)) {
          await s.stepped('PurchaseOrder', 'RECEIVE', doc.id, {});
          first.forEach((x) => add(x.line.partId, w.id, x.line.quantity - x.quantity));
        }
        done('purchase order');
      },
      async () => {
        const w = r.pick(warehouses);
        const selection = lines(1).map((l) => l.partId);
        const sheet = await s.created('Stocktake', { warehouseId: w.id, partIds: selection }, s.keeper, 'id lines { partId quantity }');
        const book = sheet.lines as Array<{ partId: string; quantity: number }>;
        await s.must(t.gql(`mutation($id: ID!, $input: StocktakeCountsInput!) { recordStocktakeCounts(id: $id, input: $input) { id } }`, {
          id: sheet.id,
          input: { counts: book.map((l) => ({ partId: l.partId, countedQuantity: Math.max(0, l.quantity + r.int(-3, 3)) })) },
        }, s.keeper));
        const confirmed = await s.stepped('Stocktake', 'CONFIRM', sheet.id, null, s.keeper, 'id lines { partId difference }');
        for (const l of confirmed.lines as Array<{ partId: string; difference: number | null }>) if (l.difference) add(l.partId, w.id, l.difference);
        done('stocktake');
      },
      async () => {
        const order = await s.order({ station: s.a, status: 'in_repair' });
        const part = r.pick(parts);
        const quantity = r.int(1, 3);
        const res = await t.gql(`mutation($id: ID!, $input: CompleteInput!) { completeServiceOrder(id: $id, input: $input) { order { id } } }`, {
          id: order.id,
          input: { causeCodeId: s.cause.id, methodCodeId: s.method.id, parts: [{ partId: part.id, quantity }] },
        }, s.staffA);
        if (refused(res)) return;
        add(part.id, s.wa.id, -quantity);
        done('consumption on an order');
      },
    ];
    const weights = [5, 5, 3, 3, 2, 2, 1, 2];
    const pickOperation = () => {
      let n = r.int(1, weights.reduce((a, b) => a + b, 0));
      for (const [i, w] of weights.entries()) if ((n -= w) <= 0) return operations[i];
      return operations[0];
    };

    for (let i = 0; i < OPERATIONS; i += AT_ONCE) {
      await Promise.all(Array.from({ length: Math.min(AT_ONCE, OPERATIONS - i) }, () => pickOperation()()));
    }
    // Every kind of operation ran, and some were refused for want of stock.
    expect(Object.keys(counts).length).toBe(operations.length + 1);

    const check = await reconcile(t.em());
    expect(check).toMatchObject({ ok: true, mismatches: [] });
    const conn = t.em().getConnection();
    const balances = await conn.execute<Array<{ part_id: string; warehouse_id: string; on_hand: number }>>('select part_id, warehouse_id, on_hand from stock_balance');
    const onHand = new Map(balances.map((b) => [`${b.part_id}/${b.warehouse_id}`, b.on_hand]));
    for (const [key, n] of tally) expect({ key, onHand: onHand.get(key) ?? 0 }).toEqual({ key, onHand: n });
    expect(balances.every((b) => b.on_hand >= 0)).toBe(true);
    const broken = await conn.execute<unknown[]>(
      `select * from (
         select balance_after, quantity, lag(balance_after) over (partition by part_id, warehouse_id order by seq) as before
           from stock_movement) x
        where balance_after <> coalesce(before, 0) + quantity or balance_after < 0`,
    );
    expect(broken).toEqual([]);
    expect(check.movements).toBeGreaterThan(OPERATIONS);
    // 500 operations take ~45 s alone on the 2-core machine and over 60 s beside other suites:
    // the default timeout would fail a correct run.
  }, 180_000);
});
