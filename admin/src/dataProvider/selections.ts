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
  parts { id kind quantity unitPrice arrivedAt part { id code name } }
  timeline { id at action fromStatus status actorLabel internal department summary note }`;

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
};
