import { RECORD_FIELDS, defineLabels } from '../../common/labels/catalogue';

/** Names of this area's records, fields and values in both languages: API messages, exports and the panel read them. */
export const CUSTOMER_LABELS = defineLabels({
  types: {
    Customer: {
      name: { zh: '客户', en: 'customer' },
      plural: { zh: '客户', en: 'customers' },
      fields: {
        ...RECORD_FIELDS,
        name: { zh: '客户名称', en: 'Name' },
        kind: { zh: '客户类型', en: 'Kind' },
        mobile: { zh: '手机', en: 'Mobile' },
        phones: { zh: '其他电话', en: 'Other phones' },
        phone: { zh: '电话', en: 'Phone' },
        email: { zh: '电子邮箱', en: 'Email' },
        address: { zh: '地址', en: 'Address' },
        regionId: { zh: '区域', en: 'Region' },
        serviceLevel: { zh: '服务等级', en: 'Service level' },
        defaultTechnicianId: { zh: '默认维修员', en: 'Default technician' },
        notes: { zh: '备注', en: 'Notes' },
        units: { zh: '三包产品', en: 'Product units' },
      },
    },
  },
  enums: {
    CustomerKind: {
      INDIVIDUAL: { zh: '个人', en: 'Individual' },
      DEALER: { zh: '经销商', en: 'Dealer' },
      STORE: { zh: '门店', en: 'Store' },
      ENTERPRISE: { zh: '企业', en: 'Enterprise' },
    },
    ServiceLevel: {
      NORMAL: { zh: '普通', en: 'Normal' },
      VIP: { zh: 'VIP', en: 'VIP' },
      CONTRACT: { zh: '合约', en: 'Contract' },
    },
  },
});
