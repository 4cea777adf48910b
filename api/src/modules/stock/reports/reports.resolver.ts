import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { forbidden, badInput, fieldError } from '../../../common/errors';
import { isPartner } from '../../../common/access/actors';
import type { Context } from '../../../graphql/context';
import { Part } from '../../part/part.entity';
import { ServiceStation } from '../../station/service-station.entity';
import { Technician } from '../../station/technician.entity';
import { Warehouse, WarehouseKind } from '../../station/warehouse.entity';
import { assertCan, visibleWarehouse } from '../documents/document-service';
import { reconcile, StockReconciliation } from '../ledger/reconciliation';
import { PurchaseOrder } from '../purchase-order/purchase-order.entity';
import { ShortagePurchaseInput } from '../purchase-order/purchase-order.inputs';
import { openPurchaseOrder } from '../purchase-order/purchase-order.service';
import { LateReturn, TechnicianHolding, lateReturns, technicianHoldings } from './holdings';
import { PartChoice, partChoices } from './part-choices';
import { StockShortage, shortages } from './shortages';
import { StockValue, WarehouseStockValue, stockValue } from './value';

/** Rows of the stock reports name parts, warehouses, stations and technicians: resolved in batches, through their policies. */
function refs(ctx: Context) {
  return {
    part: (id: string) => ctx.loaders.load(Part, id),
    warehouse: (id: string) => ctx.loaders.load(Warehouse, id),
    station: (id: string) => ctx.loaders.load(ServiceStation, id),
    technician: (id: string) => ctx.loaders.load(Technician, id),
  };
}

@Resolver()
export class StockReportsResolver {
  @Authorized('stock:read')
  @Query(() => [StockShortage], { description: '缺件通知单 Parts under their reorder point per parts warehouse, with the quantity to order' })
  stockShortages(
    @Arg('stationId', () => ID, { nullable: true }) stationId: string | undefined,
    @Arg('warehouseId', () => ID, { nullable: true }) warehouseId: string | undefined,
    @Ctx() ctx: Context,
  ): Promise<StockShortage[]> {
    return shortages(ctx, { stationId, warehouseId });
  }

  @Authorized('stock:write')
  @Mutation(() => [PurchaseOrder], { description: '缺件转采购 Turns a selection of shortages into purchase orders, one per warehouse, at the suggested quantities unless given' })
  async purchaseOrdersFromShortages(@Arg('input') input: ShortagePurchaseInput, @Ctx() ctx: Context): Promise<PurchaseOrder[]> {
    const byWarehouse = new Map<string, ShortagePurchaseInput['items']>();
    for (const item of input.items) byWarehouse.set(item.warehouseId, [...(byWarehouse.get(item.warehouseId) ?? []), item]);
    const orders: PurchaseOrder[] = [];
    for (const [warehouseId, items] of byWarehouse) {
      const warehouse = await visibleWarehouse(ctx, warehouseId, 'items.warehouseId', WarehouseKind.PARTS);
      const short = new Map((await shortages(ctx, { warehouseId, partIds: items.map((i) => i.partId) })).map((s) => [s.partId, s]));
      const lines = items.map((i, n) => {
        const quantity = i.quantity ?? short.get(i.partId)?.suggestedQuantity ?? 0;
        if (quantity < 1) throw badInput([fieldError(`items.${n}.quantity`, '必须给出：该配件目前不缺（或已足量在途）', 'is required: the part is not short there now (or enough is coming)')]);
        return { partId: i.partId, quantity };
      });
      orders.push(await openPurchaseOrder(ctx, { warehouse, supplier: input.supplier, expectedOn: input.expectedOn, lines, note: input.note }));
    }
    return orders;
  }

  @Authorized('stock:read')
  @Query(() => [TechnicianHolding], { description: '维修员持有 What each technician still holds: requisitioned, borrowed, old parts due' })
  technicianHoldings(
    @Arg('stationId', () => ID, { nullable: true }) stationId: string | undefined,
    @Arg('technicianId', () => ID, { nullable: true }) technicianId: string | undefined,
    @Ctx() ctx: Context,
  ): Promise<TechnicianHolding[]> {
    return technicianHoldings(ctx, { stationId, technicianId });
  }

  @Authorized('stock:read')
  @Query(() => [LateReturn], { description: '逾期未还 Requisitions and borrowings past their return date, per station and technician' })
  lateStockReturns(
    @Arg('stationId', () => ID, { nullable: true }) stationId: string | undefined,
    @Arg('technicianId', () => ID, { nullable: true }) technicianId: string | undefined,
    @Ctx() ctx: Context,
  ): Promise<LateReturn[]> {
    return lateReturns(ctx, { stationId, technicianId });
  }

  @Authorized('stock:read')
  @Query(() => StockValue, { description: '库存金额 Stock value per warehouse and in total, at moving-average cost (not for partners)' })
  stockValue(@Arg('stationId', () => ID, { nullable: true }) stationId: string | undefined, @Ctx() ctx: Context): Promise<StockValue> {
    if (ctx.actor && isPartner(ctx.actor)) throw forbidden('stock value');
    return stockValue(ctx, { stationId });
  }

  @Authorized('part:read')
  @Query(() => [PartChoice], { description: '选配件 Parts for a picker: the product’s compatible parts first, with what the warehouse holds' })
  partChoices(
    @Arg('productId', () => ID, { nullable: true }) productId: string | undefined,
    @Arg('q', () => String, { nullable: true }) q: string | undefined,
    @Arg('warehouseId', () => ID, { nullable: true }) warehouseId: string | undefined,
    @Arg('limit', () => Int, { defaultValue: 25, description: 'At most 100' }) limit: number,
    @Ctx() ctx: Context,
  ): Promise<PartChoice[]> {
    if (warehouseId) assertCan(ctx, 'stock:read');
    return partChoices(ctx, { productId, q, warehouseId, limit: Math.max(1, Math.min(limit, 100)) });
  }

  @Authorized('audit:read')
  @Query(() => StockReconciliation, { description: '库存对账 Proves on hand = Σ ledger for every part and warehouse (administrators)' })
  stockReconciliation(@Ctx() ctx: Context): Promise<StockReconciliation> {
    return reconcile(ctx.em);
  }
}

@Resolver(() => StockShortage)
export class StockShortageFields {
  @FieldResolver(() => Part, { nullable: true }) part(@Root() r: StockShortage, @Ctx() ctx: Context) { return refs(ctx).part(r.partId); }
  @FieldResolver(() => Warehouse, { nullable: true }) warehouse(@Root() r: StockShortage, @Ctx() ctx: Context) { return refs(ctx).warehouse(r.warehouseId); }
  @FieldResolver(() => ServiceStation, { nullable: true }) station(@Root() r: StockShortage, @Ctx() ctx: Context) { return refs(ctx).station(r.stationId); }
}

@Resolver(() => TechnicianHolding)
export class TechnicianHoldingFields {
  @FieldResolver(() => Technician, { nullable: true }) technician(@Root() r: TechnicianHolding, @Ctx() ctx: Context) { return refs(ctx).technician(r.technicianId); }
  @FieldResolver(() => ServiceStation, { nullable: true }) station(@Root() r: TechnicianHolding, @Ctx() ctx: Context) { return refs(ctx).station(r.stationId); }
  @FieldResolver(() => Part, { nullable: true }) part(@Root() r: TechnicianHolding, @Ctx() ctx: Context) { return refs(ctx).part(r.partId); }
}

@Resolver(() => LateReturn)
export class LateReturnFields {
  @FieldResolver(() => Technician, { nullable: true }) technician(@Root() r: LateReturn, @Ctx() ctx: Context) { return refs(ctx).technician(r.technicianId); }
  @FieldResolver(() => ServiceStation, { nullable: true }) station(@Root() r: LateReturn, @Ctx() ctx: Context) { return refs(ctx).station(r.stationId); }
}

@Resolver(() => WarehouseStockValue)
export class WarehouseStockValueFields {
  @FieldResolver(() => Warehouse, { nullable: true }) warehouse(@Root() r: WarehouseStockValue, @Ctx() ctx: Context) { return refs(ctx).warehouse(r.warehouseId); }
  @FieldResolver(() => ServiceStation, { nullable: true }) station(@Root() r: WarehouseStockValue, @Ctx() ctx: Context) { return refs(ctx).station(r.stationId); }
}

@Resolver(() => PartChoice)
export class PartChoiceFields {
  @FieldResolver(() => Part, { nullable: true }) part(@Root() r: PartChoice, @Ctx() ctx: Context) { return refs(ctx).part(r.partId); }
}
