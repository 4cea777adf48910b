import { RECORD_FIELDS, defineLabels } from '../../common/labels/catalogue';
import type { Resource } from './permissions';

/** What each permission's resource is called, in the plural (every resource: the type says so). */
const RESOURCE_NAMES: Record<Resource, { zh: string; en: string }> = {
  region: { zh: '区域', en: 'regions' },
  customer: { zh: '客户', en: 'customers' },
  manufacturer: { zh: '厂家', en: 'manufacturers' },
  brand: { zh: '品牌', en: 'brands' },
  productCategory: { zh: '产品类别', en: 'product categories' },
  product: { zh: '产品', en: 'products' },
  productUnit: { zh: '产品序列号', en: 'product units' },
  codeTable: { zh: '代码表', en: 'code tables' },
  serviceStation: { zh: '维修站', en: 'service stations' },
  technician: { zh: '维修员', en: 'technicians' },
  warehouse: { zh: '仓库', en: 'warehouses' },
  part: { zh: '配件', en: 'parts' },
  feeRule: { zh: '收费标准', en: 'fee rules' },
  serviceOrder: { zh: '服务单', en: 'service orders' },
  returnRequest: { zh: '退换货申请', en: 'return requests' },
  complaint: { zh: '投诉', en: 'complaints' },
  qualityFeedback: { zh: '质量反馈', en: 'quality feedback' },
  settings: { zh: '服务规则', en: 'service rules' },
  user: { zh: '用户', en: 'users' },
  apiKey: { zh: 'API 密钥', en: 'API keys' },
  audit: { zh: '审计日志', en: 'the audit log' },
  stock: { zh: '库存', en: 'stock' },
  stockDocument: { zh: '库存单据', en: 'stock documents' },
  query: { zh: '查询', en: 'queries' },
  report: { zh: '报表', en: 'reports' },
};

const ACTION_NAMES = {
  read: { zh: '查看', en: 'Read' },
  write: { zh: '维护', en: 'Create, change and delete' },
  create: { zh: '新建', en: 'Create' },
} as const;

/** `product:read` → 查看产品 / Read products, for every resource and action. */
function permissionLabels(): Record<string, { zh: string; en: string }> {
  const out: Record<string, { zh: string; en: string }> = {};
  for (const [resource, name] of Object.entries(RESOURCE_NAMES)) {
    for (const [action, verb] of Object.entries(ACTION_NAMES)) {
      out[`${resource}:${action}`] = { zh: `${verb.zh}${name.zh}`, en: `${verb.en} ${name.en}` };
    }
  }
  return out;
}

/** Names of this area's records, fields and values in both languages: API messages, exports and the panel read them. */
export const AUTH_LABELS = defineLabels({
  types: {
    User: {
      name: { zh: '用户', en: 'user' },
      plural: { zh: '用户', en: 'users' },
      fields: {
        ...RECORD_FIELDS,
        username: { zh: '用户名', en: 'Username' },
        displayName: { zh: '姓名', en: 'Display name' },
        password: { zh: '密码', en: 'Password' },
        newPassword: { zh: '新密码', en: 'New password' },
        roles: { zh: '角色', en: 'Roles' },
        role: { zh: '角色', en: 'Role' },
        stationId: { zh: '所属维修站', en: 'Station' },
        technicianId: { zh: '对应维修员', en: 'Is technician' },
        lastLoginAt: { zh: '最近登录', en: 'Last sign-in' },
      },
    },
    ApiKey: {
      name: { zh: 'API 密钥', en: 'api key' },
      plural: { zh: 'API 密钥', en: 'api keys' },
      fields: {
        ...RECORD_FIELDS,
        name: { zh: '合作方名称', en: 'Partner name' },
        active: { zh: '有效', en: 'Usable' },
        partnerKind: { zh: '合作方类型', en: 'Partner kind' },
        prefix: { zh: '密钥前缀', en: 'Key prefix' },
        scopes: { zh: '权限范围', en: 'Scopes' },
        manufacturerId: { zh: '限定厂家', en: 'Limited to manufacturer' },
        stationId: { zh: '限定网点', en: 'Limited to station' },
        expiresAt: { zh: '到期时间', en: 'Expires' },
        lastUsedAt: { zh: '最近使用', en: 'Last used' },
        revokedAt: { zh: '吊销时间', en: 'Revoked' },
        revoked: { zh: '已吊销', en: 'Revoked' },
        key: { zh: '密钥', en: 'Key' },
        usage: { zh: '调用统计（近 30 条）', en: 'Usage (last 30 rows)' },
        day: { zh: '日期', en: 'Day' },
        operation: { zh: '操作', en: 'Operation' },
        requests: { zh: '请求数', en: 'Requests' },
        lastAt: { zh: '最近请求', en: 'Last request' },
      },
    },
  },
  enums: {
    // Permissions and partner-key scopes (`<resource>:<action>`), as the key form and the roles read them.
    Permission: permissionLabels(),
    PartnerKind: {
      MANUFACTURER: { zh: '厂家', en: 'Manufacturer' },
      RETAILER: { zh: '零售商', en: 'Retailer' },
      SERVICE_NETWORK: { zh: '服务网络', en: 'Service network' },
    },
    Role: {
      ADMIN: { zh: '系统管理员', en: 'Administrator' },
      DISPATCHER: { zh: '调度员/客服', en: 'Dispatcher / call centre' },
      TECHNICIAN: { zh: '维修站人员/维修员', en: 'Station staff / technician' },
      PARTS_KEEPER: { zh: '配件管理员', en: 'Parts keeper' },
      OPERATIONS_REVIEWER: { zh: '运营审核', en: 'Operations reviewer' },
      FINANCE_REVIEWER: { zh: '财务审核', en: 'Finance reviewer' },
      MANAGER: { zh: '售后经理', en: 'Manager' },
      ANALYST: { zh: '分析员', en: 'Analyst' },
    },
  },
});
