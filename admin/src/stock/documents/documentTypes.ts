import lifecycles from '../../../../schema/lifecycles.json';
import { STOCK_DOCUMENTS, type StockDocumentResource } from '../../dataProvider/stockOperations';

/** The status enum of a document type (its lifecycle names it). */
export function statusEnum(resource: StockDocumentResource): string {
  return (lifecycles as unknown as Record<string, { statusEnum: string }>)[STOCK_DOCUMENTS[resource]].statusEnum;
}

/** The panel resource of a document, from the ledger's document type. */
export const RESOURCE_OF_DOCUMENT_TYPE: Record<string, StockDocumentResource | 'serviceOrders'> = {
  STOCK_IN: 'stockIns',
  STOCK_OUT: 'stockOuts',
  REQUISITION: 'requisitions',
  BORROWING: 'borrowings',
  TRANSFER: 'stockTransfers',
  PURCHASE_ORDER: 'purchaseOrders',
  STOCKTAKE: 'stocktakes',
  SERVICE_ORDER: 'serviceOrders',
};
