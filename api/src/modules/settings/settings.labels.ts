import { defineLabels } from '../../common/labels/catalogue';

/** Names of this area's records, fields and values in both languages: API messages, exports and the panel read them. */
export const SETTINGS_LABELS = defineLabels({
  types: {
    ServiceRules: {
      name: { zh: '服务规则', en: 'service rules' },
      plural: { zh: '服务规则', en: 'service rules' },
      fields: {
        nearKm: { zh: '近距离上限（公里）', en: 'Near band up to (km)' },
        middleKm: { zh: '中距离上限（公里）', en: 'Middle band up to (km)' },
        nearHours: { zh: '近距离时限（小时）', en: 'Near band deadline (hours)' },
        middleHours: { zh: '中距离时限（小时）', en: 'Middle band deadline (hours)' },
        farHours: { zh: '远距离时限（小时）', en: 'Far band deadline (hours)' },
        vipFactor: { zh: 'VIP 客户时限系数', en: 'VIP deadline factor' },
        contractFactor: { zh: '合约客户时限系数', en: 'Contract deadline factor' },
        repeatRepairDays: { zh: '重修期（天）', en: 'Repeat-repair window (days)' },
        exchangeAfterRepairs: { zh: '三包换货：同一故障维修次数', en: 'Exchange after this many repairs of one fault' },
        reworkScoreAtMost: { zh: '回访评分不高于此值时生成整改单', en: 'A return-visit score at or below this creates a rework order' },
      },
    },
    AfterSalesRules: {
      name: { zh: '售后规则', en: 'after-sales rules' },
      plural: { zh: '售后规则', en: 'after-sales rules' },
      fields: {
        returnDays: { zh: '退货期（天）', en: 'Return window (days)' },
        exchangeDays: { zh: '换货期（天）', en: 'Exchange window (days)' },
        categoryWindows: { zh: '按类别的退换货期', en: 'Windows by category' },
        categoryId: { zh: '产品类别', en: 'Product category' },
        replacementWarranty: { zh: '换货后保修', en: 'Replacement’s warranty' },
        complaintRespondHours: { zh: '投诉响应时限（小时）', en: 'Complaint response deadline (hours)' },
        complaintResolveHours: { zh: '投诉解决时限（小时）', en: 'Complaint resolution deadline (hours)' },
      },
    },
  },
  enums: {
    ReplacementWarranty: {
      RESTART: { zh: '自换货之日起重新计算', en: 'Restarts from the exchange date' },
      KEEP_REMAINING: { zh: '承继原产品剩余保修期', en: 'Keeps the replaced unit’s remaining warranty' },
    },
  },
});
