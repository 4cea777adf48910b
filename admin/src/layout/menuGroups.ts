/** The menu, grouped by area of the business; each entry is a resource name. */
export const MENU_GROUPS = [
  {
    label: 'app.menu.customersProducts',
    resources: ['customers', 'productUnits', 'products', 'brands', 'manufacturers', 'productCategories', 'regions'],
  },
  { label: 'app.menu.codeTables', resources: ['codes', 'codeGroups'] },
  { label: 'app.menu.stations', resources: ['serviceStations', 'technicians', 'warehouses'] },
  { label: 'app.menu.partsFees', resources: ['parts', 'feeRules'] },
  { label: 'app.menu.system', resources: ['users', 'apiKeys', 'auditEntries'] },
];
