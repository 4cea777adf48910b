import { FeeKind, ServiceKind, type DistanceBand } from '../../api/src/modules/fee/fee-enums';
import { FeeRule } from '../../api/src/modules/fee/fee-rule.entity';
import { BRANDS } from '../data/catalog';
import { BAND_NAMES, LABOUR_BY_BRAND, LABOUR_BY_CATEGORY, LABOUR_DEFAULT, SERVICE_KIND_NAMES, VISIT_FEES } from '../data/fees';
import type { SeedContext } from '../seed-context';
import type { SeededCatalog } from './catalog';

/** The fee table: labour per sub-category and service kind, defaults, premium brands, visit fees by band. */
export async function seedFees(ctx: SeedContext, catalog: SeededCatalog): Promise<{ feeRules: number }> {
  const rows: object[] = [];
  const rule = (name: string, feeKind: FeeKind, serviceKind: ServiceKind, amount: number, more: { brand?: string; category?: string; distanceBand?: DistanceBand } = {}) =>
    rows.push(
      ctx.row({ name, feeKind, serviceKind, amount, brand: more.brand ?? null, category: more.category ?? null, distanceBand: more.distanceBand ?? null, validFrom: null, validTo: null, active: true }),
    );

  for (const kind of Object.values(ServiceKind)) {
    rule(`${SERVICE_KIND_NAMES[kind]}工时费（默认）`, FeeKind.LABOUR, kind, LABOUR_DEFAULT[kind]);
  }
  // Fee rules match a product's own category, so prices go on the sub-categories.
  for (const category of catalog.categories.values()) {
    if (category.code === category.top) continue;
    for (const kind of Object.values(ServiceKind)) {
      const amount = LABOUR_BY_CATEGORY[category.code]?.[kind] ?? LABOUR_BY_CATEGORY[category.top]?.[kind];
      if (amount !== undefined) rule(`${category.name}${SERVICE_KIND_NAMES[kind]}工时费`, FeeKind.LABOUR, kind, amount, { category: category.id });
    }
  }
  for (const [brand, prices] of Object.entries(LABOUR_BY_BRAND)) {
    const name = BRANDS.find((b) => b.code === brand)!.name;
    for (const [kind, amount] of Object.entries(prices) as Array<[ServiceKind, number]>) {
      rule(`${name}${SERVICE_KIND_NAMES[kind]}工时费`, FeeKind.LABOUR, kind, amount, { brand: catalog.brandId.get(brand)! });
    }
  }
  for (const [kind, bands] of Object.entries(VISIT_FEES) as Array<[ServiceKind, Record<DistanceBand, number>]>) {
    for (const [band, amount] of Object.entries(bands) as Array<[DistanceBand, number]>) {
      rule(`${SERVICE_KIND_NAMES[kind]}上门费（${BAND_NAMES[band]}）`, FeeKind.VISIT, kind, amount, { distanceBand: band });
    }
  }
  await ctx.insert(FeeRule, rows);
  return { feeRules: rows.length };
}
