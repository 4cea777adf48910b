import { defineQueryType } from '../query/catalogue';
import { Region } from './region.entity';

defineQueryType(Region, {
  root: 'regions',
  title: 'name',
  fields: { code: {}, name: {}, nameEn: {}, level: {}, active: {} },
  relations: ['parent'],
  defaultColumns: ['code', 'name', 'nameEn', 'level', 'parent.name', 'active'],
});
