import { v7 as uuidv7 } from 'uuid';
import type { Actor } from '../../api/src/modules/auth/actor';
import { Role } from '../../api/src/modules/auth/role';
import { ROLE_PERMISSIONS } from '../../api/src/modules/auth/permissions';
import { serviceContext } from '../../api/src/common/service-context';
import { postMovements, SET_BASED_FROM, type Movement, type Posted } from '../../api/src/modules/stock/ledger/posting';
import { movingAverage } from '../../api/src/modules/stock/ledger/cost';
import { reconcile } from '../../api/src/modules/stock/ledger/reconciliation';
import { MovementKind, StockDocumentType } from '../../api/src/modules/stock/stock.enums';
import type { Part } from '../../api/src/modules/part/part.entity';
import type { Warehouse } from '../../api/src/modules/station/warehouse.entity';
import { Fixtures } from '../helpers/fixtures';
import { createTestApp, type TestApp } from '../helpers/test-app';

/**
 * A big batch of receipts, each pair once, is posted set-based (postMovements): it must leave
 * exactly what posting the same movements line by line leaves — balances, moving averages to the
 * fourth decimal, ledger rows (quantity, unit cost, balance after, order) — over new balance rows,
 * rows at a non-zero average, rows emptied to zero at an average, given and missing costs, and a
 * part whose cost price is zero. Batches it cannot take (a pair twice, an issue) go line by line.
 */
describe('set-based posting of big receipt batches', () => {
  let t: TestApp;
  let f: Fixtures;
  let actor: Actor;
  let parts: Part[];
  let small: Warehouse;
  let big: Warehouse;

  const N = 120;
  const doc = () => ({ type: StockDocumentType.STOCK_IN, id: uuidv7(), number: `RK-T-${Math.floor(Math.random() * 1e6)}` });
  const post = (movements: Movement[]) =>
    t.em().transactional((em) => postMovements(serviceContext(em, actor, t.config), doc(), movements));
  const counted = async (movements: Movement[]) => {
    const { result, queries } = await t.countQueries(() => post(movements));
    return { posted: result, statements: queries.filter((q) => /stock_balance|stock_movement/.test(q)).length };
  };
  const balances = async (w: Warehouse) =>
    new Map(
      (await t.em().getConnection().execute<Array<{ part_id: string; on_hand: number; average_cost: string }>>(
        'select part_id, on_hand, average_cost from stock_balance where warehouse_id = ?',
        [w.id],
      )).map((r) => [r.part_id, `${r.on_hand}@${r.average_cost}`]),
    );
  const ledger = async (w: Warehouse) =>
    (await t.em().getConnection().execute<Array<{ part_id: string; quantity: number; unit_cost: string; balance_after: number; kind: string; note: string | null }>>(
      'select part_id, quantity, unit_cost, balance_after, kind, note from stock_movement where warehouse_id = ? order by seq',
      [w.id],
    )).map((r) => [r.part_id, r.quantity, r.unit_cost, r.balance_after, r.kind, r.note]);
  const shape = (p: Posted[]) => p.map((x) => [x.partId, x.quantity, x.unitCost, x.balanceAfter]);

  beforeAll(async () => {
    t = await createTestApp();
    f = new Fixtures(t.em());
    actor = { kind: 'user', id: t.admin.user.id, label: 'admin', roles: [Role.ADMIN], permissions: new Set(ROLE_PERMISSIONS[Role.ADMIN]) };
    const station = await f.station();
    small = await f.warehouse({ station, code: 'SB-SMALL' });
    big = await f.warehouse({ station, code: 'SB-BIG' });
    parts = [];
    // Cost prices with cents, and some at zero (a receipt without a cost then comes in at nothing).
    for (let i = 0; i < N; i++) parts.push(await f.part({ code: `SB-${String(i).padStart(3, '0')}`, costPrice: i % 10 === 9 ? 0 : 1 + (i % 17) * 1.37 }));
  });
  afterAll(() => t.close());

  it('leaves the same balances, averages and ledger rows as posting line by line', async () => {
    // The same history in both warehouses, line by line: parts 0–39 at a non-zero average, 40–59
    // received and issued to zero (the average stays), 60–119 never stocked.
    for (const w of [small, big]) {
      await post(parts.slice(0, 40).map((p, i) => ({ partId: p.id, warehouseId: w.id, quantity: 3, kind: MovementKind.PURCHASE_IN, unitCost: 10.01 + i })));
      await post(parts.slice(0, 40).map((p) => ({ partId: p.id, warehouseId: w.id, quantity: 7, kind: MovementKind.PURCHASE_IN, unitCost: 3.3333 })));
      await post(parts.slice(40, 60).map((p) => ({ partId: p.id, warehouseId: w.id, quantity: 6, kind: MovementKind.PURCHASE_IN, unitCost: 4.25 })));
      await post(parts.slice(40, 60).map((p) => ({ partId: p.id, warehouseId: w.id, quantity: -6, kind: MovementKind.LOSS })));
    }
    expect(await balances(big)).toEqual(await balances(small));

    // Given costs (with four decimals, with cents, zero) and missing ones, quantities 1–13, in an order that is not the lock order.
    const batch = (w: Warehouse): Movement[] =>
      [...parts].reverse().map((p, i) => ({
        partId: p.id,
        warehouseId: w.id,
        quantity: 1 + (i % 13),
        kind: MovementKind.PURCHASE_IN,
        unitCost: i % 4 === 0 ? undefined : i % 4 === 1 ? 12.3456 : i % 4 === 2 ? 0.5 : 0,
        note: i % 5 === 0 ? `行 ${i}` : null,
      }));

    // Line by line: batches too small to go set-based, two statements per line.
    const lineByLine: Posted[] = [];
    const all = batch(small);
    let perLine = 0;
    for (let i = 0; i < all.length; i += 7) {
      const { posted, statements } = await counted(all.slice(i, i + 7));
      lineByLine.push(...posted);
      perLine += statements;
    }
    // Set-based: one batch; a handful of statements whatever its size.
    expect(N).toBeGreaterThanOrEqual(SET_BASED_FROM);
    const { posted: setBased, statements } = await counted(batch(big));
    expect(perLine).toBe(2 * N + Math.ceil(N / 7));
    expect(statements).toBe(3);

    // What postMovements returns, in the batch's order.
    expect(shape(setBased)).toEqual(shape(lineByLine));
    // The balances and averages, to the fourth decimal.
    const after = await balances(big);
    expect(after).toEqual(await balances(small));
    // Spot checks against the moving average computed by hand: a new row with a missing cost takes the part's cost price…
    const newPart = parts[119 - 4]; // i = 4: no cost given, 5 units
    expect(after.get(newPart.id)).toBe(`5@${(Math.round(newPart.costPrice * 100) / 100).toFixed(4)}`);
    // …and nothing when the part has no cost price either (part 119, i = 0).
    expect(after.get(parts[119].id)).toBe('1@0.0000');
    // …a row emptied at an average takes that average, a stocked row moves its average.
    const emptied = parts[119 - 64]; // part 55, i = 64: no cost given
    expect(after.get(emptied.id)).toBe(`${1 + (64 % 13)}@4.2500`);
    const stocked = parts[119 - 117]; // part 2, i = 117: cost 12.3456, onto 10 at (3 × 12.01 + 7 × 3.3333) / 10
    const avg = movingAverage(3, 12.01, 7, 3.3333);
    expect(after.get(stocked.id)).toBe(`${10 + 1 + (117 % 13)}@${movingAverage(10, avg, 1 + (117 % 13), 12.3456).toFixed(4)}`);
    // The ledger rows: the same quantities, unit costs, balances after, kinds, notes, in the same order.
    expect(await ledger(big)).toEqual(await ledger(small));
    expect((await reconcile(t.em())).ok).toBe(true);
  });

  it('a batch with a pair twice, or with an issue, goes line by line and still posts correctly', async () => {
    const w = await f.warehouse({ code: 'SB-DUP' });
    const twice: Movement[] = parts.slice(0, 60).map((p) => ({ partId: p.id, warehouseId: w.id, quantity: 2, kind: MovementKind.PURCHASE_IN, unitCost: 5 }));
    twice.push({ partId: parts[0].id, warehouseId: w.id, quantity: 2, kind: MovementKind.PURCHASE_IN, unitCost: 8 });
    const dup = await counted(twice);
    expect(dup.statements).toBe(2 * twice.length + 1);
    expect(dup.posted[0]).toMatchObject({ balanceAfter: 2, unitCost: 5 });
    expect(dup.posted[60]).toMatchObject({ balanceAfter: 4, unitCost: 8 });
    expect((await balances(w)).get(parts[0].id)).toBe('4@6.5000');

    const withIssue: Movement[] = parts.slice(1, 60).map((p) => ({ partId: p.id, warehouseId: w.id, quantity: 1, kind: MovementKind.PURCHASE_IN }));
    withIssue.push({ partId: parts[0].id, warehouseId: w.id, quantity: -4, kind: MovementKind.LOSS });
    const mixed = await counted(withIssue);
    expect(mixed.statements).toBe(2 * (withIssue.length - 1) + 1 + 1);
    expect(mixed.posted[59]).toMatchObject({ balanceAfter: 0, unitCost: 6.5 });
    expect((await balances(w)).get(parts[1].id)).toBe('3@5.0000');
    expect((await reconcile(t.em())).ok).toBe(true);
  });

  it('a set-based batch is all or nothing: a bad row rolls back every balance and ledger row', async () => {
    const w = await f.warehouse({ code: 'SB-ROLLBACK' });
    const before = await ledger(w);
    const movements: Movement[] = parts.slice(0, 80).map((p) => ({ partId: p.id, warehouseId: w.id, quantity: 1, kind: MovementKind.PURCHASE_IN, unitCost: 1 }));
    // A part that does not exist: the ledger's foreign key refuses it after the balances moved.
    movements.push({ partId: uuidv7(), warehouseId: w.id, quantity: 1, kind: MovementKind.PURCHASE_IN, unitCost: 1 });
    await expect(post(movements)).rejects.toThrow();
    expect(await ledger(w)).toEqual(before);
    expect((await balances(w)).size).toBe(0);
  });
});
