import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { scopeSql } from '../../../common/access/scoped';
import type { ServiceContext } from '../../../common/service-context';
import { StockBalance } from '../ledger/balance.entity';

@ObjectType({ description: '库存金额 A warehouse’s stock at moving-average cost' })
export class WarehouseStockValue {
  @Field(() => ID) warehouseId!: string;
  @Field(() => ID) stationId!: string;
  @Field(() => Int, { description: 'Parts with something on hand' }) parts!: number;
  @Field(() => Int, { description: 'Units on hand' }) quantity!: number;
  @Field(() => Float, { description: 'Yuan' }) value!: number;
}

@ObjectType({ description: '库存金额 Stock value per warehouse and in total (moving-average cost)' })
export class StockValue {
  @Field(() => Float, { description: 'Yuan, over the warehouses you may see' }) total!: number;
  @Field(() => Int) quantity!: number;
  @Field(() => [WarehouseStockValue]) warehouses!: WarehouseStockValue[];
}

export async function stockValue(sc: ServiceContext, f: { stationId?: string } = {}): Promise<StockValue> {
  const scope = scopeSql(sc, StockBalance, 'b');
  const rows = await sc.em.getConnection().execute<Array<{ warehouse_id: string; station_id: string; parts: string; quantity: string; value: string }>>(
    `select b.warehouse_id, w.station_id, count(*) filter (where b.on_hand > 0) as parts, sum(b.on_hand) as quantity,
            round(sum(b.on_hand * b.average_cost), 2) as value
       from stock_balance b join warehouse w on w.id = b.warehouse_id
      where (?::uuid is null or w.station_id = ?::uuid) ${scope ? `and ${scope.sql}` : ''}
      group by b.warehouse_id, w.station_id, w.code
      order by w.code`,
    [f.stationId ?? null, f.stationId ?? null, ...(scope?.bindings ?? [])],
  );
  const warehouses = rows.map((r) => ({ warehouseId: r.warehouse_id, stationId: r.station_id, parts: Number(r.parts), quantity: Number(r.quantity), value: Number(r.value) }));
  return {
    total: Math.round(warehouses.reduce((n, w) => n + w.value * 100, 0)) / 100,
    quantity: warehouses.reduce((n, w) => n + w.quantity, 0),
    warehouses,
  };
}
