import { v7 as uuidv7 } from 'uuid';
import { AppError, ErrorCode } from '../../../common/errors';
import { bilingual } from '../../../common/labels/catalogue';
import type { TimelineLine } from '../../../common/lifecycle/lifecycle';
import type { ServiceContext } from '../../../common/service-context';
import { arrayParam, param, runSql, sql } from '../../query/sql';
import { MAX_LINES } from '../documents/document.inputs';
import { StockInKind } from '../stock.enums';
import { createStockIn, receiveStockIn } from './stock-in.service';

/** One part's opening balance in one warehouse. */
export interface OpeningStockLine {
  warehouseId: string;
  partId: string;
  quantity: number;
  unitCost: number;
  note?: string | null;
}

/**
 * Takes the balance rows of pairs that have none, in the ledger's lock order (part, then warehouse).
 * A pair that got stock after the file was checked is refused, so an opening balance never adds to
 * stock that is already there; the caller's transaction (the whole import) then rolls back.
 */
async function claimBalances(sc: ServiceContext, lines: readonly OpeningStockLine[]): Promise<void> {
  const at = sc.now();
  const sorted = [...lines].sort((a, b) => (a.partId < b.partId ? -1 : a.partId > b.partId ? 1 : a.warehouseId < b.warehouseId ? -1 : 1));
  const taken = new Set<string>();
  for (let i = 0; i < sorted.length; i += 10_000) {
    const chunk = sorted.slice(i, i + 10_000);
    const rows = await runSql<{ part_id: string; warehouse_id: string }>(
      sc.em,
      sql`insert into stock_balance (id, part_id, warehouse_id, on_hand, average_cost, created_at, updated_at)
          select k.id, k.part_id, k.warehouse_id, 0, 0, ${param(at)}, ${param(at)}
            from unnest(${arrayParam(chunk.map(() => uuidv7()))}::uuid[], ${arrayParam(chunk.map((l) => l.partId))}::uuid[], ${arrayParam(chunk.map((l) => l.warehouseId))}::uuid[])
                 with ordinality as k(id, part_id, warehouse_id, n)
           order by k.n
          on conflict (part_id, warehouse_id) do nothing
          returning part_id, warehouse_id`,
    );
    for (const r of rows) taken.add(`${r.part_id}|${r.warehouse_id}`);
  }
  const stocked = sorted.filter((l) => !taken.has(`${l.partId}|${l.warehouseId}`));
  if (stocked.length) {
    const names = await runSql<{ part: string; warehouse: string }>(
      sc.em,
      sql`select p.code as part, w.code as warehouse
            from unnest(${arrayParam(stocked.map((l) => l.partId))}::uuid[], ${arrayParam(stocked.map((l) => l.warehouseId))}::uuid[]) as k(part_id, warehouse_id)
            join part p on p.id = k.part_id join warehouse w on w.id = k.warehouse_id
           limit 20`,
    );
    throw new AppError(ErrorCode.CONFLICT, bilingual('stock.opening.stockedMeanwhile', { pairs: names.map((n) => `${n.warehouse}/${n.part}`) }));
  }
}

/**
 * 期初库存: opening balances through the ledger, as a parts keeper would enter them. Per warehouse
 * one OPENING stock in (split every MAX_LINES lines, the most a document holds), created with its
 * number, lines and timeline and received at once, so the ledger rows carry each line's cost and
 * the balances their moving average. Made by the thousand, the lines are written set-based (each
 * audited) and handed to the receipt rather than read back, and the receipt of a document's lines,
 * each pair once, posts set-based (ledger/posting.ts). Everything runs in the caller's transaction:
 * one failure and no document, line or ledger row remains. `progress` hears the lines posted so far.
 */
export async function postOpeningStock(
  sc: ServiceContext,
  lines: readonly OpeningStockLine[],
  opts: { said?: TimelineLine[]; progress?: (lines: number) => unknown } = {},
): Promise<string[]> {
  await claimBalances(sc, lines);
  const byWarehouse = new Map<string, OpeningStockLine[]>();
  for (const l of lines) {
    const of = byWarehouse.get(l.warehouseId);
    if (of) of.push(l);
    else byWarehouse.set(l.warehouseId, [l]);
  }
  const documents: string[] = [];
  let posted = 0;
  for (const [warehouseId, all] of byWarehouse) {
    for (let i = 0; i < all.length; i += MAX_LINES) {
      const chunk = all.slice(i, i + MAX_LINES);
      const doc = await createStockIn(
        sc,
        { kind: StockInKind.OPENING, warehouseId, lines: chunk.map((l) => ({ partId: l.partId, quantity: l.quantity, unitCost: l.unitCost })) },
        { said: opts.said, setBasedLines: true },
      );
      await sc.em.flush();
      const notes = new Map(chunk.filter((l) => l.note).map((l) => [l.partId, l.note!]));
      await receiveStockIn(sc, doc.id, {}, { lineNotes: notes, lines: chunk });
      await sc.em.flush();
      documents.push(doc.id);
      // A document at a time in memory, not the whole file's.
      sc.em.clear();
      posted += chunk.length;
      await opts.progress?.(posted);
    }
  }
  return documents;
}
