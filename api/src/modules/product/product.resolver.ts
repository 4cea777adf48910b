import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import type { Context } from '../../graphql/context';
import { crudResolver } from '../../graphql/crud';
import { contains } from '../../graphql/list';
import { inUse } from '../../common/errors';
import { today } from '../../common/dates';
import { fieldNeeds } from '../../graphql/read/plan';
import { children, ref, relationResolver } from '../../graphql/relations';
import { ServiceOrder } from '../service-order/service-order.entity';
import { Code } from '../code-table/code.entity';
import { CodeGroup } from '../code-table/code-group.entity';
import { Customer } from '../customer/customer.entity';
import { Brand } from './brand.entity';
import { Manufacturer } from './manufacturer.entity';
import { Product } from './product.entity';
import { ProductCategory } from './product-category.entity';
import { ProductUnit } from './product-unit.entity';
import * as inputs from './product.inputs';
import { PRODUCT_LABELS } from './product.policy';
import { createProduct, createProductUnit, inWarranty, updateProductUnit } from './product.service';
import { warrantyStartOf } from './warranty';
import { WarrantyExtension } from './warranty-extension.entity';

@Resolver(() => Manufacturer)
export class ManufacturerResolver extends crudResolver({
  entity: Manufacturer,
  name: 'Manufacturer',
  plural: 'Manufacturers',
  createInput: inputs.ManufacturerCreateInput,
  updateInput: inputs.ManufacturerUpdateInput,
  filterInput: inputs.ManufacturerFilter,
  sortFields: ['code', 'name', 'createdAt'],
  searchFields: ['code', 'name', 'nameEn'],
}) {}

@Resolver(() => Brand)
export class BrandResolver extends crudResolver({
  entity: Brand,
  name: 'Brand',
  plural: 'Brands',
  createInput: inputs.BrandCreateInput,
  updateInput: inputs.BrandUpdateInput,
  filterInput: inputs.BrandFilter,
  sortFields: ['code', 'name', 'createdAt'],
  searchFields: ['code', 'name', 'nameEn'],
}) {}

@Resolver(() => ProductCategory)
export class ProductCategoryResolver extends crudResolver({
  entity: ProductCategory,
  name: 'ProductCategory',
  plural: 'ProductCategories',
  createInput: inputs.ProductCategoryCreateInput,
  updateInput: inputs.ProductCategoryUpdateInput,
  filterInput: inputs.ProductCategoryFilter,
  sortFields: ['sortOrder', 'code', 'name', 'createdAt'],
  searchFields: ['code', 'name', 'nameEn'],
  beforeDelete: async (category, ctx) => {
    const limited = { categoryIds: { $contains: [category.id] } };
    if ((await ctx.em.count(Code, limited)) || (await ctx.em.count(CodeGroup, limited))) {
      throw inUse(PRODUCT_LABELS.category, { zh: '代码表的类别限制', en: 'the category limits of code tables' });
    }
  },
}) {}

@Resolver(() => Product)
export class ProductResolver extends crudResolver({
  entity: Product,
  name: 'Product',
  plural: 'Products',
  createInput: inputs.ProductCreateInput,
  updateInput: inputs.ProductUpdateInput,
  filterInput: inputs.ProductFilter,
  sortFields: ['modelNumber', 'name', 'warrantyMonths', 'listPrice', 'createdAt'],
  searchFields: ['modelNumber', 'name'],
  // Model numbers are typed as people remember them: any part of it, in any case (kfr-35 finds KFR-35GW/NhGa1B).
  ownFilters: ['modelNumber'],
  where: (f) => (f.modelNumber?.trim() ? { modelNumber: { $ilike: contains(f.modelNumber) } } : undefined),
  create: createProduct,
}) {}

@Resolver(() => ProductUnit)
export class ProductUnitResolver extends crudResolver({
  entity: ProductUnit,
  name: 'ProductUnit',
  plural: 'ProductUnits',
  createPermission: 'productUnit:create',
  createInput: inputs.ProductUnitCreateInput,
  updateInput: inputs.ProductUnitUpdateInput,
  filterInput: inputs.ProductUnitFilter,
  sortFields: ['createdAt', 'serialNumber', 'purchaseDate', 'warrantyEndsOn'],
  searchFields: ['serialNumber'],
  where: (f) => ({
    ...(f.manufacturerId ? { product: { manufacturer: f.manufacturerId } } : {}),
    ...(f.inWarrantyOn ? { warrantyEndsOn: { $gte: f.inWarrantyOn }, purchaseDate: { $lte: f.inWarrantyOn } } : {}),
  }),
  create: createProductUnit,
  update: updateProductUnit,
}) {
  @FieldResolver(() => Boolean, { description: '在保 Under warranty on the given date (default: today)' })
  inWarranty(
    @Root() unit: ProductUnit,
    @Arg('on', () => LocalDateResolver, { nullable: true }) on: string | undefined,
    @Ctx() ctx: Context,
  ): boolean {
    return inWarranty(unit, on ?? today(ctx.config.timeZone));
  }

  @FieldResolver(() => LocalDateResolver, { nullable: true, description: '三包起算日 Where the warranty period runs from: delivery, else purchase' })
  warrantyStartsOn(@Root() unit: ProductUnit): string | null {
    return warrantyStartOf(unit);
  }
}

fieldNeeds(ProductUnit, { inWarranty: ['warrantyEndsOn', 'purchaseDate'], warrantyStartsOn: ['deliveredOn', 'purchaseDate'] });

export const BrandRelations = relationResolver(Brand, { manufacturer: ref(() => Manufacturer, 'manufacturer') });
export const ProductCategoryRelations = relationResolver(ProductCategory, {
  parent: ref(() => ProductCategory, 'parent', { nullable: true }),
});
export const ProductRelations = relationResolver(Product, {
  brand: ref(() => Brand, 'brand'),
  category: ref(() => ProductCategory, 'category'),
  manufacturer: ref(() => Manufacturer, 'manufacturer'),
});
export const ProductUnitRelations = relationResolver(ProductUnit, {
  product: ref(() => Product, 'product'),
  owner: ref(() => Customer, 'owner', { nullable: true, description: '购买人 Owner' }),
  user: ref(() => Customer, 'user', { nullable: true, description: '使用人 User, when not the owner' }),
  warrantyExtensions: children(() => WarrantyExtension, 'unit', { createdAt: 'asc', id: 'asc' }, {
    description: '三包顺延 The repairs and exchanges that pushed the warranty end back, oldest first',
  }),
});

export const WarrantyExtensionRelations = relationResolver(WarrantyExtension, {
  serviceOrder: ref(() => ServiceOrder, 'serviceOrder', { nullable: true, description: 'The repair order (null when outside your scope)' }),
});
