import { Field, ID, Int, ObjectType } from 'type-graphql';
import { scopeSql } from '../../../common/access/scoped';
import type { ServiceContext } from '../../../common/service-context';
import { escapeLike } from '../../../graphql/list';
import { Part } from '../../part/part.entity';

@ObjectType({ description: 'A part offered by a picker: those fitting the product first, with what the warehouse holds' })
export class PartChoice {
  @Field(() => ID) partId!: string;
  @Field({ description: '适用 Fits the product' }) compatible!: boolean;
  @Field(() => Int, { nullable: true, description: 'On hand in the warehouse asked about' }) onHand!: number | null;
}

/** Active parts matching the text, the product's compatible parts first (then by code). */
export async function partChoices(sc: ServiceContext, a: { productId?: string; q?: string; warehouseId?: string; limit: number }): Promise<PartChoice[]> {
  const scope = scopeSql(sc, Part, 'p');
  const text = a.q?.trim() ? `%${escapeLike(a.q.trim())}%` : null;
  const rows = await sc.em.getConnection().execute<Array<{ id: string; compatible: boolean; on_hand: number | null }>>(
    `select p.id, coalesce(?::text = any(p.compatible_product_ids), false) as compatible,
            (select on_hand from stock_balance b where b.part_id = p.id and b.warehouse_id = ?::uuid) as on_hand
       from part p
      where p.active and p.product_id is null and (?::text is null or p.code ilike ? or p.name ilike ?) ${scope ? `and ${scope.sql}` : ''}
      order by 2 desc, p.code
      limit ?`,
    [a.productId ?? null, a.warehouseId ?? null, text, text, text, ...(scope?.bindings ?? []), a.limit],
  );
  return rows.map((r) => ({ partId: r.id, compatible: r.compatible, onHand: a.warehouseId ? (r.on_hand ?? 0) : null }));
}
