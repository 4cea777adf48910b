import { v7 as uuidv7 } from 'uuid';
import { Client } from 'pg';
import type { Actor } from '../../api/src/modules/auth/actor';
import { Role } from '../../api/src/modules/auth/role';
import { ROLE_PERMISSIONS } from '../../api/src/modules/auth/permissions';
import { serviceContext } from '../../api/src/common/service-context';
import { postMovements, SET_BASED_FROM, type Movement } from '../../api/src/modules/stock/ledger/posting';
import { reconcile } from '../../api/src/modules/stock/ledger/reconciliation';
import { MovementKind, StockDocumentType } from '../../api/src/modules/stock/stock.enums';
import type { Part } from '../../api/src/modules/part/part.entity';
import type { Warehouse } from '../../api/src/modules/station/warehouse.entity';
import { Fixtures } from '../helpers/fixtures';
import { createTestApp, type TestApp } from '../helpers/test-app';

const PARTS = 150;
const ROUNDS = 3;

/**
 * Big receipt batches posted set-based take their balance rows in the same fixed order (part id,
 * warehouse id) as line-by-line issues do, so batches listing the same parts in opposite orders,
 * running beside multi-line issues of those parts, queue instead of deadlocking; on hand ends as
 * the sum of what moved, and the ledger reconciles. The negative control shows that taking the
 * same rows in the batches' own orders does deadlock.
 */
describe('set-based receipts beside issues of the same parts', () => {
  let t: TestApp;
  let actor: Actor;
  let parts: Part[];
  let w: Warehouse;

  const post = (movements: Movement[]) =>
    t.orm.em.fork().transactional((em) => postMovements(serviceContext(em, actor, t.config), { type: StockDocumentType.STOCK_IN, id: uuidv7(), number: 'RK-T-CONC' }, movements));

  beforeAll(async () => {
    t = await createTestApp();
    const f = new Fixtures(t.em());
    actor = { kind: 'user', id: t.admin.user.id, label: 'admin', roles: [Role.ADMIN], permissions: new Set(ROLE_PERMISSIONS[Role.ADMIN]) };
    w = await f.warehouse({ code: 'SBC-W' });
    parts = [];
    for (let i = 0; i < PARTS; i++) parts.push(await f.part({ code: `SBC-${i}`, costPrice: 2 }));
    // Half the parts stocked (existing rows, locked by the upsert), half new (inserted by it).
    await post(parts.slice(0, PARTS / 2).map((p) => ({ partId: p.id, warehouseId: w.id, quantity: 100, kind: MovementKind.PURCHASE_IN, unitCost: 3 })));
  });
  afterAll(() => t.close());

  it(`runs ${ROUNDS} rounds of opposite-order receipt batches and issues in parallel without a deadlock`, async () => {
    expect(PARTS).toBeGreaterThanOrEqual(SET_BASED_FROM);
    const receipt = (order: Part[], cost: number) => order.map((p) => ({ partId: p.id, warehouseId: w.id, quantity: 5, kind: MovementKind.PURCHASE_IN, unitCost: cost }));
    // Issues of stocked parts only, line by line (an issue is never set-based), also in both orders.
    const stocked = parts.slice(0, PARTS / 2);
    const issue = (order: Part[]) => order.map((p) => ({ partId: p.id, warehouseId: w.id, quantity: -1, kind: MovementKind.LOSS }));
    const started = Date.now();
    const results = await Promise.allSettled(
      Array.from({ length: ROUNDS }, () => [
        post(receipt(parts, 4)),
        post(receipt([...parts].reverse(), 6)),
        post(issue(stocked)),
        post(issue([...stocked].reverse())),
      ]).flat(),
    );
    expect(results.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason))).toEqual([]);
    // A deadlock costs PostgreSQL's deadlock_timeout (1 s) before one side fails.
    expect(Date.now() - started).toBeLessThan(30_000);
    const rows = await t.em().getConnection().execute<Array<{ part_id: string; on_hand: number }>>('select part_id, on_hand from stock_balance where warehouse_id = ?', [w.id]);
    const onHand = new Map(rows.map((r) => [r.part_id, r.on_hand]));
    for (const [i, p] of parts.entries()) expect(onHand.get(p.id)).toBe((i < PARTS / 2 ? 100 - 2 * ROUNDS : 0) + 2 * 5 * ROUNDS);
    const books = await reconcile(t.em());
    expect(books.mismatches).toEqual([]);
    expect(books.ok).toBe(true);
  });

  it('negative control: the same upsert in the batches’ own orders, unsorted, deadlocks', async () => {
    const url = t.orm.config.getClientUrl();
    const ids = parts.slice(0, 2).map((p) => p.id);
    const unsorted = async (order: string[]) => {
      const c = new Client({ connectionString: url });
      await c.connect();
      try {
        await c.query('begin');
        for (const partId of order) {
          await c.query(
            `insert into stock_balance (id, part_id, warehouse_id, on_hand, average_cost, created_at, updated_at)
             values (gen_random_uuid(), $1, $2, 0, 0, now(), now())
             on conflict (part_id, warehouse_id) do update set updated_at = excluded.updated_at where false`,
            [partId, w.id],
          );
          await new Promise((r) => setTimeout(r, 200));
        }
        await c.query('rollback');
        return 'ok';
      } catch (err) {
        await c.query('rollback').catch(() => undefined);
        return (err as { code?: string }).code ?? 'error';
      } finally {
        await c.end();
      }
    };
    const outcomes = await Promise.all([unsorted(ids), unsorted([...ids].reverse())]);
    // 40P01: deadlock_detected — the upsert does lock existing rows, so their order matters.
    expect(outcomes).toContain('40P01');
  });
});
