import type { EntityManager } from '@mikro-orm/postgresql';
import { today } from '../../common/dates';
import { FeeKind, ServiceKind, type DistanceBand } from '../fee/fee-enums';
import { FeeRule } from '../fee/fee-rule.entity';
import type { Product } from '../product/product.entity';
import type { ServiceOrder } from './service-order.entity';
import { AppraisalVerdict, Payer, ServiceOrderKind } from './service-order.enums';
import { OrderPart, OrderPartKind } from './order-part.entity';

export function serviceKindOf(order: Pick<ServiceOrder, 'kind' | 'onSite'>): ServiceKind {
  if (order.kind === ServiceOrderKind.INSTALLATION) return ServiceKind.INSTALLATION;
  if (order.kind === ServiceOrderKind.MAINTENANCE) return ServiceKind.MAINTENANCE;
  return order.onSite ? ServiceKind.ON_SITE_REPAIR : ServiceKind.IN_SHOP_REPAIR;
}

/** Brand and category together beat brand alone, which beats category alone, which beats neither. */
function specificity(rule: FeeRule): number {
  return (rule.brandId ? 2 : 0) + (rule.categoryId ? 1 : 0);
}

export function bestRule(
  rules: FeeRule[],
  want: { feeKind: FeeKind; serviceKind: ServiceKind; brandId: string; categoryId: string; band?: DistanceBand | null; on: string },
): FeeRule | undefined {
  return rules
    .filter(
      (r) =>
        r.active &&
        r.feeKind === want.feeKind &&
        r.serviceKind === want.serviceKind &&
        (!r.brandId || r.brandId === want.brandId) &&
        (!r.categoryId || r.categoryId === want.categoryId) &&
        (want.feeKind === FeeKind.LABOUR || !r.distanceBand || r.distanceBand === want.band) &&
        (!r.validFrom || r.validFrom <= want.on) &&
        (!r.validTo || r.validTo >= want.on),
    )
    .sort((a, b) => specificity(b) - specificity(a) || Number(!!b.distanceBand) - Number(!!a.distanceBand))[0];
}

/**
 * Who pays: in warranty the manufacturer, out of warranty the customer; an appraisal decides
 * disputes (misuse: the customer even in warranty; no fault found: the company absorbs it in warranty).
 */
export function derivePayer(order: Pick<ServiceOrder, 'inWarranty' | 'appraisalVerdict'>): Payer {
  switch (order.appraisalVerdict) {
    case AppraisalVerdict.MISUSE:
      return Payer.CUSTOMER;
    case AppraisalVerdict.MANUFACTURING_DEFECT:
      return Payer.MANUFACTURER;
    case AppraisalVerdict.NO_FAULT_FOUND:
      return order.inWarranty ? Payer.COMPANY : Payer.CUSTOMER;
    default:
      return order.inWarranty ? Payer.MANUFACTURER : Payer.CUSTOMER;
  }
}

const cents = (n: number) => Math.round(n * 100) / 100;

/** Labour by service kind and brand/category, visit fee by distance band (on-site only), parts at sale price. */
export async function computeFees(em: EntityManager, order: ServiceOrder, product: Product, timeZone: string): Promise<void> {
  const serviceKind = serviceKindOf(order);
  const rules = await em.find(FeeRule, { serviceKind, active: true });
  const want = { serviceKind, brandId: product.brandId, categoryId: product.categoryId, band: order.distanceBand, on: today(timeZone) };
  order.labourFee = bestRule(rules, { ...want, feeKind: FeeKind.LABOUR })?.amount ?? 0;
  order.visitFee = order.onSite ? (bestRule(rules, { ...want, feeKind: FeeKind.VISIT })?.amount ?? 0) : 0;
  const used = await em.find(OrderPart, { order, kind: OrderPartKind.USED });
  order.partsFee = cents(used.reduce((sum, line) => sum + line.quantity * line.unitPrice, 0));
  order.payer = derivePayer(order);
}

type Fees = Pick<ServiceOrder, 'labourFee' | 'visitFee' | 'partsFee'>;

/** Labour + visit + parts; null while no fee is set. */
export function totalFee(o: Fees): number | null {
  if (o.labourFee == null && o.visitFee == null && o.partsFee == null) return null;
  return cents((o.labourFee ?? 0) + (o.visitFee ?? 0) + (o.partsFee ?? 0));
}

/** What the customer pays: the whole total when the customer is the payer, nothing when the manufacturer or the company is; null before fees. */
export function customerPays(o: Fees & Pick<ServiceOrder, 'payer'>): number | null {
  const total = totalFee(o);
  if (total == null || !o.payer) return null;
  return o.payer === Payer.CUSTOMER ? total : 0;
}
