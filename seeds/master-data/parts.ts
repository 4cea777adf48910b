import { Part } from '../../api/src/modules/part/part.entity';
import { MANUFACTURERS } from '../data/catalog';
import { GENERIC_PARTS, MAKER_PARTS } from '../data/parts';
import { yuan } from '../factories';
import type { SeedContext } from '../seed-context';
import type { SeededCatalog } from './catalog';

/** Each maker's parts for the categories it sells, fitting its own products there; then the generic parts. */
export async function seedParts(ctx: SeedContext, catalog: SeededCatalog): Promise<{ parts: number }> {
  const f = ctx.random('parts');
  const rows: object[] = [];
  for (const maker of MANUFACTURERS) {
    const own = catalog.products.filter((p) => p.manufacturerData.code === maker.code);
    for (const [top, templates] of Object.entries(MAKER_PARTS)) {
      for (const t of templates) {
        const fits = own.filter((p) => p.categoryRow.top === top && (!t.leaves || t.leaves.includes(p.categoryRow.code)));
        if (!fits.length) continue;
        const costPrice = f.number.int({ min: t.cost[0], max: t.cost[1] });
        rows.push(
          ctx.row({
            code: `${maker.code}-${top}-${t.no}`,
            name: `${maker.short}${t.name}`,
            spec: t.spec,
            unit: t.unit ?? '个',
            manufacturer: catalog.manufacturerId.get(maker.code)!,
            compatibleProductIds: fits.map((p) => p.id),
            costPrice,
            salePrice: yuan(Math.ceil((costPrice * f.number.float({ min: 1.35, max: 1.6 })) / 5) * 5),
            reorderPoint: t.reorderPoint,
            active: true,
          }),
        );
      }
    }
  }
  for (const g of GENERIC_PARTS) {
    const categories = catalog.categoryAndBelow(g.category);
    const fits = catalog.products.filter((p) => categories.includes(p.category));
    rows.push(
      ctx.row({
        code: g.code,
        name: g.name,
        spec: g.spec,
        unit: g.unit,
        manufacturer: null,
        compatibleProductIds: fits.map((p) => p.id),
        costPrice: g.cost,
        salePrice: g.salePrice,
        reorderPoint: g.reorderPoint,
        active: true,
      }),
    );
  }
  await ctx.insert(Part, rows);
  return { parts: rows.length };
}
