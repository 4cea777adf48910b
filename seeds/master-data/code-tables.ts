import { Code } from '../../api/src/modules/code-table/code.entity';
import { CodeGroup } from '../../api/src/modules/code-table/code-group.entity';
import { CodeKind } from '../../api/src/modules/code-table/code-kind';
import { CODE_GROUPS } from '../data/codes';
import type { SeedContext } from '../seed-context';
import type { SeededCatalog } from './catalog';

/** The five code tables from seeds/data/codes.ts, with category codes turned into catalog profiles. */
export async function seedCodeTables(ctx: SeedContext, catalog: SeededCatalog): Promise<{ groups: number; codes: number }> {
  const profile = (categories: string[] = []) => [...new Set(categories.flatMap((c) => catalog.categoryAndBelow(c)))];
  const next = new Map<CodeKind, { group: number; code: number }>();
  const groups: object[] = [];
  const codes: object[] = [];
  for (const g of CODE_GROUPS) {
    const order = next.get(g.kind) ?? { group: 0, code: 0 };
    next.set(g.kind, order);
    order.group += 10;
    const group = ctx.row({ kind: g.kind, code: g.code, name: g.name, nameEn: g.nameEn, categoryIds: profile(g.categories), sortOrder: order.group, active: true });
    groups.push(group);
    for (const c of g.codes) {
      order.code += 10;
      codes.push(
        ctx.row({
          kind: g.kind,
          group: group.id,
          code: c.code,
          name: c.name,
          nameEn: c.nameEn,
          categoryIds: profile(c.categories),
          shownToCustomers: c.shownToCustomers ?? true,
          sortOrder: order.code,
          active: true,
        }),
      );
    }
  }
  await ctx.insert(CodeGroup, groups);
  await ctx.insert(Code, codes);
  return { groups: groups.length, codes: codes.length };
}
