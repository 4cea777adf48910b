import { RECORD_FIELDS, defineLabels } from '../../common/labels/catalogue';

/** Names of this area's records, fields and values in both languages: API messages, exports and the panel read them. */
export const PRODUCT_LABELS = defineLabels({
  types: {
    Manufacturer: {
      name: { zh: '厂家', en: 'manufacturer' },
      plural: { zh: '厂家', en: 'manufacturers' },
      fields: {
        ...RECORD_FIELDS,
        contact: { zh: '联系人', en: 'Contact' },
        phone: { zh: '电话', en: 'Phone' },
        address: { zh: '地址', en: 'Address' },
        brands: { zh: '品牌', en: 'Brands' },
      },
    },
    Brand: {
      name: { zh: '品牌', en: 'brand' },
      plural: { zh: '品牌', en: 'brands' },
      fields: {
        ...RECORD_FIELDS,
        manufacturerId: { zh: '厂家', en: 'Manufacturer' },
      },
    },
    ProductCategory: {
      name: { zh: '产品类别', en: 'product category' },
      plural: { zh: '产品类别', en: 'product categories' },
      fields: {
        ...RECORD_FIELDS,
        parentId: { zh: '上级类别', en: 'Parent category' },
        sortOrder: { zh: '排序号', en: 'Sort order' },
      },
    },
    Product: {
      name: { zh: '产品', en: 'product' },
      plural: { zh: '产品', en: 'products' },
      fields: {
        ...RECORD_FIELDS,
        name: { zh: '品名', en: 'Name' },
        modelNumber: { zh: '型号/款号', en: 'Model number' },
        brandId: { zh: '品牌', en: 'Brand' },
        categoryId: { zh: '产品类别', en: 'Category' },
        manufacturerId: { zh: '厂家', en: 'Manufacturer' },
        warrantyMonths: { zh: '保修月数', en: 'Warranty months' },
        listPrice: { zh: '零售价（元）', en: 'List price (yuan)' },
        parts: { zh: '适用配件', en: 'Compatible parts' },
      },
    },
    ProductUnit: {
      name: { zh: '三包产品', en: 'product unit' },
      plural: { zh: '三包产品', en: 'product units' },
      fields: {
        ...RECORD_FIELDS,
        serialNumber: { zh: '序列号', en: 'Serial number' },
        productId: { zh: '产品型号', en: 'Model number' },
        ownerId: { zh: '购买人', en: 'Owner' },
        userId: { zh: '使用人', en: 'User' },
        purchaseDate: { zh: '购买日期', en: 'Purchase date' },
        seller: { zh: '销售单位', en: 'Seller' },
        warrantyEndsOn: { zh: '保修截止日', en: 'Warranty ends on' },
        warrantyOverridden: { zh: '手工设定保修期', en: 'Warranty set by hand' },
        installationDate: { zh: '安装日期', en: 'Installation date' },
        notes: { zh: '备注', en: 'Notes' },
        inWarranty: { zh: '在保', en: 'In warranty' },
        manufacturerId: { zh: '厂家', en: 'Manufacturer' },
        purchaseFrom: { zh: '购买日期起', en: 'Purchased from' },
        purchaseTo: { zh: '购买日期止', en: 'Purchased to' },
        inWarrantyOn: { zh: '在保日期', en: 'In warranty on' },
        deliveredOn: { zh: '签收日期', en: 'Delivered on' },
        warrantyStartsOn: { zh: '三包起算日', en: 'Warranty runs from' },
        carriedWarrantyEndsOn: { zh: '换货承继保修截止日', en: 'Warranty taken over at exchange' },
        replacesId: { zh: '换货前的产品', en: 'Replaces' },
        replacedBy: { zh: '换货后的产品', en: 'Replaced by' },
        warrantyExtensions: { zh: '三包顺延', en: 'Warranty extensions' },
        warrantyExtensionDays: { zh: '顺延天数合计', en: 'Days extended' },
      },
    },
    WarrantyExtension: {
      name: { zh: '三包顺延', en: 'warranty extension' },
      plural: { zh: '三包顺延', en: 'warranty extensions' },
      fields: {
        reason: { zh: '原因', en: 'Reason' },
        days: { zh: '顺延天数', en: 'Days' },
        fromDate: { zh: '起', en: 'From' },
        toDate: { zh: '止', en: 'To' },
        endsBefore: { zh: '原保修截止日', en: 'Warranty end before' },
        endsAfter: { zh: '新保修截止日', en: 'Warranty end after' },
        serviceOrderId: { zh: '服务单', en: 'Service order' },
        returnRequestId: { zh: '退换货申请', en: 'Return request' },
        documentNumber: { zh: '单号', en: 'Number' },
        createdAt: { zh: '记录时间', en: 'Recorded' },
      },
    },
  },
  enums: {
    WarrantyExtensionReason: {
      REPAIR: { zh: '维修占用', en: 'Time in repair' },
      EXCHANGE: { zh: '换货占用', en: 'Time in exchange' },
    },
  },
});
