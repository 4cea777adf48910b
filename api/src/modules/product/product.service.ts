import type { Context } from '../../graphql/context';
import { badInput, fieldError } from '../../common/errors';
import { toEntityData } from '../../graphql/crud';
import { today } from '../../common/dates';
import { Brand } from './brand.entity';
import { Product } from './product.entity';
import { ProductUnit } from './product-unit.entity';
import type { ProductCreateInput, ProductUnitCreateInput, ProductUnitUpdateInput } from './product.inputs';
import { derivedWarrantyEnd, extensionDaysOf } from './warranty';

async function brandOf(ctx: Context, brandId: string): Promise<Brand> {
  const brand = await ctx.em.findOne(Brand, brandId);
  if (!brand) throw badInput([fieldError('brandId', '不存在', 'does not exist')]);
  return brand;
}

export async function createProduct(input: ProductCreateInput, ctx: Context): Promise<Product> {
  const manufacturerId = input.manufacturerId ?? (await brandOf(ctx, input.brandId)).manufacturerId;
  const meta = ctx.em.getMetadata().get<Product>(Product.name);
  return ctx.em.create(Product, toEntityData(meta, { ...input, manufacturerId }) as never);
}

/** Is the unit under warranty on `date` ('YYYY-MM-DD')? The end day itself is covered. */
export function inWarranty(unit: ProductUnit, date: string): boolean {
  if (!unit.warrantyEndsOn) return false;
  if (unit.purchaseDate && date < unit.purchaseDate) return false;
  return date <= unit.warrantyEndsOn;
}

/** Dates a person gets wrong: purchase or delivery in the future, installation or delivery before purchase. */
function assertDates(unit: ProductUnit, ctx: Context): void {
  const now = today(ctx.config.timeZone, ctx.now());
  const errors = [];
  if (unit.purchaseDate && unit.purchaseDate > now) {
    errors.push(fieldError('purchaseDate', '不能晚于今天', 'cannot be in the future'));
  }
  if (unit.deliveredOn && unit.deliveredOn > now) {
    errors.push(fieldError('deliveredOn', '不能晚于今天', 'cannot be in the future'));
  }
  if (unit.deliveredOn && unit.purchaseDate && unit.deliveredOn < unit.purchaseDate) {
    errors.push(fieldError('deliveredOn', '不能早于购买日期', 'cannot be before the purchase date'));
  }
  if (unit.installationDate && unit.purchaseDate && unit.installationDate < unit.purchaseDate) {
    errors.push(fieldError('installationDate', '不能早于购买日期', 'cannot be before the purchase date'));
  }
  if (errors.length) throw badInput(errors);
}

/**
 * Warranty end follows the 三包 start (delivery, else purchase) + the product's warranty months,
 * plus the days repairs and exchanges added, unless set by hand: that decides who pays for
 * repairs, so it needs a reason, kept on the unit (and so in the audit log).
 */
async function deriveWarranty(
  unit: ProductUnit,
  override: string | null | undefined,
  reason: string | null | undefined,
  ctx: Context,
): Promise<void> {
  if (override) {
    if (!reason?.trim()) throw badInput([fieldError('warrantyOverrideReason', '手工设定保修截止日时必须填写原因', 'is required when the warranty end is set by hand')]);
    unit.warrantyEndsOn = override;
    unit.warrantyOverridden = true;
    unit.warrantyOverrideReason = reason.trim();
    return;
  }
  if (override === null) {
    unit.warrantyOverridden = false;
    unit.warrantyOverrideReason = null;
  }
  if (unit.warrantyOverridden) return;
  const product = await ctx.em.findOne(Product, unit.productId);
  if (!product) throw badInput([fieldError('productId', '不存在', 'does not exist')]);
  unit.warrantyEndsOn = derivedWarrantyEnd(unit, product.warrantyMonths, await extensionDaysOf(ctx.em, unit.id));
}

export async function createProductUnit(input: ProductUnitCreateInput, ctx: Context): Promise<ProductUnit> {
  const { warrantyEndsOn, warrantyOverrideReason, ...rest } = input;
  const meta = ctx.em.getMetadata().get<ProductUnit>(ProductUnit.name);
  const unit = ctx.em.create(ProductUnit, toEntityData(meta, rest) as never);
  assertDates(unit, ctx);
  await deriveWarranty(unit, warrantyEndsOn, warrantyOverrideReason, ctx);
  return unit;
}

export async function updateProductUnit(
  unit: ProductUnit,
  input: ProductUnitUpdateInput,
  ctx: Context,
): Promise<ProductUnit> {
  const { warrantyEndsOn, warrantyOverrideReason, ...rest } = input;
  const meta = ctx.em.getMetadata().get<ProductUnit>(ProductUnit.name);
  ctx.em.assign(unit, toEntityData(meta, rest) as never);
  assertDates(unit, ctx);
  await deriveWarranty(unit, warrantyEndsOn, warrantyOverrideReason, ctx);
  return unit;
}
