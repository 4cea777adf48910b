import { RECORD_FIELDS, defineLabels } from '../../common/labels/catalogue';

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
