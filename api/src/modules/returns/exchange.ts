import type { ServiceContext } from '../../common/service-context';
import { today, warrantyEnd } from '../../common/dates';
import type { Product } from '../product/product.entity';
import { ProductUnit } from '../product/product-unit.entity';
import { extendWarranty } from '../product/warranty';
import { WarrantyExtension, WarrantyExtensionReason } from '../product/warranty-extension.entity';
import { ReplacementWarranty, type AfterSalesRules } from '../settings/after-sales-rules';
import type { ReturnRequest } from './return-request.entity';

export interface Replacement {
  unit: ProductUnit;
  extension: WarrantyExtension | null;
}

/**
 * 换货新机: the replacement is registered as a new unit of the customer, linked to the one it
 * replaces, delivered today. Its warranty, as the after-sales rules say: restarted from the
 * exchange date (三包; never ending before the replaced unit's would have), or the replaced
 * unit's end plus the days the exchange took. The replaced unit is deactivated.
 */
export async function registerReplacement(
  sc: ServiceContext,
  request: ReturnRequest,
  old: ProductUnit,
  product: Product,
  serialNumber: string,
  rules: AfterSalesRules,
): Promise<Replacement> {
  const day = today(sc.config.timeZone, sc.now());
  const unit = sc.em.create(ProductUnit, {
    product,
    serialNumber,
    owner: old.owner ?? null,
    user: old.user ?? null,
    purchaseDate: old.purchaseDate ?? day,
    deliveredOn: day,
    seller: old.seller ?? null,
    replaces: old,
    notes: null,
    createdAt: sc.now(),
    updatedAt: sc.now(),
  } as never);
  sc.em.persist(unit);
  old.active = false;
  let extension: WarrantyExtension | null = null;
  if (rules.replacementWarranty === ReplacementWarranty.KEEP_REMAINING && old.warrantyEndsOn) {
    unit.carriedWarrantyEndsOn = old.warrantyEndsOn;
    unit.warrantyEndsOn = old.warrantyEndsOn;
    extension = await extendWarranty(sc, unit, {
      reason: WarrantyExtensionReason.EXCHANGE,
      from: request.createdAt,
      returnRequestId: request.id,
      documentNumber: request.number,
    });
  } else {
    const restarted = warrantyEnd(day, product.warrantyMonths);
    unit.carriedWarrantyEndsOn = old.warrantyEndsOn && old.warrantyEndsOn > restarted ? old.warrantyEndsOn : restarted;
    unit.warrantyEndsOn = unit.carriedWarrantyEndsOn;
  }
  return { unit, extension };
}
