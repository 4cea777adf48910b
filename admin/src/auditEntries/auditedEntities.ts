/**
 * The entity names the audit log records (the API's entity classes), each with the panel resource
 * that shows such a record, when there is one.
 */
export const AUDITED_ENTITIES: Record<string, string | undefined> = {
  Region: 'regions',
  Customer: 'customers',
  Manufacturer: 'manufacturers',
  Brand: 'brands',
  ProductCategory: 'productCategories',
  Product: 'products',
  ProductUnit: 'productUnits',
  CodeGroup: 'codeGroups',
  Code: 'codes',
  ServiceStation: 'serviceStations',
  Technician: 'technicians',
  Warehouse: 'warehouses',
  Part: 'parts',
  FeeRule: 'feeRules',
  User: 'users',
  ApiKey: 'apiKeys',
  ServiceOrder: undefined,
  TimelineEvent: undefined,
  OrderPart: undefined,
  OrderTechnician: undefined,
  Setting: undefined,
  SavedFilter: undefined,
};
