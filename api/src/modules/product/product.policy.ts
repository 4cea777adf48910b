import type { FilterQuery } from '@mikro-orm/core';
import { definePolicy } from '../../common/access/policy';
import type { Actor } from '../auth/actor';
import { isOffice } from '../../common/access/actors';
import { forbidden, registerTableName } from '../../common/errors';
import { Brand } from './brand.entity';
import { Manufacturer } from './manufacturer.entity';
import { Product } from './product.entity';
import { ProductCategory } from './product-category.entity';
import { ProductUnit } from './product-unit.entity';
import { WarrantyExtension } from './warranty-extension.entity';

export const PRODUCT_LABELS = {
  manufacturer: { zh: '厂家', en: 'manufacturer' },
  brand: { zh: '品牌', en: 'brand' },
  category: { zh: '产品类别', en: 'product category' },
  product: { zh: '产品', en: 'product' },
  unit: { zh: '产品序列号', en: 'product unit' },
};
registerTableName('manufacturer', PRODUCT_LABELS.manufacturer);
registerTableName('brand', PRODUCT_LABELS.brand);
registerTableName('product_category', PRODUCT_LABELS.category);
registerTableName('product', PRODUCT_LABELS.product);
registerTableName('product_unit', PRODUCT_LABELS.unit);

/** A manufacturer's key sees its own catalogue; everyone else the whole catalogue. */
export const MANUFACTURER_POLICY = definePolicy(Manufacturer, {
  resource: 'manufacturer',
  label: PRODUCT_LABELS.manufacturer,
  scope: (actor) => (actor.manufacturerId ? { id: actor.manufacturerId } : undefined),
});

export const BRAND_POLICY = definePolicy(Brand, {
  resource: 'brand',
  label: PRODUCT_LABELS.brand,
  scope: (actor) => (actor.manufacturerId ? { manufacturer: actor.manufacturerId } : undefined),
});

export const CATEGORY_POLICY = definePolicy(ProductCategory, {
  resource: 'productCategory',
  label: PRODUCT_LABELS.category,
});

export const PRODUCT_POLICY = definePolicy(Product, {
  resource: 'product',
  label: PRODUCT_LABELS.product,
  scope: (actor) => (actor.manufacturerId ? { manufacturer: actor.manufacturerId } : undefined),
});

/**
 * Units: station staff and the office see all (walk-ins bring any unit); a manufacturer's key its
 * products' units; a service network the units serviced at its station; a retailer the units it
 * registered or filed orders for. The warranty end is changed by hand only by the office (it
 * decides who pays), with a reason.
 */
function unitScope(actor: Actor): FilterQuery<ProductUnit> | undefined {
  if (actor.kind !== 'partner') return undefined;
  if (actor.manufacturerId) return { product: { manufacturer: actor.manufacturerId } };
  if (actor.stationId) return { orders: { $some: { station: actor.stationId } } };
  return { $or: [{ createdByApiKey: actor.id }, { orders: { $some: { createdByApiKey: actor.id } } }] };
}

export const PRODUCT_UNIT_POLICY = definePolicy(ProductUnit, {
  resource: 'productUnit',
  label: PRODUCT_LABELS.unit,
  scope: unitScope,
  write: (actor, changed) => {
    if (changed.includes('warrantyEndsOn') && !isOffice(actor)) throw forbidden('productUnit.warrantyEndsOn');
  },
});

/** Extensions are read with their unit: whoever sees the unit sees why its warranty ends when it does. */
export const WARRANTY_EXTENSION_POLICY = definePolicy(WarrantyExtension, {
  resource: 'productUnit',
  label: { zh: '三包顺延', en: 'warranty extension' },
  scope: (actor) => {
    const units = unitScope(actor);
    return units ? { unit: units } : undefined;
  },
});
