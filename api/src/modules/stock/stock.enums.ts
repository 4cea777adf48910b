import { labelledEnum } from '../../graphql/enums';
import './stock.labels';

/** Why a quantity moved: the kinds of the ledger (DOMAIN.md "Parts stock"). In kinds add, out kinds take. */
export enum MovementKind {
  OPENING = 'opening',
  PURCHASE_IN = 'purchase_in',
  RETURN_IN = 'return_in',
  OLD_PART_IN = 'old_part_in',
  EXCHANGE_IN = 'exchange_in',
  TRANSFER_IN = 'transfer_in',
  BORROW_BACK = 'borrow_back',
  STOCKTAKE_GAIN = 'stocktake_gain',
  TRANSFER_OUT = 'transfer_out',
  REQUISITION_OUT = 'requisition_out',
  CONSUMPTION = 'consumption',
  SALE = 'sale',
  LOSS = 'loss',
  EXCHANGE_OUT = 'exchange_out',
  RETURN_TO_MAKER = 'return_to_maker',
  BORROW_OUT = 'borrow_out',
  STOCKTAKE_LOSS = 'stocktake_loss',
}
labelledEnum(MovementKind, 'MovementKind', { description: '出入库类型 Why a quantity moved' });

/** The document a ledger row belongs to (its number is on the row too). */
export enum StockDocumentType {
  STOCK_IN = 'stock_in',
  STOCK_OUT = 'stock_out',
  REQUISITION = 'requisition',
  BORROWING = 'borrowing',
  TRANSFER = 'transfer',
  PURCHASE_ORDER = 'purchase_order',
  STOCKTAKE = 'stocktake',
  SERVICE_ORDER = 'service_order',
  /** 退换货申请: goods back (return in, exchange in) and replacements out (exchange out). */
  RETURN_REQUEST = 'return_request',
}
labelledEnum(StockDocumentType, 'StockDocumentType', { description: '单据类型 Stock document type' });

/** Number prefixes per document type and year: RK-2026-000001 (service orders keep SO-). */
export const NUMBER_PREFIX: Record<Exclude<StockDocumentType, StockDocumentType.SERVICE_ORDER | StockDocumentType.RETURN_REQUEST>, string> = {
  [StockDocumentType.STOCK_IN]: 'RK',
  [StockDocumentType.STOCK_OUT]: 'CK',
  [StockDocumentType.REQUISITION]: 'LY',
  [StockDocumentType.BORROWING]: 'JY',
  [StockDocumentType.TRANSFER]: 'DB',
  [StockDocumentType.PURCHASE_ORDER]: 'CG',
  [StockDocumentType.STOCKTAKE]: 'PD',
};

/** The steps of every stock document's lifecycle (each document type uses some of them). */
export enum StockAction {
  PROCESS = 'process',
  APPROVE = 'approve',
  REJECT = 'reject',
  PLACE = 'place',
  RECEIVE = 'receive',
  ISSUE = 'issue',
  LEND = 'lend',
  SHIP = 'ship',
  RETURN = 'return',
  CONFIRM = 'confirm',
  FINISH = 'finish',
  CLOSE = 'close',
  CANCEL = 'cancel',
}
labelledEnum(StockAction, 'StockAction', { description: '单据操作 A step of a stock document' });

/** What a stock document's timeline entry records: its steps, its creation and what does not change its state. */
export const StockEventAction = {
  CREATE: 'create',
  ...StockAction,
  COUNT: 'count',
  LINK: 'link',
} as const;
export type StockEventAction = (typeof StockEventAction)[keyof typeof StockEventAction];
labelledEnum(StockEventAction, 'StockEventAction', { description: '单据记录 What a stock document’s timeline entry records' });

export enum StockInKind {
  PURCHASE_IN = 'purchase_in',
  RETURN_IN = 'return_in',
  OLD_PART_IN = 'old_part_in',
  EXCHANGE_IN = 'exchange_in',
  OPENING = 'opening',
}
labelledEnum(StockInKind, 'StockInKind', { description: '入库类型 Kind of stock in' });

export enum StockOutKind {
  SALE = 'sale',
  LOSS = 'loss',
  EXCHANGE_OUT = 'exchange_out',
  RETURN_TO_MAKER = 'return_to_maker',
}
labelledEnum(StockOutKind, 'StockOutKind', { description: '出库类型 Kind of stock out' });

export enum StockInStatus {
  APPLIED = 'applied',
  RECEIVED = 'received',
  CLOSED = 'closed',
  CANCELLED = 'cancelled',
}
labelledEnum(StockInStatus, 'StockInStatus', { description: '入库单状态 Stock-in status' });

export enum StockOutStatus {
  APPLIED = 'applied',
  PROCESSING = 'processing',
  ISSUED = 'issued',
  CLOSED = 'closed',
  CANCELLED = 'cancelled',
}
labelledEnum(StockOutStatus, 'StockOutStatus', { description: '出库单状态 Stock-out status' });

export enum RequisitionStatus {
  APPLIED = 'applied',
  PROCESSING = 'processing',
  ISSUED = 'issued',
  CLOSED = 'closed',
  REJECTED = 'rejected',
  CANCELLED = 'cancelled',
}
labelledEnum(RequisitionStatus, 'RequisitionStatus', { description: '领用单状态 Requisition status', notes: { PROCESSING: 'approved, to be issued' } });

export enum BorrowingStatus {
  APPLIED = 'applied',
  LENT = 'lent',
  RETURNED = 'returned',
  CANCELLED = 'cancelled',
}
labelledEnum(BorrowingStatus, 'BorrowingStatus', { description: '借用单状态 Borrowing status' });

export enum TransferStatus {
  APPLIED = 'applied',
  IN_TRANSIT = 'in_transit',
  RECEIVED = 'received',
  CANCELLED = 'cancelled',
}
labelledEnum(TransferStatus, 'TransferStatus', { description: '调拨单状态 Transfer status' });

export enum PurchaseOrderStatus {
  APPLIED = 'applied',
  ORDERING = 'ordering',
  RECEIVED = 'received',
  CANCELLED = 'cancelled',
}
labelledEnum(PurchaseOrderStatus, 'PurchaseOrderStatus', { description: '采购订单状态 Purchase order status', notes: { ORDERING: 'placed; receipts may come in parts' } });

export enum StocktakeStatus {
  OPEN = 'open',
  CONFIRMED = 'confirmed',
  CANCELLED = 'cancelled',
}
labelledEnum(StocktakeStatus, 'StocktakeStatus', { description: '盘点单状态 Stocktake status' });

/** Where the parts of an order line came from. */
export enum IssueSource {
  WAREHOUSE = 'warehouse',
  HOLDING = 'holding',
}
labelledEnum(IssueSource, 'IssueSource', { description: '出处 Where parts issued to an order came from' });
