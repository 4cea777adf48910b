import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { crudResolver } from '../../graphql/crud';
import { badInput, fieldError, registerTableName } from '../../common/errors';
import { byManufacturer } from '../../common/scopes';
import { Manufacturer } from '../product/manufacturer.entity';
import { Product } from '../product/product.entity';
import { Part } from './part.entity';
import { PartCreateInput, PartFilter, PartUpdateInput } from './part.inputs';

const label = { zh: '配件', en: 'part' };
registerTableName('part', label);

async function assertProductsExist(part: Part, ctx: Context): Promise<void> {
  const ids = part.compatibleProductIds;
  if (!ids.length) return;
  if ((await ctx.em.count(Product, { id: { $in: ids } })) !== new Set(ids).size) {
    throw badInput([fieldError('compatibleProductIds', '包含不存在的产品', 'contains an unknown product')]);
  }
}

@Resolver(() => Part)
export class PartResolver extends crudResolver({
  entity: Part,
  name: 'Part',
  plural: 'Parts',
  label,
  permission: 'part',
  createInput: PartCreateInput,
  updateInput: PartUpdateInput,
  filterInput: PartFilter,
  sortFields: ['code', 'name', 'salePrice', 'reorderPoint', 'createdAt'],
  searchFields: ['code', 'name', 'spec'],
  scope: byManufacturer('manufacturer'),
  where: (f) => (f.productId ? { compatibleProductIds: { $contains: [f.productId] } } : undefined),
  validate: assertProductsExist,
}) {
  @FieldResolver(() => Manufacturer, { nullable: true })
  manufacturer(@Root() part: Part, @Ctx() ctx: Context) {
    return ctx.loaders.load(Manufacturer, part.manufacturerId);
  }

  @FieldResolver(() => [Product])
  compatibleProducts(@Root() part: Part, @Ctx() ctx: Context) {
    return ctx.loaders.loadMany(Product, part.compatibleProductIds);
  }
}
