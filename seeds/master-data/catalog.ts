import { Brand } from '../../api/src/modules/product/brand.entity';
import { Manufacturer } from '../../api/src/modules/product/manufacturer.entity';
import { Product } from '../../api/src/modules/product/product.entity';
import { ProductCategory } from '../../api/src/modules/product/product-category.entity';
import { BRANDS, CATEGORIES, MANUFACTURERS, PRODUCTS, type BrandData, type CategoryData, type ManufacturerData } from '../data/catalog';
import type { Row, SeedContext } from '../seed-context';

export interface CategoryRow extends Row {
  code: string;
  name: string;
  data: CategoryData;
  /** The top-level category (空调, 洗衣机 …) it belongs to; itself for a top-level one. */
  top: string;
}

export interface ProductRow extends Row {
  modelNumber: string;
  name: string;
  warrantyMonths: number;
  listPrice: number;
  brand: string;
  category: string;
  manufacturer: string;
  brandData: BrandData;
  categoryRow: CategoryRow;
  manufacturerData: ManufacturerData;
}

export interface SeededCatalog {
  manufacturerId: Map<string, string>;
  brandId: Map<string, string>;
  categories: Map<string, CategoryRow>;
  products: ProductRow[];
  /** The ids of a category and all its sub-categories: what "limited to 空调" means for codes. */
  categoryAndBelow(code: string): string[];
}

/** Manufacturers, their brands, the category tree and the product models. */
export async function seedCatalog(ctx: SeedContext): Promise<SeededCatalog> {
  const manufacturers = MANUFACTURERS.map((m) =>
    ctx.row({ code: m.code, name: m.name, nameEn: m.nameEn, contact: m.contact, phone: m.phone, address: m.address, active: true }),
  );
  const manufacturerId = new Map(manufacturers.map((m) => [m.code, m.id]));
  const brands = BRANDS.map((b) =>
    ctx.row({ code: b.code, name: b.name, nameEn: b.nameEn, manufacturer: manufacturerId.get(b.manufacturer)!, active: true }),
  );
  const brandId = new Map(brands.map((b) => [b.code, b.id]));

  const categories = new Map<string, CategoryRow>();
  const parents: object[] = [];
  const children: object[] = [];
  CATEGORIES.forEach((top, i) => {
    const parent = ctx.row({ code: top.code, name: top.name, nameEn: top.nameEn, parent: null, sortOrder: (i + 1) * 10, active: true });
    parents.push(parent);
    categories.set(top.code, { ...parent, data: top, top: top.code });
    (top.children ?? []).forEach((sub, j) => {
      const child = ctx.row({ code: sub.code, name: sub.name, nameEn: sub.nameEn, parent: parent.id, sortOrder: (j + 1) * 10, active: true });
      children.push(child);
      categories.set(sub.code, { ...child, data: sub, top: top.code });
    });
  });

  const brandByCode = new Map(BRANDS.map((b) => [b.code, b]));
  const makerByCode = new Map(MANUFACTURERS.map((m) => [m.code, m]));
  const productRows: object[] = [];
  const products: ProductRow[] = PRODUCTS.map((p) => {
    const brandData = brandByCode.get(p.brand)!;
    const categoryRow = categories.get(p.category)!;
    const row = ctx.row({
      modelNumber: p.modelNumber,
      name: p.name,
      warrantyMonths: p.warrantyMonths,
      listPrice: p.listPrice,
      brand: brandId.get(p.brand)!,
      category: categoryRow.id,
      manufacturer: manufacturerId.get(brandData.manufacturer)!,
      active: true,
    });
    productRows.push(row);
    return { ...row, brandData, categoryRow, manufacturerData: makerByCode.get(brandData.manufacturer)! };
  });

  await ctx.insert(Manufacturer, manufacturers);
  await ctx.insert(Brand, brands);
  await ctx.insert(ProductCategory, parents);
  await ctx.insert(ProductCategory, children);
  await ctx.insert(Product, productRows);

  return {
    manufacturerId,
    brandId,
    categories,
    products,
    categoryAndBelow(code) {
      if (!categories.has(code)) throw new Error(`Demo data names an unknown product category: ${code}`);
      return [...categories.values()].filter((c) => c.code === code || c.top === code).map((c) => c.id);
    },
  };
}
