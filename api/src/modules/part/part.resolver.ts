import { Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { crudResolver } from '../../graphql/crud';
import { badInput, fieldError } from '../../common/errors';
import { ref, refs, relationResolver } from '../../graphql/relations';
import { Manufacturer } from '../product/manufacturer.entity';
import { Product } from '../product/product.entity';
import { Part } from './part.entity';
import { PartCreateInput, PartFilter, PartUpdateInput } from './part.inputs';
import './part.policy';

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
  createInput: PartCreateInput,
  updateInput: PartUpdateInput,
  filterInput: PartFilter,
  sortFields: ['code', 'name', 'salePrice', 'reorderPoint', 'createdAt'],
  searchFields: ['code', 'name', 'spec'],
  // `productId` is "compatible with", not the finished-goods item's own product (`Part.product`).
  ownFilters: ['productId'],
  where: (f) => (f.productId ? { compatibleProductIds: { $contains: [f.productId] } } : undefined),
  validate: assertProductsExist,
}) {}

export const PartRelations = relationResolver(Part, {
  manufacturer: ref(() => Manufacturer, 'manufacturer', { nullable: true }),
  compatibleProducts: refs(() => Product, 'compatibleProductIds', { description: '适用产品 Compatible products' }),
});
