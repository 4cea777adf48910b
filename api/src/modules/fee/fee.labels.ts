import { RECORD_FIELDS, defineLabels } from '../../common/labels/catalogue';

/** Names of this area's records, fields and values in both languages: API messages, exports and the panel read them. */
export const FEE_LABELS = defineLabels({
  types: {
    FeeRule: {
      name: { zh: '收费标准', en: 'fee rule' },
      plural: { zh: '收费标准', en: 'fee rules' },
      fields: {
        ...RECORD_FIELDS,
        feeKind: { zh: '费用类型', en: 'Fee kind' },
        serviceKind: { zh: '服务方式', en: 'Service kind' },
        brandId: { zh: '品牌', en: 'Brand' },
        categoryId: { zh: '产品类别', en: 'Category' },
        distanceBand: { zh: '距离段', en: 'Distance band' },
        amount: { zh: '金额（元）', en: 'Amount (yuan)' },
        validFrom: { zh: '生效日期', en: 'Valid from' },
        validTo: { zh: '失效日期', en: 'Valid to' },
      },
    },
  },
  enums: {
    DistanceBand: {
      NEAR: { zh: '近距离', en: 'Near' },
      MIDDLE: { zh: '中距离', en: 'Middle' },
      FAR: { zh: '远距离', en: 'Far' },
    },
    FeeKind: {
      LABOUR: { zh: '工时费', en: 'Labour' },
      VISIT: { zh: '上门费', en: 'Visit' },
    },
    ServiceKind: {
      ON_SITE_REPAIR: { zh: '上门维修', en: 'On-site repair' },
      IN_SHOP_REPAIR: { zh: '送修', en: 'In-shop repair' },
      INSTALLATION: { zh: '安装', en: 'Installation' },
      MAINTENANCE: { zh: '保养', en: 'Maintenance' },
    },
  },
});
