import { Resolver } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import { crudResolver } from '../../graphql/crud';
import { SortOrder, contains } from '../../graphql/list';
import { ref, relationResolver } from '../../graphql/relations';
import { Region } from '../region/region.entity';
import { Technician } from '../station/technician.entity';
import { Customer } from './customer.entity';
import { CustomerCreateInput, CustomerFilter, CustomerUpdateInput } from './customer.inputs';
import { assertReachable } from './customer.service';
import './customer.policy';

@Resolver(() => Customer)
export class CustomerResolver extends crudResolver({
  entity: Customer,
  name: 'Customer',
  plural: 'Customers',
  createPermission: 'customer:create',
  createInput: CustomerCreateInput,
  updateInput: CustomerUpdateInput,
  filterInput: CustomerFilter,
  sortFields: ['createdAt', 'name', 'kind', 'serviceLevel', 'updatedAt'],
  defaultSortOrder: SortOrder.DESC,
  // The search text holds the name and every phone.
  searchFields: ['searchText'],
  filterReads: { phone: ['mobile', 'phones'], q: ['name', 'mobile', 'phones'] },
  where: (f): FilterQuery<Customer> | undefined =>
    f.phone ? { searchText: { $ilike: contains(f.phone.replace(/[\s-]/g, '')) } } : undefined,
  validate: assertReachable,
}) {}

export const CustomerRelations = relationResolver(Customer, {
  region: ref(() => Region, 'region', { nullable: true }),
  defaultTechnician: ref(() => Technician, 'defaultTechnician', { nullable: true }),
});
