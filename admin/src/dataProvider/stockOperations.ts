import type { Identifier } from 'ra-core';
import lifecycles from '../../../schema/lifecycles.json';
import type {
  LateReturn,
  Part,
  PartChoice,
  PurchaseOrder,
  ServiceStation,
  StockAction,
  StockShortage,
  StockValue,
  Technician,
  TechnicianHolding,
  Warehouse,
  WarehouseStockValue,
} from '../../../schema/generated/graphql';
import type { Request } from './operations';

/** The stock documents: panel resource → API type (its lifecycle in schema/lifecycles.json). */
export const STOCK_DOCUMENTS = {
  stockIns: 'StockIn',
  stockOuts: 'StockOut',
  requisitions: 'Requisition',
  borrowings: 'Borrowing',
  stockTransfers: 'StockTransfer',
  purchaseOrders: 'PurchaseOrder',
  stocktakes: 'Stocktake',
} as const;
export type StockDocumentResource = keyof typeof STOCK_DOCUMENTS;

type Steps = Record<string, { from: string[]; to: string; mutation: string; input: string }>;
const LIFECYCLES = lifecycles as unknown as Record<string, { steps: Steps }>;

/** A document type's step as the API publishes it: mutation and input type. */
export function stockStep(resource: StockDocumentResource, action: StockAction) {
  return LIFECYCLES[STOCK_DOCUMENTS[resource]].steps[action];
}

/** The step actions of a document type, in the lifecycle's order. */
export function stockActions(resource: StockDocumentResource): StockAction[] {
  return Object.keys(LIFECYCLES[STOCK_DOCUMENTS[resource]].steps) as StockAction[];
}

const REF = 'id code name';
export const STOCK_QUERIES = {
  stockShortages: `query stockShortages($stationId: ID, $warehouseId: ID) { result: stockShortages(stationId: $stationId, warehouseId: $warehouseId) {
    partId warehouseId stationId onHand reorderPoint inbound suggestedQuantity part { ${REF} unit manufacturerId } warehouse { ${REF} } station { id name } } }`,
  purchaseOrdersFromShortages: `mutation purchaseOrdersFromShortages($input: ShortagePurchaseInput!) { result: purchaseOrdersFromShortages(input: $input) { id number warehouseId } }`,
  lateStockReturns: `query lateStockReturns($stationId: ID, $technicianId: ID) { result: lateStockReturns(stationId: $stationId, technicianId: $technicianId) {
    documentType documentId number returnDueAt heldQuantity oldPartsDue daysLate technician { id name code } station { id name } } }`,
  technicianHoldings: `query technicianHoldings($stationId: ID, $technicianId: ID) { result: technicianHoldings(stationId: $stationId, technicianId: $technicianId) {
    requisitioned borrowed oldPartsDue since dueAt late documentNumbers technician { id name code } station { id name } part { ${REF} unit } } }`,
  stockValue: `query stockValue($stationId: ID) { result: stockValue(stationId: $stationId) { total quantity warehouses { warehouseId parts quantity value warehouse { ${REF} } } } }`,
  partChoices: `query partChoices($productId: ID, $q: String, $warehouseId: ID) { result: partChoices(productId: $productId, q: $q, warehouseId: $warehouseId, limit: 30) {
    partId compatible onHand part { ${REF} spec unit } } }`,
  recordStocktakeCounts: `mutation recordStocktakeCounts($id: ID!, $input: StocktakeCountsInput!) { result: recordStocktakeCounts(id: $id, input: $input) { id countedLines } }`,
  importStocktakeCounts: `mutation importStocktakeCounts($id: ID!, $input: StocktakeImportInput!) { result: importStocktakeCounts(id: $id, input: $input) { id countedLines } }`,
  /** What waits for a parts keeper, in one request: each a filtered list's total. */
  stockWork: `query stockWork {
    stockInsToReceive: stockIns(filter: { status: APPLIED }, perPage: 1) { total }
    stockOutsToProcess: stockOuts(filter: { statuses: [APPLIED, PROCESSING] }, perPage: 1) { total }
    requisitionsToIssue: requisitions(filter: { status: PROCESSING }, perPage: 1) { total }
    requisitionsToApprove: requisitions(filter: { status: APPLIED }, perPage: 1) { total }
    lateRequisitions: requisitions(filter: { late: true }, perPage: 1) { total }
    borrowingsToLend: borrowings(filter: { status: APPLIED }, perPage: 1) { total }
    transfersToShip: stockTransfers(filter: { status: APPLIED }, perPage: 1) { total }
    transfersInTransit: stockTransfers(filter: { status: IN_TRANSIT }, perPage: 1) { total }
    purchaseOrdersToPlace: purchaseOrders(filter: { status: APPLIED }, perPage: 1) { total }
    purchaseOrdersOrdering: purchaseOrders(filter: { status: ORDERING }, perPage: 1) { total }
    stocktakesOpen: stocktakes(filter: { status: OPEN }, perPage: 1) { total }
    stockShortages { partId }
  }`,
} as const satisfies Record<string, string>;


export type Shortage = Omit<StockShortage, 'part' | 'warehouse' | 'station'> & {
  part: Pick<Part, 'id' | 'code' | 'name' | 'unit' | 'manufacturerId'>;
  warehouse: Pick<Warehouse, 'id' | 'code' | 'name'>;
  station: Pick<ServiceStation, 'id' | 'name'>;
};
export type Late = Omit<LateReturn, 'technician' | 'station'> & { technician: Pick<Technician, 'id' | 'name' | 'code'>; station: Pick<ServiceStation, 'id' | 'name'> };
export type Holding = Omit<TechnicianHolding, 'technician' | 'station' | 'part'> & {
  technician: Pick<Technician, 'id' | 'name' | 'code'>;
  station: Pick<ServiceStation, 'id' | 'name'>;
  part: Pick<Part, 'id' | 'code' | 'name' | 'unit'>;
};
export type Choice = Omit<PartChoice, 'part'> & { part: Pick<Part, 'id' | 'code' | 'name' | 'spec' | 'unit'> };
export type Value = Omit<StockValue, 'warehouses'> & { warehouses: Array<Omit<WarehouseStockValue, 'warehouse' | 'station'> & { warehouse: Pick<Warehouse, 'id' | 'code' | 'name'> }> };
export type StockWork = Record<string, { total: number }> & { stockShortages: Array<{ partId: string }> };


/** The stock screens' operations beyond list/one/create: steps, reports, counting. */
export function buildStockOperations(request: Request) {
  type Name = keyof typeof STOCK_QUERIES;
  const query = async <T>(name: Name, variables: Record<string, unknown> = {}) => ({ data: (await request(STOCK_QUERIES[name], variables, 'query')).result as T });
  const mutate = async <T>(name: Name, variables: Record<string, unknown> = {}) => ({ data: (await request(STOCK_QUERIES[name], variables, 'mutation')).result as T });
  return {
    /** One lifecycle step of a stock document; `input` is what the step's input type takes. */
    stockDocumentStep: async (resource: StockDocumentResource, action: StockAction, id: Identifier, input: Record<string, unknown>) => {
      const { mutation, input: type } = stockStep(resource, action);
      const document = `mutation ${mutation}($id: ID!, $input: ${type}) { result: ${mutation}(id: $id, input: $input) { id status } }`;
      return { data: (await request(document, { id, input }, 'mutation')).result as { id: string; status: string } };
    },
    stockShortages: (filter: { stationId?: string; warehouseId?: string } = {}) => query<Shortage[]>('stockShortages', filter),
    purchaseOrdersFromShortages: (input: { items: Array<{ partId: string; warehouseId: string; quantity?: number }>; supplier: string; expectedOn?: string; note?: string }) =>
      mutate<Array<Pick<PurchaseOrder, 'id' | 'number' | 'warehouseId'>>>('purchaseOrdersFromShortages', { input }),
    lateStockReturns: (filter: { stationId?: string; technicianId?: string } = {}) => query<Late[]>('lateStockReturns', filter),
    technicianHoldings: (filter: { stationId?: string; technicianId?: string } = {}) => query<Holding[]>('technicianHoldings', filter),
    stockValue: (filter: { stationId?: string } = {}) => query<Value>('stockValue', filter),
    partChoices: (args: { productId?: string; q?: string; warehouseId?: string }) => query<Choice[]>('partChoices', args),
    recordStocktakeCounts: (id: Identifier, counts: Array<{ partId: string; countedQuantity: number }>) =>
      mutate<{ id: string; countedLines: number }>('recordStocktakeCounts', { id, input: { counts } }),
    importStocktakeCounts: (id: Identifier, csv: string) => mutate<{ id: string; countedLines: number }>('importStocktakeCounts', { id, input: { csv } }),
    stockWork: async () => ({ data: (await request(STOCK_QUERIES.stockWork, {}, 'query')) as StockWork }),
  };
}

export type StockOperations = ReturnType<typeof buildStockOperations>;
