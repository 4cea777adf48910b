import { Field, ID, Int, ObjectType } from 'type-graphql';
import { scopeSql } from '../../../common/access/scoped';
import type { ServiceContext } from '../../../common/service-context';
import { StockBalance } from '../ledger/balance.entity';
import { PurchaseOrderStatus, TransferStatus } from '../stock.enums';

@ObjectType({ description: '缺件通知单 A part under its reorder point in a parts warehouse, with what to order' })
export class StockShortage {
  @Field(() => ID) partId!: string;
  @Field(() => ID) warehouseId!: string;
  @Field(() => ID) stationId!: string;
  @Field(() => Int, { description: '在库 On hand' }) onHand!: number;
  @Field(() => Int, { description: '最低库存 The part’s reorder point' }) reorderPoint!: number;
  @Field(() => Int, { description: '在途 Coming on open purchase orders and transfers' }) inbound!: number;
  @Field(() => Int, { description: '建议采购 Up to twice the reorder point, less what is on hand and coming (0: enough is coming)' })
  suggestedQuantity!: number;
}

/** How much to order: up to twice the reorder point, less what is on hand and on its way. */
export function suggestedQuantity(onHand: number, reorderPoint: number, inbound: number): number {
  return Math.max(0, 2 * reorderPoint - onHand - inbound);
}

/**
 * 缺件: balances of active parts below their reorder point in active parts warehouses (a warehouse
 * stocks a part once it has a balance row for it), in the caller's scope.
 */
export async function shortages(sc: ServiceContext, filter: { stationId?: string; warehouseId?: string; partIds?: string[] } = {}): Promise<StockShortage[]> {
  const scope = scopeSql(sc, StockBalance, 'b');
  const rows = await sc.em.getConnection().execute<
    Array<{ part_id: string; warehouse_id: string; station_id: string; on_hand: number; reorder_point: number; inbound: string }>
  >(
    `select b.part_id, b.warehouse_id, w.station_id, b.on_hand, p.reorder_point,
            coalesce((select sum(l.quantity - l.received_quantity) from purchase_order_line l join purchase_order po on po.id = l.document_id
                       where po.warehouse_id = b.warehouse_id and l.part_id = b.part_id and po.status in (?, ?)), 0)
          + coalesce((select sum(l.quantity) from stock_transfer_line l join stock_transfer t on t.id = l.document_id
                       where t.to_warehouse_id = b.warehouse_id and l.part_id = b.part_id and t.status in (?, ?)), 0) as inbound
       from stock_balance b join part p on p.id = b.part_id join warehouse w on w.id = b.warehouse_id
      where p.active and p.reorder_point > 0 and w.active and w.kind = 'parts' and b.on_hand < p.reorder_point
        and (?::uuid is null or w.station_id = ?::uuid) and (?::uuid is null or b.warehouse_id = ?::uuid)
        and (?::uuid[] is null or b.part_id = any(?::uuid[]))
        ${scope ? `and ${scope.sql}` : ''}
      order by w.code, p.code
      limit 5000`,
    [
      PurchaseOrderStatus.APPLIED,
      PurchaseOrderStatus.ORDERING,
      TransferStatus.APPLIED,
      TransferStatus.IN_TRANSIT,
      filter.stationId ?? null,
      filter.stationId ?? null,
      filter.warehouseId ?? null,
      filter.warehouseId ?? null,
      filter.partIds ? `{${filter.partIds.join(',')}}` : null,
      filter.partIds ? `{${filter.partIds.join(',')}}` : null,
      ...(scope?.bindings ?? []),
    ],
    'all',
    sc.em.getTransactionContext(),
  );
  return rows.map((r) => {
    const inbound = Number(r.inbound);
    return {
      partId: r.part_id,
      warehouseId: r.warehouse_id,
      stationId: r.station_id,
      onHand: r.on_hand,
      reorderPoint: r.reorder_point,
      inbound,
      suggestedQuantity: suggestedQuantity(r.on_hand, r.reorder_point, inbound),
    };
  });
}
