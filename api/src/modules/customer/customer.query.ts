import { defineQueryType, enumOf } from '../query/catalogue';
import { Customer, CustomerKind, ServiceLevel } from './customer.entity';

defineQueryType(Customer, {
  root: 'customers',
  title: 'name',
  fields: {
    name: {},
    kind: enumOf(CustomerKind, 'CustomerKind'),
    mobile: {},
    email: {},
    address: {},
    serviceLevel: enumOf(ServiceLevel, 'ServiceLevel'),
    notes: {},
    active: {},
    createdAt: {},
  },
  relations: ['region', 'defaultTechnician'],
  defaultColumns: ['name', 'kind', 'mobile', 'region.name', 'serviceLevel', 'active', 'createdAt'],
});
