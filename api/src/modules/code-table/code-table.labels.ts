import { defineLabels } from '../../common/labels/catalogue';

/** Names of this area's records, fields and values in both languages: API messages, exports and the panel read them. */
export const CODE_TABLE_LABELS = defineLabels({
  types: {
    CodeGroup: {
      name: { zh: '代码组', en: 'code group' },
      plural: { zh: '代码组', en: 'code groups' },
      fields: {
        id: { zh: 'ID', en: 'ID' },
        code: { zh: '代码', en: 'Code' },
        name: { zh: '名称', en: 'Name' },
        nameEn: { zh: '英文名称', en: 'English name' },
        active: { zh: '启用', en: 'Active' },
        createdAt: { zh: '创建时间', en: 'Created' },
        updatedAt: { zh: '更新时间', en: 'Updated' },
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
        id: { zh: 'ID', en: 'ID' },
        code: { zh: '代码', en: 'Code' },
        name: { zh: '名称（中文）', en: 'Name (Chinese)' },
        nameEn: { zh: '英文名称', en: 'English name' },
        active: { zh: '启用', en: 'Active' },
        createdAt: { zh: '创建时间', en: 'Created' },
        updatedAt: { zh: '更新时间', en: 'Updated' },
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
