/** A human sentence in both languages the product speaks; Chinese is the default. */
export interface Bilingual {
  zh: string;
  en: string;
}

export type Lang = keyof Bilingual;

export function pickLang(acceptLanguage: string | undefined): Lang {
  if (!acceptLanguage) return 'zh';
  const first = acceptLanguage.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh';
}

/** Display names of fields, used in validation and conflict messages. */
export const FIELD_LABELS: Record<string, Bilingual> = {
  name: { zh: '名称', en: 'name' },
  nameEn: { zh: '英文名称', en: 'English name' },
  code: { zh: '代码', en: 'code' },
  mobile: { zh: '手机号', en: 'mobile' },
  phones: { zh: '电话', en: 'phones' },
  email: { zh: '电子邮箱', en: 'email' },
  address: { zh: '地址', en: 'address' },
  modelNumber: { zh: '型号', en: 'model number' },
  serialNumber: { zh: '序列号', en: 'serial number' },
  purchaseDate: { zh: '购买日期', en: 'purchase date' },
  installationDate: { zh: '安装日期', en: 'installation date' },
  warrantyMonths: { zh: '保修月数', en: 'warranty months' },
  warrantyEndsOn: { zh: '保修截止日', en: 'warranty end' },
  listPrice: { zh: '零售价', en: 'list price' },
  username: { zh: '用户名', en: 'username' },
  password: { zh: '密码', en: 'password' },
  sortOrder: { zh: '排序', en: 'sort order' },
  kind: { zh: '类型', en: 'kind' },
  dailyOrderLimit: { zh: '每日单量上限', en: 'daily order limit' },
  serviceRadiusKm: { zh: '服务半径', en: 'service radius' },
  costPrice: { zh: '成本价', en: 'cost price' },
  salePrice: { zh: '销售价', en: 'sale price' },
  reorderPoint: { zh: '最低库存', en: 'reorder point' },
  amount: { zh: '金额', en: 'amount' },
  scopes: { zh: '权限范围', en: 'scopes' },
  roles: { zh: '角色', en: 'roles' },
  id: { zh: '记录', en: 'record' },
  ids: { zh: '记录', en: 'records' },
  user: { zh: '用户', en: 'user' },
  resource: { zh: '列表', en: 'list' },
  status: { zh: '状态', en: 'status' },
  customerId: { zh: '客户', en: 'customer' },
  regionId: { zh: '区域', en: 'region' },
  parentId: { zh: '上级', en: 'parent' },
  brandId: { zh: '品牌', en: 'brand' },
  manufacturerId: { zh: '厂家', en: 'manufacturer' },
  productId: { zh: '产品', en: 'product' },
  productUnitId: { zh: '产品序列号', en: 'product unit' },
  groupId: { zh: '代码组', en: 'code group' },
  categoryIds: { zh: '适用类别', en: 'categories' },
  compatibleProductIds: { zh: '适用产品', en: 'compatible products' },
  stationId: { zh: '维修站', en: 'station' },
  agentStationId: { zh: '返修网点', en: 'agent station' },
  technicianIds: { zh: '维修员', en: 'technicians' },
  symptomCodeId: { zh: '故障现象代码', en: 'symptom code' },
  causeCodeId: { zh: '故障原因代码', en: 'cause code' },
  locationCodeId: { zh: '故障部位代码', en: 'location code' },
  methodCodeId: { zh: '维修方法代码', en: 'repair method code' },
  contactPhone: { zh: '联系电话', en: 'contact phone' },
  contactName: { zh: '联系人', en: 'contact name' },
  appointmentEnd: { zh: '预约结束时间', en: 'appointment end' },
  reportedSymptom: { zh: '故障描述', en: 'reported symptom' },
  reason: { zh: '原因', en: 'reason' },
  parts: { zh: '配件', en: 'parts' },
  score: { zh: '评分', en: 'score' },
  distanceBand: { zh: '距离档', en: 'distance band' },
  validTo: { zh: '失效日期', en: 'valid to' },
  nearKm: { zh: '近距离上限', en: 'near band limit' },
  middleKm: { zh: '中距离上限', en: 'middle band limit' },
  nearHours: { zh: '近距离时限', en: 'near band hours' },
  middleHours: { zh: '中距离时限', en: 'middle band hours' },
  farHours: { zh: '远距离时限', en: 'far band hours' },
  vipFactor: { zh: 'VIP 系数', en: 'VIP factor' },
  contractFactor: { zh: '合约客户系数', en: 'contract factor' },
  repeatRepairDays: { zh: '重修天数', en: 'repeat-repair days' },
  exchangeAfterRepairs: { zh: '三包换货次数', en: 'repairs before exchange' },
  reworkScoreAtMost: { zh: '整改评分线', en: 'rework score' },
};

/** `customer.mobile` is labelled by its last part. */
export function fieldLabel(field: string): Bilingual {
  const last = field.split('.').pop()!;
  return FIELD_LABELS[field] ?? FIELD_LABELS[last] ?? { zh: field, en: field };
}
