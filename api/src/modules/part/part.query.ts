import { defineQueryType } from '../query/catalogue';
import { Part } from './part.entity';

defineQueryType(Part, {
  root: 'parts',
  title: 'name',
  fields: { code: {}, name: {}, spec: {}, unit: {}, costPrice: {}, salePrice: {}, reorderPoint: {}, active: {}, createdAt: {} },
  relations: ['manufacturer'],
  defaultColumns: ['code', 'name', 'spec', 'unit', 'manufacturer.name', 'costPrice', 'salePrice', 'reorderPoint', 'active'],
});
