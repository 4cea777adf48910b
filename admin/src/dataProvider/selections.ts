import { CREATE, GET_LIST, GET_ONE, UPDATE } from 'ra-core';

const CODE = 'id code name nameEn';

/** An order with everything its page shows; create and update answer the same, as react-admin caches their answer for the page. */
const ORDER_PAGE = `customer { id name kind mobile serviceLevel }
  product { id modelNumber name categoryId }
  productUnit { id serialNumber }
  region { id name }
  station { id name phone }
  agentStation { id name }
  technicians { id name mobile }
  symptomCode { ${CODE} } causeCode { ${CODE} } locationCode { ${CODE} } methodCode { ${CODE} }
  previousOrder { id number status } reworkOf { id number status } reworkOrders { id number status }
  parts { id kind quantity unitPrice arrivedAt part { id code name } issues { source quantity warehouseId requisitionId } incoming { purchaseOrderId transferId arrivedAt purchaseOrder { id number status } transfer { id number status } } }
  timeline { id at action fromStatus status actorLabel internal department summary note }`;

/** A stock document's page: its lines with their parts, its timeline, and the names of its warehouses. */
const STOCK_TIMELINE = 'timeline { id at action fromStatus status actorLabel department summary note }';
const stockPage = (lines: string, extra = '') =>
  `warehouse { id code name } station { id name } lines { id lineNo partId quantity ${lines} part { id code name unit } } ${STOCK_TIMELINE} ${extra}`;
const AWAITED = 'awaitedParts { id orderPartId serviceOrderId quantity arrivedAt serviceOrder { id number status } part { id code name } }';
const STOCK_PAGES: Record<string, string> = {
  stockIns: stockPage('unitCost', 'serviceOrder { id number }'),
  stockOuts: stockPage('unitCost', 'serviceOrder { id number }'),
  requisitions: stockPage('issuedQuantity usedQuantity returnedQuantity oldReturnedQuantity heldQuantity oldPartsDue unitCost', 'technician { id name } serviceOrder { id number productId }'),
  borrowings: stockPage('returnedQuantity unitCost', 'technician { id name }'),
  stockTransfers: stockPage('unitCost', `toWarehouse { id code name } toStation { id name } ${AWAITED}`),
  purchaseOrders: stockPage('unitCost receivedQuantity outstandingQuantity', `manufacturer { id name } ${AWAITED}`),
  stocktakes: stockPage('countedQuantity expectedQuantity countedAt difference'),
};

/** The after-sales documents' lists (names on every row) and pages (lines, linked records, the timeline). */
const AS_TIMELINE = 'timeline { id at action fromStatus status actorLabel department summary note }';
const AFTER_SALES_PAGES: Record<string, { list: string; one: string }> = {
  returnRequests: {
    list: 'customer { id name } station { id name } reasonCode { id name }',
    one: `customer { id name mobile } station { id name } warehouse { id name } reasonCode { id name } serviceOrder { id number status }
      lines { id productId productUnitId quantity unitPrice requestedAmount refundAmount receivedQuantity shippedQuantity replacementUnitId
        product { id modelNumber name } productUnit { id serialNumber warrantyEndsOn } replacementUnit { id serialNumber warrantyEndsOn } } ${AS_TIMELINE}`,
  },
  complaints: {
    list: 'customer { id name } station { id name } product { id modelNumber }',
    one: `customer { id name mobile } station { id name } product { id modelNumber name } serviceOrder { id number status } reworkOrder { id number status } ${AS_TIMELINE}`,
  },
  qualityFeedbacks: {
    list: 'product { id modelNumber name } manufacturer { id name } station { id name }',
    one: `product { id modelNumber name } manufacturer { id name } station { id name } symptomCode { id code name } orders { id number status createdAt } ${AS_TIMELINE}`,
  },
};

/**
 * Records are read with their scalar and enum fields (relations come as `<relation>Id` and are
 * resolved by react-admin's references). These are the few nested parts a page needs besides.
 */
export const EXTRA_SELECTIONS: Record<string, Partial<Record<string, string>>> = {
  apiKeys: { [GET_ONE]: 'usage { day operation requests lastAt }' },
  // The order list shows model, station and crew on every row: fetched with the page, in batches.
  serviceOrders: {
    [GET_LIST]: 'product { id modelNumber } station { id name } technicians { id name }',
    [GET_ONE]: ORDER_PAGE,
    [CREATE]: ORDER_PAGE,
    [UPDATE]: ORDER_PAGE,
  },
  ...Object.fromEntries(Object.entries(STOCK_PAGES).map(([resource, page]) => [resource, { [GET_ONE]: page, [CREATE]: page }])),
  ...Object.fromEntries(Object.entries(AFTER_SALES_PAGES).map(([resource, page]) => [resource, { [GET_LIST]: page.list, [GET_ONE]: page.one, [CREATE]: page.one }])),
  productUnits: { [GET_ONE]: 'warrantyExtensions { id reason days fromDate toDate endsAfter documentNumber serviceOrder { id number } }' },
  parts: { [GET_ONE]: 'stock { id onHand averageCost value warehouse { id name } }' },
  stockBalances: { [GET_LIST]: 'part { id code name unit reorderPoint } warehouse { id code name }' },
  stockMovements: { [GET_LIST]: 'part { id code name unit } warehouse { id code name } serviceOrder { id number }' },
};
