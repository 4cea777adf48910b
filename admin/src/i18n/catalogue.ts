import labels from '../../../schema/labels.json';

type Lang = 'zh' | 'en';
interface Bilingual {
  zh: string;
  en: string;
}

/** The panel's resources and the API type each shows (the catalogue is keyed by type). */
const RESOURCE_TYPES: Record<string, string> = {
  regions: 'Region',
  customers: 'Customer',
  manufacturers: 'Manufacturer',
  brands: 'Brand',
  productCategories: 'ProductCategory',
  products: 'Product',
  productUnits: 'ProductUnit',
  codeGroups: 'CodeGroup',
  codes: 'Code',
  serviceStations: 'ServiceStation',
  technicians: 'Technician',
  warehouses: 'Warehouse',
  parts: 'Part',
  feeRules: 'FeeRule',
  users: 'User',
  apiKeys: 'ApiKey',
  serviceOrders: 'ServiceOrder',
  serviceRules: 'ServiceRules',
  auditEntries: 'AuditEntry',
  stockBalances: 'StockBalance',
  stockMovements: 'StockMovement',
  stockIns: 'StockIn',
  stockOuts: 'StockOut',
  requisitions: 'Requisition',
  borrowings: 'Borrowing',
  stockTransfers: 'StockTransfer',
  purchaseOrders: 'PurchaseOrder',
  stocktakes: 'Stocktake',
  returnRequests: 'ReturnRequest',
  complaints: 'Complaint',
  qualityFeedbacks: 'QualityFeedback',
  complaintSummary: 'ComplaintSummary',
  // Not resources of their own: labels for the documents' lines and links.
  stockInLines: 'StockInLine',
  stockOutLines: 'StockOutLine',
  requisitionLines: 'RequisitionLine',
  borrowingLines: 'BorrowingLine',
  stockTransferLines: 'StockTransferLine',
  purchaseOrderLines: 'PurchaseOrderLine',
  stocktakeLines: 'StocktakeLine',
  awaitedParts: 'AwaitedPart',
  returnLines: 'ReturnLine',
  warrantyExtensions: 'WarrantyExtension',
  complaintSummaryRows: 'ComplaintSummaryRow',
};

const capitalise = (s: string, lang: Lang) => (lang === 'en' ? s.charAt(0).toUpperCase() + s.slice(1) : s);
const pick = (values: Record<string, Bilingual>, lang: Lang) => Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v[lang]]));

/**
 * Record, field and enum names from the API's label catalogue (schema/labels.json, written by
 * `npm run schema`): the panel, the API's messages and its exports say things the same way.
 */
export function catalogueMessages(lang: Lang) {
  const types = labels.types as Record<string, { name: Bilingual; plural: Bilingual; fields: Record<string, Bilingual> }>;
  return {
    enums: Object.fromEntries(Object.entries(labels.enums as Record<string, Record<string, Bilingual>>).map(([name, values]) => [name, pick(values, lang)])),
    resources: Object.fromEntries(
      Object.entries(RESOURCE_TYPES).map(([resource, type]) => {
        const t = types[type];
        return [resource, { name: `${capitalise(t.name[lang], lang)} |||| ${capitalise(t.plural[lang], lang)}`, fields: pick(t.fields, lang) }];
      }),
    ),
    /** Texts the API also renders (e.g. the call centre's name). */
    texts: pick(labels.texts as Record<string, Bilingual>, lang),
  };
}

/** A catalogue entity name in the reader's language (audit log: which kind of record changed). */
export function typeName(type: string, lang: Lang): string {
  const t = (labels.types as Record<string, { name: Bilingual }>)[type];
  return t ? capitalise(t.name[lang], lang) : type;
}

/**
 * A field's name for a record type from the catalogue: the type's own label, or its relation's
 * (`region` is labelled as `regionId`), else the common one, else the field itself.
 */
export function fieldName(type: string, field: string, lang: Lang): string {
  const types = labels.types as Record<string, { fields: Record<string, Bilingual> } | undefined>;
  for (const fields of [types[type]?.fields, types.Common?.fields]) {
    const label = fields?.[field] ?? fields?.[`${field}Id`] ?? fields?.[`${field.replace(/s$/, '')}Ids`];
    if (label) return capitalise(label[lang], lang);
  }
  return field;
}
