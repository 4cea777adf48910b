import { defineQueryType } from '../query/catalogue';
import { Brand } from './brand.entity';
import { Manufacturer } from './manufacturer.entity';
import { Product } from './product.entity';
import { ProductCategory } from './product-category.entity';
import { ProductUnit } from './product-unit.entity';
import { computed } from '../query/catalogue';
import { sql } from '../query/sql';

defineQueryType(ProductUnit, {
  root: 'productUnits',
  title: 'serialNumber',
  fields: {
    serialNumber: {},
    purchaseDate: {},
    seller: {},
    installationDate: {},
    warrantyEndsOn: {},
    warrantyOverridden: {},
    inWarranty: computed('boolean', ({ col, today }) => sql`(${col('warrantyEndsOn')} >= ${today}::date)`, {
      reads: ['warrantyEndsOn'],
      label: { zh: '在保（今天）', en: 'In warranty today' },
    }),
    notes: {},
    active: {},
    createdAt: {},
  },
  relations: ['product', 'owner', 'user'],
  defaultColumns: ['serialNumber', 'product.modelNumber', 'product.name', 'owner.name', 'purchaseDate', 'warrantyEndsOn', 'active'],
});

defineQueryType(Product, {
  root: 'products',
  title: 'modelNumber',
  fields: { modelNumber: {}, name: {}, warrantyMonths: {}, listPrice: {}, active: {}, createdAt: {} },
  relations: ['brand', 'category', 'manufacturer'],
  defaultColumns: ['modelNumber', 'name', 'brand.name', 'category.name', 'manufacturer.name', 'warrantyMonths', 'listPrice', 'active'],
});

defineQueryType(Brand, {
  root: 'brands',
  title: 'name',
  fields: { code: {}, name: {}, nameEn: {}, active: {}, createdAt: {} },
  relations: ['manufacturer'],
  defaultColumns: ['code', 'name', 'nameEn', 'manufacturer.name', 'active'],
});

defineQueryType(Manufacturer, {
  root: 'manufacturers',
  title: 'name',
  fields: { code: {}, name: {}, nameEn: {}, contact: {}, phone: {}, active: {}, createdAt: {} },
  defaultColumns: ['code', 'name', 'nameEn', 'contact', 'phone', 'active'],
});

defineQueryType(ProductCategory, {
  root: 'productCategories',
  title: 'name',
  fields: { code: {}, name: {}, nameEn: {}, sortOrder: {}, active: {} },
  relations: ['parent'],
  defaultColumns: ['code', 'name', 'nameEn', 'parent.name', 'sortOrder', 'active'],
});
