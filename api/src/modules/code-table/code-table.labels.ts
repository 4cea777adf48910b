import { RECORD_FIELDS, defineLabels } from '../../common/labels/catalogue';

/** Names of this area's records, fields and values in both languages: API messages, exports and the panel read them. */
export const CODE_TABLE_LABELS = defineLabels({
  types: {
    CodeGroup: {
      name: { zh: '代码组', en: 'code group' },
      plural: { zh: '代码组', en: 'code groups' },
      fields: {
        ...RECORD_FIELDS,
        kind: { zh: '代码类型', en: 'Code table' },
        sortOrder: { zh: '排序号', en: 'Sort order' },
        categoryIds: { zh: '适用产品类别', en: 'Product categories' },
        categoryId: { zh: '产品类别', en: 'Product category' },
        codes: { zh: '代码', en: 'Codes' },
      },
    },
    Code: {
      name: { zh: '代码', en: 'code' },
      plural: { zh: '代码', en: 'codes' },
      fields: {
        ...RECORD_FIELDS,
        name: { zh: '名称（中文）', en: 'Name (Chinese)' },
        groupId: { zh: '代码组', en: 'Code group' },
        kind: { zh: '代码类型', en: 'Code table' },
        shownToCustomers: { zh: '对客户显示', en: 'Shown to customers' },
        sortOrder: { zh: '排序号', en: 'Sort order' },
        categoryIds: { zh: '限定产品类别', en: 'Limited to categories' },
        categoryId: { zh: '产品类别', en: 'Product category' },
      },
    },
  },
  enums: {
    CodeKind: {
      FAULT_SYMPTOM: { zh: '不良现象', en: 'Fault symptom' },
      FAULT_CAUSE: { zh: '不良原因', en: 'Fault cause' },
      FAULT_LOCATION: { zh: '故障部位', en: 'Fault location' },
      REPAIR_METHOD: { zh: '维修方法', en: 'Repair method' },
      AFTER_SALES_REASON: { zh: '售后原因', en: 'After-sales reason' },
    },
  },
});
