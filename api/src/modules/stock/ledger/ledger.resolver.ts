import { Ctx, FieldResolver, Float, Resolver, Root } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../../graphql/context';
import { readResolver, type ReadConfig } from '../../../graphql/crud';
import { SortOrder, contains } from '../../../graphql/list';
import { fieldNeeds } from '../../../graphql/read/plan';
import { children, ref, relationResolver } from '../../../graphql/relations';
import { Part } from '../../part/part.entity';
import { OrderPart } from '../../service-order/order-part.entity';
import { ServiceOrder } from '../../service-order/service-order.entity';
import { Warehouse } from '../../station/warehouse.entity';
import { AwaitedPart } from '../order-parts/awaited-part.entity';
import { OrderPartIssue } from '../order-parts/order-part-issue.entity';
import { PurchaseOrder } from '../purchase-order/purchase-order.entity';
import { Requisition } from '../requisition/requisition.entity';
import { StockTransfer } from '../transfer/transfer.entity';
import { StockBalance } from './balance.entity';
import { round2 } from './cost';
import { StockBalanceFilter, StockMovementFilter } from './ledger.inputs';
import { StockMovement } from './movement.entity';
import './ledger.policy';

const BALANCE_CONFIG: ReadConfig<StockBalance, StockBalanceFilter> = {
  entity: StockBalance,
  name: 'StockBalance',
  plural: 'StockBalances',
  filterInput: StockBalanceFilter,
  sortFields: ['updatedAt', 'onHand', 'createdAt'],
  defaultSortOrder: SortOrder.DESC,
  where: (f) => {
    const parts: FilterQuery<StockBalance>[] = [];
    if (f.q?.trim()) parts.push({ part: { $or: [{ code: { $ilike: contains(f.q) } }, { name: { $ilike: contains(f.q) } }] } });
    if (f.stationId) parts.push({ warehouse: { station: f.stationId } });
    if (f.inStock !== undefined) parts.push(f.inStock ? { onHand: { $gt: 0 } } : { onHand: 0 });
    return parts.length ? { $and: parts } : undefined;
  },
};

const MOVEMENT_CONFIG: ReadConfig<StockMovement, StockMovementFilter> = {
  entity: StockMovement,
  name: 'StockMovement',
  plural: 'StockMovements',
  filterInput: StockMovementFilter,
  sortFields: ['at', 'quantity'],
  defaultSortOrder: SortOrder.DESC,
  searchFields: ['documentNumber'],
  where: (f) => {
    const parts: FilterQuery<StockMovement>[] = [];
    if (f.kinds?.length) parts.push({ kind: { $in: f.kinds } });
    if (f.stationId) parts.push({ warehouse: { station: f.stationId } });
    return parts.length ? { $and: parts } : undefined;
  },
};

/** 库存: on hand per part and warehouse, with its moving-average cost and value. */
@Resolver(() => StockBalance)
export class StockBalanceResolver extends readResolver(BALANCE_CONFIG) {
  @FieldResolver(() => Float, { nullable: true, description: '库存金额 On hand × moving-average cost, in yuan (hidden from partners)' })
  value(@Root() b: StockBalance): number {
    return round2(b.onHand * b.averageCost);
  }
}

/** 库存台账: the ledger, newest first by default; `balanceAfter` is the running balance of its part and warehouse. */
@Resolver(() => StockMovement)
export class StockMovementResolver extends readResolver(MOVEMENT_CONFIG) {
  @FieldResolver(() => Float, { nullable: true, description: '金额 Quantity × unit cost, in yuan, signed (hidden from partners)' })
  value(@Root() m: StockMovement): number {
    return round2(m.quantity * m.unitCost);
  }
}

fieldNeeds(StockBalance, { value: ['onHand', 'averageCost'] });
fieldNeeds(StockMovement, { value: ['quantity', 'unitCost'] });

export const StockBalanceRelations = relationResolver(StockBalance, {
  part: ref(() => Part, 'part'),
  warehouse: ref(() => Warehouse, 'warehouse'),
});
export const StockMovementRelations = relationResolver(StockMovement, {
  part: ref(() => Part, 'part'),
  warehouse: ref(() => Warehouse, 'warehouse'),
  serviceOrder: ref(() => ServiceOrder, 'serviceOrder', { nullable: true, description: 'The service order (null when outside your scope)' }),
});

/** A part's stock in every warehouse the caller sees, the most first. */
export const PartStockRelations = relationResolver(Part, {
  stock: children(() => StockBalance, 'part', { onHand: 'desc', id: 'asc' }, { description: '库存 On hand per warehouse (those you may see)' }),
});

/** How an order's parts were issued, and what brings the awaited ones. */
export const OrderPartStockRelations = relationResolver(OrderPart, {
  issues: children(() => OrderPartIssue, 'orderPart', { issuedAt: 'asc', id: 'asc' }, { description: '用料 Where the parts came from (warehouse or a technician’s requisition)' }),
  incoming: children(() => AwaitedPart, 'orderPart', { linkedAt: 'asc', id: 'asc' }, { description: '来源 The purchase order or transfer bringing the awaited part' }),
});
export const OrderPartIssueRelations = relationResolver(OrderPartIssue, {
  part: ref(() => Part, 'part'),
  warehouse: ref(() => Warehouse, 'warehouse', { nullable: true }),
  requisition: ref(() => Requisition, 'requisition', { nullable: true }),
});
export const AwaitedPartRelations = relationResolver(AwaitedPart, {
  part: ref(() => Part, 'part'),
  serviceOrder: ref(() => ServiceOrder, 'serviceOrder', { nullable: true, description: 'The waiting order (null when outside your scope)' }),
  purchaseOrder: ref(() => PurchaseOrder, 'purchaseOrder', { nullable: true }),
  transfer: ref(() => StockTransfer, 'transfer', { nullable: true }),
});
