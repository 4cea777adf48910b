import { Role } from './role';

/**
 * A permission is `<resource>:<action>`; roles and partner keys are sets of them.
 * `read` covers list/get, `write` covers create/update/delete, `create` is create only.
 */
export const RESOURCES = [
  'region',
  'customer',
  'manufacturer',
  'brand',
  'productCategory',
  'product',
  'productUnit',
  'codeTable',
  'serviceStation',
  'technician',
  'warehouse',
  'part',
  'feeRule',
  'serviceOrder',
  /** 退换货 Return, refund and exchange requests; `write`: the review, goods and refund steps the lifecycle gives the role. */
  'returnRequest',
  /** 投诉 Complaints; `write`: take, respond, resolve, close, open a rework order. */
  'complaint',
  /** 质量反馈 Quality feedback (defect-pattern reports); `write`: file one and take the steps the lifecycle gives the role. */
  'qualityFeedback',
  /** On-hand balances, the ledger, shortages and holdings; `write`: keep stock (stock in/out, transfers, purchase orders, stocktakes). */
  'stock',
  /** Stock documents; `write`: request (requisitions, borrowing) and take the steps their lifecycles allow the caller. */
  'stockDocument',
  'settings',
  'user',
  'apiKey',
  'audit',
  'query',
  /** Reports and dashboards; `write`: confirm settlements, enter rewards and deductions, set the leaderboard's weights (each also checks the role). */
  'report',
] as const;
export type Resource = (typeof RESOURCES)[number];
export type Action = 'read' | 'write' | 'create';
export type Permission = `${Resource}:${Action}`;

const MASTER_DATA: Resource[] = [
  'region',
  'customer',
  'manufacturer',
  'brand',
  'productCategory',
  'product',
  'productUnit',
  'codeTable',
  'serviceStation',
  'technician',
  'warehouse',
  'part',
  'feeRule',
];

const read = (rs: Resource[]): Permission[] => rs.map((r) => `${r}:read` as Permission);
const write = (rs: Resource[]): Permission[] => rs.map((r) => `${r}:write` as Permission);
/** Everyone in the company reads stock and its documents (the policies narrow station staff to their warehouses). */
const STOCK_READ: Permission[] = ['stock:read', 'stockDocument:read'];

/** The after-sales documents besides service orders (returns, complaints, quality feedback). */
const AFTER_SALES: Resource[] = ['returnRequest', 'complaint', 'qualityFeedback'];

/**
 * `write` on an after-sales document lets a role call its mutations; which steps it may take is
 * the document's lifecycle's (operations reviewers review returns, finance reviewers refund, …).
 */
/** Everyone runs ad-hoc queries inside their own scope and saves their own (sharing has its own rules). */
const QUERIES: Permission[] = ['query:read', 'query:write'];
/** Reports: read by the office and the reviewers (station staff with these roles see their station's figures). */
const REPORTS: Permission[] = ['report:read'];

export const ROLE_PERMISSIONS: Record<Role, Permission[]> = {
  [Role.ADMIN]: [...read([...RESOURCES]), ...write([...RESOURCES])],
  [Role.DISPATCHER]: [
    ...read([...MASTER_DATA, ...AFTER_SALES]),
    ...write(['customer', 'productUnit', ...AFTER_SALES]),
    'serviceOrder:read',
    'serviceOrder:write',
    ...STOCK_READ,
    ...QUERIES,
    ...REPORTS,
  ],
  // Technicians request parts (requisitions, borrowing) and return them.
  [Role.TECHNICIAN]: [
    ...read(MASTER_DATA),
    ...write(['customer', 'productUnit', 'technician']),
    'serviceOrder:read',
    'serviceOrder:write',
    ...STOCK_READ,
    'stockDocument:write',
    'returnRequest:read',
    'returnRequest:write',
    'complaint:read',
    'qualityFeedback:read',
    'qualityFeedback:write',
    ...QUERIES,
  ],
  [Role.PARTS_KEEPER]: [
    ...read(MASTER_DATA),
    ...write(['part', 'warehouse']),
    'serviceOrder:read',
    ...STOCK_READ,
    'stock:write',
    'stockDocument:write',
    'returnRequest:read',
    'returnRequest:write',
    'qualityFeedback:read',
    ...QUERIES,
  ],
  [Role.OPERATIONS_REVIEWER]: [
    ...read([...MASTER_DATA, ...AFTER_SALES]),
    'serviceOrder:read',
    ...STOCK_READ,
    'returnRequest:write',
    'complaint:write',
    'qualityFeedback:write',
    ...QUERIES,
    ...REPORTS,
  ],
  // Finance reviewers confirm manufacturer settlements (report:write; rewards and deductions stay with managers).
  [Role.FINANCE_REVIEWER]: [...read([...MASTER_DATA, ...AFTER_SALES]), 'serviceOrder:read', ...STOCK_READ, 'returnRequest:write', ...QUERIES, ...REPORTS, 'report:write'],
  // Managers set technicians' pay (the policy keeps pay fields to them and administrators) and approve requisitions.
  [Role.MANAGER]: [
    ...read([...MASTER_DATA, ...AFTER_SALES]),
    'serviceOrder:read',
    'serviceOrder:write',
    'technician:write',
    'user:read',
    ...STOCK_READ,
    'stockDocument:write',
    'complaint:write',
    'qualityFeedback:write',
    ...QUERIES,
    ...REPORTS,
    'report:write',
  ],
  [Role.ANALYST]: [...read([...MASTER_DATA, ...AFTER_SALES]), 'serviceOrder:read', ...STOCK_READ, ...QUERIES, ...REPORTS],
};

/** Scopes an administrator may grant to a partner key; users and keys themselves stay admin-only. */
export const PARTNER_GRANTABLE: Permission[] = [
  ...read(MASTER_DATA),
  ...write(['customer', 'productUnit']),
  'customer:create',
  'productUnit:create',
  'serviceOrder:read',
  'serviceOrder:create',
  'serviceOrder:write',
  // Retailers file and follow returns and complaints of their own orders; manufacturers confirm quality feedback on their products.
  'returnRequest:read',
  'returnRequest:create',
  'complaint:read',
  'complaint:create',
  'qualityFeedback:read',
  'qualityFeedback:write',
  // A service network's key may be let read its station's stock; other keys see none.
  'stock:read',
  'stockDocument:read',
  // Runs ad-hoc queries and the saved queries shared with the key, inside the key's scope.
  'query:read',
  // A manufacturer's key reads its own settlement; any key the figures of its own orders.
  'report:read',
];

export function isPermission(value: string): value is Permission {
  const [resource, action] = value.split(':');
  return (RESOURCES as readonly string[]).includes(resource) && ['read', 'write', 'create'].includes(action);
}

/** `write` implies `create`. */
export function grants(held: ReadonlySet<string>, wanted: Permission): boolean {
  if (held.has(wanted)) return true;
  const [resource, action] = wanted.split(':');
  return action === 'create' && held.has(`${resource}:write`);
}
