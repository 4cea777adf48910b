import type { ClassType } from 'type-graphql';
import { BorrowingEventFields, BorrowingResolver, BorrowingSteps } from './borrowing/borrowing.resolver';
import { StockBalanceResolver, StockMovementResolver } from './ledger/ledger.resolver';
import { OrderPartsResolver } from './order-parts/order-parts.resolver';
import { PurchaseOrderEventFields, PurchaseOrderResolver, PurchaseOrderSteps } from './purchase-order/purchase-order.resolver';
import {
  LateReturnFields,
  PartChoiceFields,
  StockReportsResolver,
  StockShortageFields,
  TechnicianHoldingFields,
  WarehouseStockValueFields,
} from './reports/reports.resolver';
import { RequisitionEventFields, RequisitionResolver, RequisitionSteps } from './requisition/requisition.resolver';
import { StockInEventFields, StockInResolver, StockInSteps } from './stock-in/stock-in.resolver';
import { StockOutEventFields, StockOutResolver, StockOutSteps } from './stock-out/stock-out.resolver';
import { StockRulesResolver } from './stock-rules';
import { StocktakeEventFields, StocktakeResolver, StocktakeSteps } from './stocktake/stocktake.resolver';
import { StockTransferEventFields, StockTransferResolver, StockTransferSteps } from './transfer/transfer.resolver';

/** The stock area's resolvers, for api/src/graphql/resolvers.ts (relation resolvers register themselves). */
export const STOCK_RESOLVERS: ClassType[] = [
  StockBalanceResolver,
  StockMovementResolver,
  StockInResolver,
  StockInSteps,
  StockInEventFields,
  StockOutResolver,
  StockOutSteps,
  StockOutEventFields,
  RequisitionResolver,
  RequisitionSteps,
  RequisitionEventFields,
  BorrowingResolver,
  BorrowingSteps,
  BorrowingEventFields,
  StockTransferResolver,
  StockTransferSteps,
  StockTransferEventFields,
  PurchaseOrderResolver,
  PurchaseOrderSteps,
  PurchaseOrderEventFields,
  StocktakeResolver,
  StocktakeSteps,
  StocktakeEventFields,
  StockReportsResolver,
  StockShortageFields,
  TechnicianHoldingFields,
  LateReturnFields,
  WarehouseStockValueFields,
  PartChoiceFields,
  OrderPartsResolver,
  StockRulesResolver,
];
