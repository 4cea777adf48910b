import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import type { Context } from '../../graphql/context';
import { crudResolver } from '../../graphql/crud';
import { inUse, registerTableName } from '../../common/errors';
import { Code } from '../code-table/code.entity';
import { CodeGroup } from '../code-table/code-group.entity';
import { byManufacturer } from '../../common/scopes';
import { today } from '../../common/dates';
import { Customer } from '../customer/customer.entity';
import { Brand } from './brand.entity';
import { Manufacturer } from './manufacturer.entity';
import { Product } from './product.entity';
import { ProductCategory } from './product-category.entity';
import { ProductUnit } from './product-unit.entity';
import * as inputs from './product.inputs';
import { createProduct, createProductUnit, inWarranty, updateProductUnit } from './product.service';

const labels = {
  manufacturer: { zh: '厂家', en: 'manufacturer' },
  brand: { zh: '品牌', en: 'brand' },
  category: { zh: '产品类别', en: 'product category' },
  product: { zh: '产品', en: 'product' },
  unit: { zh: '产品序列号', en: 'product unit' },
};
registerTableName('manufacturer', labels.manufacturer);
registerTableName('brand', labels.brand);
registerTableName('product_category', labels.category);
registerTableName('product', labels.product);
registerTableName('product_unit', labels.unit);

@Resolver(() => Manufacturer)
export class ManufacturerResolver extends crudResolver({
  entity: Manufacturer,
  name: 'Manufacturer',
  plural: 'Manufacturers',
  label: labels.manufacturer,
  permission: 'manufacturer',
  createInput: inputs.ManufacturerCreateInput,
  updateInput: inputs.ManufacturerUpdateInput,
  filterInput: inputs.ManufacturerFilter,
  sortFields: ['code', 'name', 'createdAt'],
  searchFields: ['code', 'name', 'nameEn'],
  scope: (actor) => (actor.manufacturerId ? { id: actor.manufacturerId } : undefined),
}) {}

@Resolver(() => Brand)
export class BrandResolver extends crudResolver({
  entity: Brand,
  name: 'Brand',
  plural: 'Brands',
  label: labels.brand,
  permission: 'brand',
  createInput: inputs.BrandCreateInput,
  updateInput: inputs.BrandUpdateInput,
  filterInput: inputs.BrandFilter,
  sortFields: ['code', 'name', 'createdAt'],
  searchFields: ['code', 'name', 'nameEn'],
  scope: byManufacturer('manufacturer'),
}) {
  @FieldResolver(() => Manufacturer)
  manufacturer(@Root() brand: Brand, @Ctx() ctx: Context) {
    return ctx.loaders.load(Manufacturer, brand.manufacturerId);
  }
}

@Resolver(() => ProductCategory)
export class ProductCategoryResolver extends crudResolver({
  entity: ProductCategory,
  name: 'ProductCategory',
  plural: 'ProductCategories',
  label: labels.category,
  permission: 'productCategory',
  createInput: inputs.ProductCategoryCreateInput,
  updateInput: inputs.ProductCategoryUpdateInput,
  filterInput: inputs.ProductCategoryFilter,
  sortFields: ['sortOrder', 'code', 'name', 'createdAt'],
  searchFields: ['code', 'name', 'nameEn'],
  beforeDelete: async (category, ctx) => {
    const limited = { categoryIds: { $contains: [category.id] } };
    if ((await ctx.em.count(Code, limited)) || (await ctx.em.count(CodeGroup, limited))) {
      throw inUse(labels.category, { zh: '代码表的类别限制', en: 'the category limits of code tables' });
    }
  },
}) {
  @FieldResolver(() => ProductCategory, { nullable: true })
  parent(@Root() category: ProductCategory, @Ctx() ctx: Context) {
    return ctx.loaders.load(ProductCategory, category.parentId);
  }
}

@Resolver(() => Product)
export class ProductResolver extends crudResolver({
  entity: Product,
  name: 'Product',
  plural: 'Products',
  label: labels.product,
  permission: 'product',
  createInput: inputs.ProductCreateInput,
  updateInput: inputs.ProductUpdateInput,
  filterInput: inputs.ProductFilter,
  sortFields: ['modelNumber', 'name', 'warrantyMonths', 'listPrice', 'createdAt'],
  searchFields: ['modelNumber', 'name'],
  scope: byManufacturer('manufacturer'),
  create: createProduct,
}) {
  @FieldResolver(() => Brand)
  brand(@Root() product: Product, @Ctx() ctx: Context) {
    return ctx.loaders.load(Brand, product.brandId);
  }

  @FieldResolver(() => ProductCategory)
  category(@Root() product: Product, @Ctx() ctx: Context) {
    return ctx.loaders.load(ProductCategory, product.categoryId);
  }

  @FieldResolver(() => Manufacturer)
  manufacturer(@Root() product: Product, @Ctx() ctx: Context) {
    return ctx.loaders.load(Manufacturer, product.manufacturerId);
  }
}

@Resolver(() => ProductUnit)
export class ProductUnitResolver extends crudResolver({
  entity: ProductUnit,
  name: 'ProductUnit',
  plural: 'ProductUnits',
  label: labels.unit,
  permission: 'productUnit',
  createPermission: 'productUnit:create',
  createInput: inputs.ProductUnitCreateInput,
  updateInput: inputs.ProductUnitUpdateInput,
  filterInput: inputs.ProductUnitFilter,
  sortFields: ['createdAt', 'serialNumber', 'purchaseDate', 'warrantyEndsOn'],
  searchFields: ['serialNumber'],
  scope: byManufacturer('product.manufacturer'),
  where: (f) => ({
    ...(f.manufacturerId ? { product: { manufacturer: f.manufacturerId } } : {}),
    ...(f.inWarrantyOn ? { warrantyEndsOn: { $gte: f.inWarrantyOn }, purchaseDate: { $lte: f.inWarrantyOn } } : {}),
  }),
  create: createProductUnit,
  update: updateProductUnit,
}) {
  @FieldResolver(() => Product)
  product(@Root() unit: ProductUnit, @Ctx() ctx: Context) {
    return ctx.loaders.load(Product, unit.productId);
  }

  @FieldResolver(() => Customer, { nullable: true })
  owner(@Root() unit: ProductUnit, @Ctx() ctx: Context) {
    return ctx.loaders.load(Customer, unit.ownerId);
  }

  @FieldResolver(() => Customer, { nullable: true })
  user(@Root() unit: ProductUnit, @Ctx() ctx: Context) {
    return ctx.loaders.load(Customer, unit.userId);
  }

  @FieldResolver(() => Boolean, { description: '在保 Under warranty on the given date (default: today)' })
  inWarranty(
    @Root() unit: ProductUnit,
    @Arg('on', () => LocalDateResolver, { nullable: true }) on: string | undefined,
    @Ctx() ctx: Context,
  ): boolean {
    return inWarranty(unit, on ?? today(ctx.config.timeZone));
  }
}
