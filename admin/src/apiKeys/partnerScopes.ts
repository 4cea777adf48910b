/**
 * What an administrator may grant a partner key: the API's PARTNER_GRANTABLE permissions
 * (api/src/modules/auth/permissions.ts). The API refuses any other scope.
 */
const MASTER_DATA = [
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

export const PARTNER_SCOPES = [
  ...MASTER_DATA.map((resource) => `${resource}:read`),
  'customer:create',
  'customer:write',
  'productUnit:create',
  'productUnit:write',
  'serviceOrder:read',
  'serviceOrder:create',
  'serviceOrder:write',
].map((scope) => ({ id: scope, name: scope }));
