import { RECORD_FIELDS, defineLabels } from '../../common/labels/catalogue';

/** Names of this area's records, fields and values in both languages: API messages, exports and the panel read them. */
export const PART_LABELS = defineLabels({
  types: {
    Part: {
      name: { zh: '配件', en: 'part' },
      plural: { zh: '配件', en: 'parts' },
      fields: {
        ...RECORD_FIELDS,
        code: { zh: '配件编码', en: 'Code' },
        spec: { zh: '规格', en: 'Specification' },
        unit: { zh: '单位', en: 'Unit' },
        manufacturerId: { zh: '厂家', en: 'Manufacturer' },
        compatibleProductIds: { zh: '适用产品', en: 'Compatible products' },
        productId: { zh: '适用产品', en: 'Compatible with' },
        costPrice: { zh: '成本价（元）', en: 'Cost price (yuan)' },
        salePrice: { zh: '销售价（元）', en: 'Sale price (yuan)' },
        reorderPoint: { zh: '最低库存', en: 'Reorder point' },
        stock: { zh: '库存', en: 'Stock' },
      },
    },
  },
});
