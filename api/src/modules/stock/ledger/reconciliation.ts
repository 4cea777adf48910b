import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/postgresql';

@ObjectType({ description: 'A part and warehouse whose on-hand does not equal its ledger' })
export class StockMismatch {
  @Field(() => ID) partId!: string;
  @Field(() => ID) warehouseId!: string;
  @Field(() => Int, { nullable: true, description: 'On hand (null: no balance row)' }) onHand!: number | null;
  @Field(() => Int, { description: 'Σ of its ledger rows' }) ledgerSum!: number;
  @Field(() => Int, { nullable: true, description: 'The running balance of its last ledger row' }) lastBalance!: number | null;
}

@ObjectType({ description: '对账 The ledger against the balances: on hand = Σ ledger for every part and warehouse' })
export class StockReconciliation {
  @Field({ description: 'True when every balance equals the sum of its ledger and its last running balance, and none is negative' }) ok!: boolean;
  @Field(() => Int) balances!: number;
  @Field(() => Int) movements!: number;
  @Field(() => [StockMismatch]) mismatches!: StockMismatch[];
  @Field() checkedAt!: Date;
}

/**
 * Proves on hand = Σ ledger per part and warehouse, and that the last row's running balance says
 * the same, over every balance and every ledger row (a full outer join, so a balance without rows
 * or rows without a balance show too). One statement: a consistent snapshot.
 */
export async function reconcile(em: EntityManager): Promise<StockReconciliation> {
  const conn = em.getConnection();
  const tx = em.getTransactionContext();
  const rows = await conn.execute<Array<{ part_id: string; warehouse_id: string; on_hand: number | null; sum: string; last: number | null }>>(
    `with ledger as (
       select part_id, warehouse_id, sum(quantity) as sum, (array_agg(balance_after order by seq desc))[1] as last
         from stock_movement group by part_id, warehouse_id)
     select coalesce(b.part_id, l.part_id) as part_id, coalesce(b.warehouse_id, l.warehouse_id) as warehouse_id,
            b.on_hand, coalesce(l.sum, 0) as sum, l.last
       from stock_balance b full outer join ledger l on l.part_id = b.part_id and l.warehouse_id = b.warehouse_id
      where b.on_hand is distinct from coalesce(l.sum, 0)::int or (l.last is not null and l.last is distinct from b.on_hand) or b.on_hand < 0
      limit 1000`,
    [],
    'all',
    tx,
  );
  const [counts] = await conn.execute<Array<{ balances: string; movements: string }>>(
    'select (select count(*) from stock_balance) as balances, (select count(*) from stock_movement) as movements',
    [],
    'all',
    tx,
  );
  const mismatches = rows.map((r) => ({ partId: r.part_id, warehouseId: r.warehouse_id, onHand: r.on_hand, ledgerSum: Number(r.sum), lastBalance: r.last }));
  return { ok: mismatches.length === 0, balances: Number(counts.balances), movements: Number(counts.movements), mismatches, checkedAt: new Date() };
}
