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
  // The report pages; pay (commission) is the office managers' and finance's, who hold report:write.
  reports: 'report',
  reportsPay: 'report',
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

/** Pages read under a write permission: the commission report is refused to those who cannot set pay (the API decides; the menu follows). */
const READ_AS_WRITE = new Set(['reportsPay']);

/**
 * Creating a service order is intake (接件), which the API allows by role, not by `serviceOrder:write`
 * alone: managers hold that permission for their steps but do not take orders (`me { mayTakeOrders }`).
 */
const CREATE_PERMISSION: Record<string, string> = { serviceOrders: 'serviceOrder:create' };

/** Filing a return or a complaint is `:create` (partners hold it without `:write`); `:write` grants it too. */
const FILE_PERMISSION: Record<string, string> = { returnRequests: 'returnRequest', complaints: 'complaint' };

export function isAllowed(permissions: readonly string[], resource: string, action: string): boolean {
  if (resource === 'imports') return IMPORTABLE.some((r) => permissions.includes(`${r}:write`));
  const apiResource = API_RESOURCE[resource];
  if (!apiResource) return false;
  if (action === 'create' && CREATE_PERMISSION[resource]) return permissions.includes(CREATE_PERMISSION[resource]);
  if (action === 'create' && FILE_PERMISSION[resource]) return ['create', 'write'].some((a) => permissions.includes(`${FILE_PERMISSION[resource]}:${a}`));
  if (READ_ACTIONS.has(action) && !READ_AS_WRITE.has(resource)) return permissions.includes(`${apiResource}:read`);
  return permissions.includes(`${WRITE_RESOURCE[resource] ?? apiResource}:write`);
}

/** The permissions the panel checks: the API's, and intake when `me` says the user may take orders. */
export function panelPermissions(viewer: { permissions: readonly string[]; mayTakeOrders?: boolean | null } | undefined): string[] {
  if (!viewer) return [];
  return [...viewer.permissions, ...(viewer.mayTakeOrders ? ['serviceOrder:create'] : [])];
}
