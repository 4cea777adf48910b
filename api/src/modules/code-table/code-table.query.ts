import { defineQueryType, enumOf } from '../query/catalogue';
import { Code } from './code.entity';
import { CodeGroup } from './code-group.entity';
import { CodeKind } from './code-kind';

defineQueryType(Code, {
  root: 'codes',
  title: 'name',
  fields: {
    kind: enumOf(CodeKind, 'CodeKind'),
    code: {},
    name: {},
    nameEn: {},
    shownToCustomers: {},
    sortOrder: {},
    active: {},
  },
  relations: ['group'],
  defaultColumns: ['kind', 'group.name', 'code', 'name', 'nameEn', 'sortOrder', 'active'],
});

defineQueryType(CodeGroup, {
  root: 'codeGroups',
  title: 'name',
  fields: { kind: enumOf(CodeKind, 'CodeKind'), code: {}, name: {}, nameEn: {}, sortOrder: {}, active: {} },
  defaultColumns: ['kind', 'code', 'name', 'nameEn', 'sortOrder', 'active'],
});
