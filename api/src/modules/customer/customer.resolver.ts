import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../graphql/context';
import { crudResolver } from '../../graphql/crud';
import { registerTableName } from '../../common/errors';
import { SortOrder, contains } from '../../graphql/list';
import { Region } from '../region/region.entity';
import { Technician } from '../station/technician.entity';
import { Customer } from './customer.entity';
import { CustomerCreateInput, CustomerFilter, CustomerUpdateInput } from './customer.inputs';
import { assertReachable } from './customer.service';

const label = { zh: '客户', en: 'customer' };
registerTableName('customer', label);

@Resolver(() => Customer)
export class CustomerResolver extends crudResolver({
  entity: Customer,
  name: 'Customer',
  plural: 'Customers',
  label,
  permission: 'customer',
  createPermission: 'customer:create',
  createInput: CustomerCreateInput,
  updateInput: CustomerUpdateInput,
  filterInput: CustomerFilter,
  sortFields: ['createdAt', 'name', 'kind', 'serviceLevel', 'updatedAt'],
  defaultSortOrder: SortOrder.DESC,
  searchFields: ['searchText'],
  where: (f): FilterQuery<Customer> | undefined =>
    f.phone ? { searchText: { $ilike: contains(f.phone.replace(/[\s-]/g, '')) } } : undefined,
  validate: assertReachable,
}) {
  @FieldResolver(() => Region, { nullable: true })
  region(@Root() customer: Customer, @Ctx() ctx: Context): Promise<Region | null> {
    return ctx.loaders.load(Region, customer.regionId);
  }

  @FieldResolver(() => Technician, { nullable: true })
  defaultTechnician(@Root() customer: Customer, @Ctx() ctx: Context): Promise<Technician | null> {
    return ctx.loaders.load(Technician, customer.defaultTechnicianId);
  }
}
