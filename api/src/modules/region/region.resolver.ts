import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { crudResolver } from '../../graphql/crud';
import { registerTableName } from '../../common/errors';
import { Region } from './region.entity';
import { RegionCreateInput, RegionFilter, RegionUpdateInput } from './region.inputs';

const label = { zh: '区域', en: 'region' };
registerTableName('region', label);

@Resolver(() => Region)
export class RegionResolver extends crudResolver({
  entity: Region,
  name: 'Region',
  plural: 'Regions',
  label,
  permission: 'region',
  createInput: RegionCreateInput,
  updateInput: RegionUpdateInput,
  filterInput: RegionFilter,
  sortFields: ['code', 'name', 'level', 'createdAt'],
  searchFields: ['code', 'name', 'nameEn'],
}) {
  @FieldResolver(() => Region, { nullable: true })
  parent(@Root() region: Region, @Ctx() ctx: Context): Promise<Region | null> {
    return ctx.loaders.load(Region, region.parentId);
  }
}
