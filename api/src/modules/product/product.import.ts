import { fieldLabel, textOf } from '../../common/labels/catalogue';
import { warrantyEnd } from '../../common/dates';
import { defineImport } from '../import/import-spec';
import { Customer } from '../customer/customer.entity';
import { Brand } from './brand.entity';
import { Manufacturer } from './manufacturer.entity';
import { Product } from './product.entity';
import { ProductCategory } from './product-category.entity';
import { ProductUnit } from './product-unit.entity';
import { ProductCreateInput, ProductUnitCreateInput } from './product.inputs';

const product = (key: string) => fieldLabel(key, 'Product');
const unit = (key: string) => fieldLabel(key, 'ProductUnit');
const byCodeOrName = ['code', 'name'] as const;

defineImport<ProductCreateInput>({
  entity: 'products',
  target: Product,
  resource: 'product',
  inputClass: ProductCreateInput,
  columns: [
    { key: 'modelNumber', label: product('modelNumber'), type: 'text', required: true },
    { key: 'name', label: product('name'), type: 'text', required: true },
    { key: 'brand', label: product('brandId'), type: 'ref', required: true, ref: { entity: () => Brand, label: { zh: '品牌', en: 'brand' }, by: byCodeOrName, extra: ['manufacturer'] } },
    { key: 'category', label: product('categoryId'), type: 'ref', required: true, ref: { entity: () => ProductCategory, label: { zh: '产品类别', en: 'product category' }, by: byCodeOrName } },
    { key: 'manufacturer', label: product('manufacturerId'), type: 'ref', ref: { entity: () => Manufacturer, label: { zh: '厂家', en: 'manufacturer' }, by: byCodeOrName }, hint: { zh: '不填为品牌的厂家', en: 'the brand’s manufacturer when empty' } },
    { key: 'warrantyMonths', label: product('warrantyMonths'), type: 'integer', required: true },
    { key: 'listPrice', label: product('listPrice'), type: 'money' },
  ],
  input: (v) =>
    Object.assign(new ProductCreateInput(), {
      modelNumber: v.modelNumber,
      name: v.name,
      brandId: v.brand,
      categoryId: v.category,
      manufacturerId: v.manufacturer,
      warrantyMonths: v.warrantyMonths,
      listPrice: v.listPrice,
    }),
  keys: [{ columns: ['modelNumber'], label: product('modelNumber'), table: 'product', tableColumns: ['model_number'] }],
  record: (input, row) => ({
    modelNumber: input.modelNumber,
    name: input.name,
    brand: input.brandId,
    category: input.categoryId,
    manufacturer: input.manufacturerId ?? row.ref('brand')!.extra.manufacturer,
    warrantyMonths: input.warrantyMonths,
    listPrice: input.listPrice ?? null,
  }),
});

const customerRef = { entity: () => Customer, label: { zh: '客户', en: 'customer' }, by: ['mobile', 'name'] } as const;

/** 三包产品导入: the warranty end follows the purchase date and the product's warranty months, as on the form. */
defineImport<ProductUnitCreateInput>({
  entity: 'productUnits',
  target: ProductUnit,
  resource: 'productUnit',
  inputClass: ProductUnitCreateInput,
  columns: [
    { key: 'product', label: unit('productId'), type: 'ref', required: true, ref: { entity: () => Product, label: { zh: '产品', en: 'product' }, by: ['modelNumber'], extra: ['warrantyMonths'] } },
    { key: 'serialNumber', label: unit('serialNumber'), type: 'text', required: true },
    { key: 'owner', label: unit('ownerId'), type: 'ref', ref: customerRef, hint: { zh: '客户手机号或名称', en: 'the customer’s mobile or name' } },
    { key: 'user', label: unit('userId'), type: 'ref', ref: customerRef },
    { key: 'purchaseDate', label: unit('purchaseDate'), type: 'date' },
    { key: 'seller', label: unit('seller'), type: 'text' },
    { key: 'installationDate', label: unit('installationDate'), type: 'date' },
    { key: 'notes', label: unit('notes'), type: 'text' },
  ],
  input: (v) =>
    Object.assign(new ProductUnitCreateInput(), {
      productId: v.product,
      serialNumber: v.serialNumber,
      ownerId: v.owner,
      userId: v.user,
      purchaseDate: v.purchaseDate,
      seller: v.seller,
      installationDate: v.installationDate,
      notes: v.notes,
    }),
  check: (input, row) => {
    const errors = [];
    if (input.purchaseDate && input.purchaseDate > row.today) errors.push({ column: 'purchaseDate', message: textOf('import.purchaseFuture') });
    if (input.installationDate && input.purchaseDate && input.installationDate < input.purchaseDate) {
      errors.push({ column: 'installationDate', message: textOf('import.installBeforePurchase') });
    }
    return errors;
  },
  keys: [{ columns: ['product', 'serialNumber'], label: unit('serialNumber'), table: 'product_unit', tableColumns: ['product_id', 'serial_number'] }],
  record: (input, row) => ({
    product: input.productId,
    serialNumber: input.serialNumber,
    owner: input.ownerId ?? null,
    user: input.userId ?? null,
    purchaseDate: input.purchaseDate ?? null,
    seller: input.seller ?? null,
    installationDate: input.installationDate ?? null,
    warrantyEndsOn: input.purchaseDate ? warrantyEnd(input.purchaseDate, Number(row.ref('product')!.extra.warrantyMonths)) : null,
    notes: input.notes ?? null,
  }),
});
