import { Resolver } from 'type-graphql';
import { crudResolver } from '../../graphql/crud';
import { ref, relationResolver } from '../../graphql/relations';
import { Region } from './region.entity';
import { RegionCreateInput, RegionFilter, RegionUpdateInput } from './region.inputs';
import './region.policy';

@Resolver(() => Region)
export class RegionResolver extends crudResolver({
  entity: Region,
  name: 'Region',
  plural: 'Regions',
  createInput: RegionCreateInput,
  updateInput: RegionUpdateInput,
  filterInput: RegionFilter,
  sortFields: ['code', 'name', 'level', 'createdAt'],
  searchFields: ['code', 'name', 'nameEn'],
}) {}

export const RegionRelations = relationResolver(Region, { parent: ref(() => Region, 'parent', { nullable: true }) });
