import type { Faker } from '@faker-js/faker';
import { addDaysTo, warrantyEnd } from '../../api/src/common/dates';
import { CustomerKind } from '../../api/src/modules/customer/customer.entity';
import { ProductUnit } from '../../api/src/modules/product/product-unit.entity';
import { StationKind } from '../../api/src/modules/station/service-station.entity';
import { EXTENDED_WARRANTY_NOTE, ONLINE_SELLERS } from '../data/people';
import { atTime } from '../factories';
import type { SeedContext } from '../seed-context';
import type { ProductRow, SeededCatalog } from './catalog';
import type { CustomerRow } from './customers';
import type { SeededNetwork } from './network';

/** What households buy, by top-level category. */
const HOUSEHOLD_MIX = [
  { weight: 30, value: 'AC' },
  { weight: 20, value: 'WM' },
  { weight: 20, value: 'RF' },
  { weight: 15, value: 'WH' },
  { weight: 15, value: 'TV' },
];

/** Hotels, offices and schools buy air conditioners, televisions and water heaters in numbers. */
const ENTERPRISE_CATEGORIES = ['AC-WALL', 'AC-FLOOR', 'AC-CENTRAL', 'TV-LCD', 'WH-ELEC', 'RF-FREEZER'];

/**
 * A unit for each purchase of each customer. Warranty ends are derived the way the API derives
 * them, except for a few units with an extended warranty (延保) entered by hand.
 */
export async function seedProductUnits(
  ctx: SeedContext,
  catalog: SeededCatalog,
  customers: CustomerRow[],
  network: SeededNetwork,
): Promise<{ units: number }> {
  const f = ctx.random('product-units');
  const byTop = groupBy(catalog.products, (p) => p.categoryRow.top);
  const forEnterprises = catalog.products.filter((p) => ENTERPRISE_CATEGORIES.includes(p.categoryRow.code));
  const stores = network.stations.filter((s) => s.kind === StationKind.RETAIL_STORE);
  const localShops = groupBy(
    customers.filter((c) => c.kind === CustomerKind.STORE),
    (c) => c.district.city.code,
  );
  const households = groupBy(
    customers.filter((c) => c.kind === CustomerKind.INDIVIDUAL),
    (c) => c.district.city.code,
  );
  const serials = new Set<string>();
  const rows: object[] = [];

  for (const customer of customers) {
    for (const purchaseDate of customer.purchases) {
      const product =
        customer.kind === CustomerKind.ENTERPRISE
          ? f.helpers.arrayElement(forEnterprises)
          : f.helpers.arrayElement(byTop.get(f.helpers.weightedArrayElement(HOUSEHOLD_MIX))!);
      const installed = product.categoryRow.data.installed ? addDaysTo(purchaseDate, f.number.int({ min: 0, max: 6 })) : null;
      const extended = f.number.int(100) < 3;
      const family = (households.get(customer.district.city.code) ?? []).filter((c) => c.id !== customer.id);
      const user = customer.kind === CustomerKind.INDIVIDUAL && family.length && f.number.int(100) < 10 ? f.helpers.arrayElement(family) : null;
      rows.push(
        ctx.row(
          {
            serialNumber: serialNumber(f, product, purchaseDate, serials),
            product: product.id,
            owner: customer.id,
            user: user?.id ?? null,
            purchaseDate,
            seller: seller(f, customer, stores, localShops.get(customer.district.city.code) ?? []),
            // Installation waits for an appointment: the last days' purchases may not be installed yet.
            installationDate: installed && installed <= ctx.today ? installed : null,
            warrantyEndsOn: warrantyEnd(purchaseDate, product.warrantyMonths + (extended ? 12 : 0)),
            warrantyOverridden: extended,
            notes: extended ? EXTENDED_WARRANTY_NOTE : null,
            active: true,
          },
          atTime(purchaseDate, f.number.int({ min: 60, max: 12 * 60 })),
        ),
      );
    }
  }
  await ctx.insert(ProductUnit, rows);
  return { units: rows.length };
}

/** The maker's prefix, the month of manufacture (a few months before the sale) and a running number. */
function serialNumber(f: Faker, product: ProductRow, purchaseDate: string, taken: Set<string>): string {
  const made = addDaysTo(purchaseDate, -f.number.int({ min: 20, max: 150 }));
  for (;;) {
    const serial = `${product.manufacturerData.serialPrefix}${made.slice(2, 4)}${made.slice(5, 7)}${f.string.numeric(8)}`;
    const key = `${product.id}:${serial}`;
    if (!taken.has(key)) {
      taken.add(key);
      return serial;
    }
  }
}

function seller(f: Faker, customer: CustomerRow, stores: SeededNetwork['stations'], localShops: CustomerRow[]): string {
  if (customer.kind === CustomerKind.STORE || customer.kind === CustomerKind.DEALER) return '厂家直供';
  const inProvince = stores.filter((s) => s.district.city.code.slice(0, 2) === customer.district.city.code.slice(0, 2));
  const channel = f.helpers.weightedArrayElement([
    { weight: 45, value: 'online' },
    { weight: 25, value: 'network' },
    { weight: 30, value: 'local' },
  ]);
  if (channel === 'network' && inProvince.length) return f.helpers.arrayElement(inProvince).name;
  if (channel === 'local' && localShops.length) return f.helpers.arrayElement(localShops).name;
  return f.helpers.arrayElement(ONLINE_SELLERS);
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
