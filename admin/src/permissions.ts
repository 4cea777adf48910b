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
};

/** Bulk imports: offered to users who may write one of the importable record types (the API checks the rest). */
const IMPORTABLE = ['customer', 'product', 'productUnit', 'codeTable', 'part'];

/** Actions that only read; everything else (create, edit, delete, deactivate, reorder, revoke …) writes. */
const READ_ACTIONS = new Set(['list', 'show', 'export']);

export function isAllowed(permissions: readonly string[], resource: string, action: string): boolean {
  if (resource === 'imports') return IMPORTABLE.some((r) => permissions.includes(`${r}:write`));
  const apiResource = API_RESOURCE[resource];
  if (!apiResource) return false;
  return permissions.includes(`${apiResource}:${READ_ACTIONS.has(action) ? 'read' : 'write'}`);
}
