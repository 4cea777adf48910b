import { v7 as uuidv7 } from 'uuid';
import { insufficientStock } from '../../../common/errors';
import type { ServiceContext } from '../../../common/service-context';
import { arrayParam, param, runSql, sql } from '../../query/sql';
import type { MovementKind, StockDocumentType } from '../stock.enums';

/** The document a ledger row belongs to. */
export interface DocumentRef {
  type: StockDocumentType;
  id: string;
  number: string;
}

export interface Movement {
  partId: string;
  warehouseId: string;
  /** Positive comes in, negative goes out; never zero. */
  quantity: number;
  kind: MovementKind;
  /**
   * In: what one unit comes in at; left out, the warehouse's moving average (or the part's cost
   * price when the warehouse has none yet). Out: always the moving average, whatever is given.
   */
  unitCost?: number;
  serviceOrderId?: string | null;
  /** The row's document when it is not the batch's (an order's consumption posted by a receipt). */
  document?: DocumentRef;
  note?: string | null;
}

export interface Posted extends Movement {
  id: string;
  unitCost: number;
  balanceAfter: number;
}

// Ids compared as PostgreSQL orders uuids (byte by byte), whatever their letters' case.
const cmp = (a: string, b: string) => {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
};

/** From this many movements, a batch of receipts only, each pair once, is posted set-based. */
export const SET_BASED_FROM = 50;
/** Rows per set-based statement: a few hundred milliseconds each, far inside the statement timeout. */
const ROWS_PER_STATEMENT = 5000;

/**
 * Posts movements to the ledger and the on-hand balances in the caller's transaction, all or none.
 *
 * Balance rows are locked in one fixed order, by part id then warehouse id (receipts before issues
 * of the same row), so two documents touching the same parts in opposite orders queue instead of
 * deadlocking. An issue is one conditional `UPDATE … WHERE on_hand >= n`: it never reads then
 * writes, and a concurrent issue of the last unit finds nothing left. When a line finds too
 * little, INSUFFICIENT_STOCK names part, warehouse, asked and available, and the transaction
 * (the whole document) rolls back. Receipts move the moving-average cost; issues leave at it.
 *
 * A big batch of receipts with each pair once (an opening balance, a large purchase) is posted
 * set-based, a few statements for thousands of lines, with the same locks in the same order and
 * the same arithmetic; anything else goes line by line.
 */
export async function postMovements(sc: ServiceContext, document: DocumentRef, movements: readonly Movement[]): Promise<Posted[]> {
  const tx = sc.em.getTransactionContext();
  if (!tx) throw new Error('Stock is posted inside a transaction only');
  for (const m of movements) {
    if (!Number.isInteger(m.quantity) || m.quantity === 0) throw new Error(`A movement moves a whole, non-zero quantity (${m.quantity})`);
  }
  const at = sc.now();
  const order = movements
    .map((m, i) => ({ m, i }))
    .sort((a, b) => cmp(a.m.partId, b.m.partId) || cmp(a.m.warehouseId, b.m.warehouseId) || Number(b.m.quantity > 0) - Number(a.m.quantity > 0) || a.i - b.i);
  const posted = setBased(movements) ? await receiveSetBased(sc, at, order) : await postOneByOne(sc, at, order);
  await appendLedger(sc, at, document, posted);
  return posted;
}

/** Receipts only, no pair twice (one statement may touch a row once), and enough of them to be worth it. */
function setBased(movements: readonly Movement[]): boolean {
  if (movements.length < SET_BASED_FROM) return false;
  const pairs = new Set<string>();
  for (const m of movements) {
    const pair = `${m.partId.toLowerCase()}|${m.warehouseId.toLowerCase()}`;
    if (m.quantity < 0 || pairs.has(pair)) return false;
    pairs.add(pair);
  }
  return true;
}

type Ordered = ReadonlyArray<{ m: Movement; i: number }>;

async function postOneByOne(sc: ServiceContext, at: Date, order: Ordered): Promise<Posted[]> {
  const tx = sc.em.getTransactionContext();
  const conn = sc.em.getConnection();
  const run = <T>(text: string, params: unknown[]) => conn.execute<T[]>(text, params, 'all', tx);
  const posted: Posted[] = new Array(order.length);
  for (const { m, i } of order) {
    if (m.quantity < 0) {
      const asked = -m.quantity;
      const rows = await run<{ on_hand: number; average_cost: string }>(
        `update stock_balance set on_hand = on_hand - ?, updated_at = ?
          where part_id = ? and warehouse_id = ? and on_hand >= ?
          returning on_hand, average_cost`,
        [asked, at, m.partId, m.warehouseId, asked],
      );
      if (!rows.length) throw await shortage(sc, m.partId, m.warehouseId, asked);
      posted[i] = { ...m, id: uuidv7(), unitCost: Number(rows[0].average_cost), balanceAfter: rows[0].on_hand };
    } else {
      await run(
        `insert into stock_balance (id, part_id, warehouse_id, on_hand, average_cost, created_at, updated_at)
         values (?, ?, ?, 0, 0, ?, ?) on conflict (part_id, warehouse_id) do nothing`,
        [uuidv7(), m.partId, m.warehouseId, at, at],
      );
      const rows = await run<{ on_hand: number; cost: string }>(
        `with cur as (
           select b.id, b.on_hand, b.average_cost, coalesce(?::numeric, nullif(b.average_cost, 0), p.cost_price, 0) as cost
             from stock_balance b join part p on p.id = b.part_id
            where b.part_id = ? and b.warehouse_id = ?
            for update of b)
         update stock_balance b
            set on_hand = cur.on_hand + ?,
                average_cost = round((cur.on_hand * cur.average_cost + ? * cur.cost) / (cur.on_hand + ?), 4),
                updated_at = ?
           from cur where b.id = cur.id
         returning b.on_hand, cur.cost`,
        [m.unitCost ?? null, m.partId, m.warehouseId, m.quantity, m.quantity, m.quantity, at],
      );
      posted[i] = { ...m, id: uuidv7(), unitCost: Number(rows[0].cost), balanceAfter: rows[0].on_hand };
    }
  }
  return posted;
}

/**
 * Receipts, set-based, a slice of rows in lock order at a time. First every balance row is taken
 * in that order within one statement: missing rows are inserted, existing ones locked by the
 * upsert (`where false` locks the row without writing a new version of it; `do nothing` would
 * leave it unlocked, and the update below would then lock in whatever order its join produced).
 * Then one update moves each row exactly as the line-by-line update does: the same cost
 * (given, else the average, else the part's cost price) and the same rounded moving average.
 */
async function receiveSetBased(sc: ServiceContext, at: Date, order: Ordered): Promise<Posted[]> {
  const posted: Posted[] = new Array(order.length);
  for (let start = 0; start < order.length; start += ROWS_PER_STATEMENT) {
    const slice = order.slice(start, start + ROWS_PER_STATEMENT);
    const parts = arrayParam(slice.map(({ m }) => m.partId));
    const warehouses = arrayParam(slice.map(({ m }) => m.warehouseId));
    await runSql(
      sc.em,
      sql`insert into stock_balance (id, part_id, warehouse_id, on_hand, average_cost, created_at, updated_at)
          select k.id, k.part_id, k.warehouse_id, 0, 0, ${param(at)}, ${param(at)}
            from unnest(${arrayParam(slice.map(() => uuidv7()))}::uuid[], ${parts}::uuid[], ${warehouses}::uuid[]) as k(id, part_id, warehouse_id)
           order by k.part_id, k.warehouse_id
          on conflict (part_id, warehouse_id) do update set updated_at = excluded.updated_at where false`,
    );
    // The rows are this transaction's since the statement above: no one else can change them before this one.
    const rows = await runSql<{ n: string; on_hand: number; cost: string }>(
      sc.em,
      sql`with cur as (
            select k.n, b.id, b.on_hand, b.average_cost, k.quantity, coalesce(k.unit_cost, nullif(b.average_cost, 0), p.cost_price, 0) as cost
              from unnest(${parts}::uuid[], ${warehouses}::uuid[], ${arrayParam(slice.map(({ m }) => m.quantity))}::int[], ${arrayParam(slice.map(({ m }) => m.unitCost ?? null))}::numeric[])
                   with ordinality as k(part_id, warehouse_id, quantity, unit_cost, n)
              join stock_balance b on b.part_id = k.part_id and b.warehouse_id = k.warehouse_id
              join part p on p.id = k.part_id)
          update stock_balance b
             set on_hand = cur.on_hand + cur.quantity,
                 average_cost = round((cur.on_hand * cur.average_cost + cur.quantity * cur.cost) / (cur.on_hand + cur.quantity), 4),
                 updated_at = ${param(at)}
            from cur where b.id = cur.id
          returning cur.n, b.on_hand, cur.cost`,
    );
    if (rows.length !== slice.length) throw new Error(`Set-based receipt moved ${rows.length} balance rows of ${slice.length}`);
    for (const r of rows) {
      const { m, i } = slice[Number(r.n) - 1];
      posted[i] = { ...m, id: uuidv7(), unitCost: Number(r.cost), balanceAfter: r.on_hand };
    }
  }
  return posted;
}

/** The ledger rows, in the batch's order (their `seq` follows it), many per statement. */
async function appendLedger(sc: ServiceContext, at: Date, document: DocumentRef, posted: readonly Posted[]): Promise<void> {
  const actor = sc.actor!;
  const label = (actor.displayName ?? actor.label).slice(0, 100);
  for (let start = 0; start < posted.length; start += ROWS_PER_STATEMENT) {
    const rows = posted.slice(start, start + ROWS_PER_STATEMENT);
    const column = (value: (p: Posted) => unknown) => arrayParam(rows.map(value));
    const doc = (p: Posted) => p.document ?? document;
    await runSql(
      sc.em,
      sql`insert into stock_movement (id, at, part_id, warehouse_id, quantity, kind, unit_cost, balance_after, document_type, document_id,
            document_number, service_order_id, actor_kind, actor_id, actor_label, note)
          select k.id, ${param(at)}, k.part_id, k.warehouse_id, k.quantity, k.kind, k.unit_cost, k.balance_after, k.document_type, k.document_id,
                 k.document_number, k.service_order_id, ${param(actor.kind)}, ${param(actor.id)}, ${param(label)}, k.note
            from unnest(${column((p) => p.id)}::uuid[], ${column((p) => p.partId)}::uuid[], ${column((p) => p.warehouseId)}::uuid[],
                        ${column((p) => p.quantity)}::int[], ${column((p) => p.kind)}::text[], ${column((p) => p.unitCost)}::numeric[],
                        ${column((p) => p.balanceAfter)}::int[], ${column((p) => doc(p).type)}::text[], ${column((p) => doc(p).id)}::uuid[],
                        ${column((p) => doc(p).number)}::text[], ${column((p) => p.serviceOrderId ?? null)}::uuid[], ${column((p) => p.note ?? null)}::text[])
                 with ordinality as k(id, part_id, warehouse_id, quantity, kind, unit_cost, balance_after, document_type, document_id,
                                      document_number, service_order_id, note, n)
           order by k.n`,
    );
  }
}

async function shortage(sc: ServiceContext, partId: string, warehouseId: string, asked: number) {
  const [row] = await sc.em.getConnection().execute<Array<{ part_code: string; part_name: string; wh_code: string; wh_name: string; on_hand: number | null }>>(
    `select p.code as part_code, p.name as part_name, w.code as wh_code, w.name as wh_name,
            (select on_hand from stock_balance where part_id = p.id and warehouse_id = w.id) as on_hand
       from part p, warehouse w where p.id = ? and w.id = ?`,
    [partId, warehouseId],
    'all',
    sc.em.getTransactionContext(),
  );
  return insufficientStock({
    part: { id: partId, code: row?.part_code ?? partId, name: row?.part_name ?? '' },
    warehouse: { id: warehouseId, code: row?.wh_code ?? warehouseId, name: row?.wh_name ?? '' },
    asked,
    available: row?.on_hand ?? 0,
  });
}
