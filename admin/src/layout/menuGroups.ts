/** One of the panel's own pages in the menu: shown when the user may take `action` on `resource` (permissions.ts). */
export interface MenuPage {
  path: string;
  label: string;
  resource: string;
  action: string;
  /** A key combination that opens the page from anywhere (react-hotkeys-hook syntax). */
  shortcut?: string;
}

/** A group of the menu, by area of the business: pages first, then resources (each its list). */
export interface MenuGroup {
  label: string;
  pages?: MenuPage[];
  resources?: string[];
}

export const MENU_GROUPS: MenuGroup[] = [
  {
    label: 'app.menu.serviceOrders',
    pages: [
      { path: '/', label: 'app.menu.dashboard', resource: 'serviceOrders', action: 'list' },
      { path: '/serviceOrders/create', label: 'app.menu.intake', resource: 'serviceOrders', action: 'create', shortcut: 'alt+n' },
      { path: '/serviceOrders', label: 'app.menu.orderList', resource: 'serviceOrders', action: 'list' },
      { path: '/serviceOrders/overdue', label: 'app.menu.overdue', resource: 'serviceOrders', action: 'list' },
      { path: '/awaitingParts', label: 'app.menu.awaitingParts', resource: 'serviceOrders', action: 'list' },
      { path: '/serviceRules', label: 'app.menu.serviceRules', resource: 'serviceRules', action: 'edit' },
    ],
  },
  {
    label: 'app.menu.afterSales',
    pages: [
      { path: '/returnRequests?filter=%7B%22awaitingMe%22%3Atrue%7D', label: 'app.menu.returnQueue', resource: 'returnRequests', action: 'list' },
      { path: '/complaints?filter=%7B%22overdue%22%3Atrue%7D', label: 'app.menu.complaintsOverdue', resource: 'complaints', action: 'list' },
      { path: '/complaintSummary', label: 'app.menu.complaintSummary', resource: 'complaints', action: 'list' },
    ],
    resources: ['returnRequests', 'complaints', 'qualityFeedbacks'],
  },
  {
    label: 'app.menu.customersProducts',
    resources: ['customers', 'productUnits', 'products', 'brands', 'manufacturers', 'productCategories', 'regions'],
  },
  { label: 'app.menu.codeTables', resources: ['codes', 'codeGroups'] },
  { label: 'app.menu.stations', resources: ['serviceStations', 'technicians', 'warehouses'] },
  {
    label: 'app.menu.stock',
    pages: [
      { path: '/stockWork', label: 'app.menu.stockWork', resource: 'stockBalances', action: 'list' },
      { path: '/stockShortages', label: 'app.menu.stockShortages', resource: 'stockBalances', action: 'list' },
      { path: '/lateReturns', label: 'app.menu.lateReturns', resource: 'stockBalances', action: 'list' },
      { path: '/technicianHoldings', label: 'app.menu.technicianHoldings', resource: 'stockBalances', action: 'list' },
    ],
    resources: ['stockBalances', 'stockMovements', 'requisitions', 'borrowings', 'stockIns', 'stockOuts', 'stockTransfers', 'purchaseOrders', 'stocktakes'],
  },
  { label: 'app.menu.partsFees', resources: ['parts', 'feeRules'] },
  {
    label: 'app.reports.menu.group',
    pages: [
      { path: '/reports/monthly', label: 'app.reports.menu.monthly', resource: 'reports', action: 'list' },
      { path: '/reports/settlement', label: 'app.reports.menu.settlement', resource: 'reports', action: 'list' },
      { path: '/reports/commission', label: 'app.reports.menu.commission', resource: 'reportsPay', action: 'list' },
      { path: '/reports/myCommission', label: 'app.reports.menu.myCommission', resource: 'myCommission', action: 'list' },
      { path: '/reports/leaderboard', label: 'app.reports.menu.leaderboard', resource: 'reports', action: 'list' },
      { path: '/reports/pareto', label: 'app.reports.menu.pareto', resource: 'reports', action: 'list' },
      { path: '/reports/parts', label: 'app.reports.menu.parts', resource: 'reports', action: 'list' },
      { path: '/reports/turnover', label: 'app.reports.menu.turnover', resource: 'reports', action: 'list' },
      { path: '/reports/satisfaction', label: 'app.reports.menu.satisfaction', resource: 'reports', action: 'list' },
      { path: '/reports/sla', label: 'app.reports.menu.sla', resource: 'reports', action: 'list' },
    ],
  },
  {
    label: 'app.analytics.menu.group',
    pages: [
      { path: '/queries', label: 'app.analytics.menu.queries', resource: 'queries', action: 'list' },
      { path: '/imports', label: 'app.analytics.menu.imports', resource: 'imports', action: 'create' },
    ],
  },
  { label: 'app.menu.system', resources: ['users', 'apiKeys', 'auditEntries'] },
];
