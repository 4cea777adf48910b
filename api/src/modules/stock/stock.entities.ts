import { Borrowing, BorrowingEvent, BorrowingLine } from './borrowing/borrowing.entity';
import { StockDocumentSequence } from './documents/document-number';
import { StockBalance } from './ledger/balance.entity';
import { StockMovement } from './ledger/movement.entity';
import { AwaitedPart } from './order-parts/awaited-part.entity';
import { OrderPartIssue } from './order-parts/order-part-issue.entity';
import { PurchaseOrder, PurchaseOrderEvent, PurchaseOrderLine } from './purchase-order/purchase-order.entity';
import { Requisition, RequisitionEvent, RequisitionLine } from './requisition/requisition.entity';
import { StockIn, StockInEvent, StockInLine } from './stock-in/stock-in.entity';
import { StockOut, StockOutEvent, StockOutLine } from './stock-out/stock-out.entity';
import { Stocktake, StocktakeEvent, StocktakeLine } from './stocktake/stocktake.entity';
import { StockTransfer, StockTransferEvent, StockTransferLine } from './transfer/transfer.entity';

/** The stock area's entities, for api/src/db/entities.ts. */
export const STOCK_ENTITIES = [
  StockMovement,
  StockBalance,
  StockDocumentSequence,
  StockIn,
  StockInLine,
  StockInEvent,
  StockOut,
  StockOutLine,
  StockOutEvent,
  Requisition,
  RequisitionLine,
  RequisitionEvent,
  Borrowing,
  BorrowingLine,
  BorrowingEvent,
  StockTransfer,
  StockTransferLine,
  StockTransferEvent,
  PurchaseOrder,
  PurchaseOrderLine,
  PurchaseOrderEvent,
  Stocktake,
  StocktakeLine,
  StocktakeEvent,
  OrderPartIssue,
  AwaitedPart,
];
