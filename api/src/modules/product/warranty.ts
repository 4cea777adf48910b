import { differenceInCalendarDays } from 'date-fns';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ServiceContext } from '../../common/service-context';
import { addDaysTo, parseDate, today, warrantyEnd } from '../../common/dates';
import type { ProductUnit } from './product-unit.entity';
import { WarrantyExtension, type WarrantyExtensionReason } from './warranty-extension.entity';

/**
 * 三包 as the policy counts it: the period runs from delivery to the customer (签收; the purchase
 * date when no delivery date is known), a replacement's from what it took over at the exchange,
 * and every in-warranty repair or exchange pushes the end back by the days it took.
 */
export function warrantyStartOf(unit: Pick<ProductUnit, 'deliveredOn' | 'purchaseDate'>): string | null {
  return unit.deliveredOn ?? unit.purchaseDate ?? null;
}

/** The derived warranty end: what a replacement took over, or start + the product's months; plus the extensions' days. */
export function derivedWarrantyEnd(
  unit: Pick<ProductUnit, 'deliveredOn' | 'purchaseDate' | 'carriedWarrantyEndsOn'>,
  months: number,
  extensionDays: number,
): string | null {
  const start = warrantyStartOf(unit);
  const base = unit.carriedWarrantyEndsOn ?? (start ? warrantyEnd(start, months) : null);
  return base ? addDaysTo(base, extensionDays) : null;
}

export async function extensionDaysOf(em: EntityManager, unitId: string): Promise<number> {
  const [row] = await em.getConnection().execute<Array<{ days: number }>>(
    'select coalesce(sum(days), 0)::int as days from warranty_extension where unit_id = ?',
    [unitId],
    'all',
    em.getTransactionContext(),
  );
  return row?.days ?? 0;
}

/** Whole days between the business dates of two instants: a same-day repair adds none. */
export function daysBetween(from: Date, to: Date, timeZone: string): number {
  return Math.max(0, differenceInCalendarDays(parseDate(today(timeZone, to)), parseDate(today(timeZone, from))));
}

/**
 * Pushes the unit's warranty end back by the days of a stay in repair or exchange (from `from` to
 * now), recording why; nothing when the stay took no whole day or the unit has no warranty end.
 * The end only ever moves later.
 */
export async function extendWarranty(
  sc: ServiceContext,
  unit: ProductUnit,
  stay: { reason: WarrantyExtensionReason; from: Date; serviceOrderId?: string; returnRequestId?: string; documentNumber: string },
): Promise<WarrantyExtension | null> {
  const tz = sc.config.timeZone;
  const now = sc.now();
  const days = daysBetween(stay.from, now, tz);
  if (days <= 0 || !unit.warrantyEndsOn) return null;
  const before = unit.warrantyEndsOn;
  unit.warrantyEndsOn = addDaysTo(before, days);
  const extension = sc.em.create(WarrantyExtension, {
    unit,
    reason: stay.reason,
    days,
    fromDate: today(tz, stay.from),
    toDate: today(tz, now),
    endsBefore: before,
    endsAfter: unit.warrantyEndsOn,
    serviceOrder: stay.serviceOrderId ?? null,
    returnRequestId: stay.returnRequestId ?? null,
    documentNumber: stay.documentNumber,
    createdAt: now,
  } as never);
  sc.em.persist(extension);
  return extension;
}
