import { v7 as uuidv7 } from 'uuid';
import { insufficientStock } from '../../../common/errors';
import type { ServiceContext } from '../../../common/service-context';
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

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Posts movements to the ledger and the on-hand balances in the caller's transaction, all or none.
 *
 * Balance rows are locked in one fixed order, by part id then warehouse id (receipts before issues
 * of the same row), so two documents touching the same parts in opposite orders queue instead of
 * deadlocking. An issue is one conditional `UPDATE … WHERE on_hand >= n`: it never reads then
 * writes, and a concurrent issue of the last unit finds nothing left. When a line finds too
 * little, INSUFFICIENT_STOCK names part, warehouse, asked and available, and the transaction
 * (the whole document) rolls back. Receipts move the moving-average cost; issues leave at it.
 */
export async function postMovements(sc: ServiceContext, document: DocumentRef, movements: readonly Movement[]): Promise<Posted[]> {
  const tx = sc.em.getTransactionContext();
  if (!tx) throw new Error('Stock is posted inside a transaction only');
  const conn = sc.em.getConnection();
  const run = <T>(sql: string, params: unknown[]) => conn.execute<T[]>(sql, params, 'all', tx);
  const at = sc.now();
  const order = movements
    .map((m, i) => ({ m, i }))
    .sort((a, b) => cmp(a.m.partId, b.m.partId) || cmp(a.m.warehouseId, b.m.warehouseId) || Number(b.m.quantity > 0) - Number(a.m.quantity > 0) || a.i - b.i);
  const posted: Posted[] = new Array(movements.length);

  for (const { m, i } of order) {
    if (!Number.isInteger(m.quantity) || m.quantity === 0) throw new Error(`A movement moves a whole, non-zero quantity (${m.quantity})`);
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

  const actor = sc.actor!;
  const label = (actor.displayName ?? actor.label).slice(0, 100);
  for (let start = 0; start < posted.length; start += 1000) {
    const chunk = posted.slice(start, start + 1000);
    await run(
      `insert into stock_movement (id, at, part_id, warehouse_id, quantity, kind, unit_cost, balance_after, document_type, document_id,
         document_number, service_order_id, actor_kind, actor_id, actor_label, note)
       values ${chunk.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
      chunk.flatMap((p) => {
        const doc = p.document ?? document;
        return [p.id, at, p.partId, p.warehouseId, p.quantity, p.kind, p.unitCost, p.balanceAfter, doc.type, doc.id, doc.number,
          p.serviceOrderId ?? null, actor.kind, actor.id, label, p.note ?? null];
      }),
    );
  }
  return posted;
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
