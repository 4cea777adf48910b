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
};

export function fieldLabel(field: string): Bilingual {
  return FIELD_LABELS[field] ?? { zh: field, en: field };
}
