/**
 * The API grants `<resource>:read` and `<resource>:write` permissions (see `me { permissions }`);
 * these are the names for the panel's resources. Code tables share one permission.
 */
const API_RESOURCE: Record<string, string> = {
  regions: 'region',
  customers: 'customer',
  manufacturers: 'manufacturer',
  brands: 'brand',
  productCategories: 'productCategory',
  products: 'product',
  productUnits: 'productUnit',
  codeGroups: 'codeTable',
  codes: 'codeTable',
  serviceStations: 'serviceStation',
  technicians: 'technician',
  warehouses: 'warehouse',
  parts: 'part',
  feeRules: 'feeRule',
  serviceOrders: 'serviceOrder',
  // The service rules page: read by anyone who reads orders, changed by administrators only.
  serviceRules: 'settings',
  users: 'user',
  apiKeys: 'apiKey',
  auditEntries: 'audit',
  // Ad-hoc and saved queries (run, save) and exports.
  queries: 'query',
  stockBalances: 'stock',
  stockMovements: 'stock',
  requisitions: 'stockDocument',
  borrowings: 'stockDocument',
  stockIns: 'stockDocument',
  stockOuts: 'stockDocument',
  stockTransfers: 'stockDocument',
  purchaseOrders: 'stockDocument',
  stocktakes: 'stockDocument',
  returnRequests: 'returnRequest',
  complaints: 'complaint',
  qualityFeedbacks: 'qualityFeedback',
  // The report pages (report:read); the commission pages are opened by what `me { reportAbilities }` says (panelPermissions).
  reports: 'report',
};

/**
 * Resources whose records are written under another permission than they are read: keepers'
 * documents are read by everyone with `stockDocument:read` but entered with `stock:write`
 * (technicians enter requisitions and borrowing, and old parts of their orders through the API).
 */
const WRITE_RESOURCE: Record<string, string> = {
  stockIns: 'stock',
  stockOuts: 'stock',
  stockTransfers: 'stock',
  purchaseOrders: 'stock',
  stocktakes: 'stock',
};

/** Bulk imports: offered to users who may write one of the importable record types (the API checks the rest). */
const IMPORTABLE = ['customer', 'product', 'productUnit', 'codeTable', 'part'];

/** Actions that only read; everything else (create, edit, delete, deactivate, reorder, revoke …) writes. */
const READ_ACTIONS = new Set(['list', 'show', 'export']);

/**
 * Pages the API opens by a rule rather than a permission (`me { reportAbilities technicianId }`,
 * turned into these names by panelPermissions): the commission of the technicians one may read,
 * and one's own.
 */
const ABILITY_PAGES: Record<string, string> = { reportsPay: 'report:commission', myCommission: 'report:ownCommission' };

/**
 * Creating a service order is intake (接件), which the API allows by role, not by `serviceOrder:write`
 * alone: managers hold that permission for their steps but do not take orders (`me { mayTakeOrders }`).
 */
const CREATE_PERMISSION: Record<string, string> = { serviceOrders: 'serviceOrder:create' };

/** Filing a return or a complaint is `:create` (partners hold it without `:write`); `:write` grants it too. */
const FILE_PERMISSION: Record<string, string> = { returnRequests: 'returnRequest', complaints: 'complaint' };

export function isAllowed(permissions: readonly string[], resource: string, action: string): boolean {
  if (resource === 'imports') return IMPORTABLE.some((r) => permissions.includes(`${r}:write`));
  if (ABILITY_PAGES[resource]) return READ_ACTIONS.has(action) && permissions.includes(ABILITY_PAGES[resource]);
  const apiResource = API_RESOURCE[resource];
  if (!apiResource) return false;
  if (action === 'create' && CREATE_PERMISSION[resource]) return permissions.includes(CREATE_PERMISSION[resource]);
  if (action === 'create' && FILE_PERMISSION[resource]) return ['create', 'write'].some((a) => permissions.includes(`${FILE_PERMISSION[resource]}:${a}`));
  if (READ_ACTIONS.has(action)) return permissions.includes(`${apiResource}:read`);
  return permissions.includes(`${WRITE_RESOURCE[resource] ?? apiResource}:write`);
}

interface ViewerAbilities {
  permissions: readonly string[];
  mayTakeOrders?: boolean | null;
  technicianId?: string | null;
  reportAbilities?: { commission?: string | null; confirmSettlement?: boolean; adjustCommission?: boolean; changeLeaderboardWeights?: boolean } | null;
}

/**
 * The permissions the panel checks: the API's, intake when `me` says the user may take orders,
 * and the report steps `me { reportAbilities }` allows (named `report:<step>`: the API has no
 * such permissions, the services check the rule these mirror).
 */
export function panelPermissions(viewer: ViewerAbilities | undefined): string[] {
  if (!viewer) return [];
  const r = viewer.reportAbilities;
  const reportSteps = [
    r?.commission === 'ALL' || r?.commission === 'STATION' ? 'report:commission' : undefined,
    viewer.technicianId && r?.commission ? 'report:ownCommission' : undefined,
    r?.confirmSettlement ? 'report:confirmSettlement' : undefined,
    r?.adjustCommission ? 'report:adjustCommission' : undefined,
    r?.changeLeaderboardWeights ? 'report:changeLeaderboardWeights' : undefined,
  ].filter((p): p is string => !!p);
  return [...viewer.permissions, ...(viewer.mayTakeOrders ? ['serviceOrder:create'] : []), ...reportSteps];
}
