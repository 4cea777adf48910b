import { Field, Int, ObjectType } from 'type-graphql';
import type { ServiceContext } from '../../common/service-context';
import { scopeSql } from '../../common/access/scoped';
import { badInput, fieldError } from '../../common/errors';
import { monthBoundsIn } from '../../common/dates';
import { Complaint } from './complaint.entity';
import { enumLabel } from '../../common/labels/catalogue';
import './complaint.enums';

@ObjectType({ description: 'Complaints of one group in a month' })
export class ComplaintSummaryRow {
  @Field(() => String, { nullable: true, description: 'The category, station or product id (null: none linked)' }) key!: string | null;
  @Field({ description: 'Its name in your language' }) name!: string;
  @Field(() => Int) total!: number;
  @Field(() => Int, { description: '已解决 Resolved (or closed)' }) resolved!: number;
  @Field(() => Int, { description: '响应超时 Responded late, or not yet and past the deadline' }) respondedLate!: number;
  @Field(() => Int, { description: '解决超时 Resolved late, or not yet and past the deadline' }) resolvedLate!: number;
}

@ObjectType({ description: '投诉月报 Complaints received in a month, by category, station and product' })
export class ComplaintSummary {
  @Field() month!: string;
  @Field(() => Int) total!: number;
  @Field(() => [ComplaintSummaryRow]) byCategory!: ComplaintSummaryRow[];
  @Field(() => [ComplaintSummaryRow]) byStation!: ComplaintSummaryRow[];
  @Field(() => [ComplaintSummaryRow]) byProduct!: ComplaintSummaryRow[];
}

interface Row {
  dim: 'category' | 'station' | 'product';
  key: string | null;
  name: string | null;
  total: number;
  resolved: number;
  responded_late: number;
  resolved_late: number;
}

/**
 * 投诉月报: one statement, grouping sets over category, station and product, in the caller's
 * scope; a month is its days in the business time zone.
 */
export async function complaintSummary(sc: ServiceContext, month: string): Promise<ComplaintSummary> {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw badInput([fieldError('month', '格式应为 2026-12', 'is a month such as 2026-12')]);
  const { from, to } = monthBoundsIn(month, sc.config.timeZone);
  const scope = scopeSql(sc, Complaint, 'c');
  const now = sc.now();
  const rows = await sc.em.getConnection().execute<Row[]>(
    `select case when grouping(c.category) = 0 then 'category' when grouping(c.station_id) = 0 then 'station' else 'product' end as dim,
            coalesce(c.category::text, c.station_id::text, c.product_id::text) as key,
            max(coalesce(s.name, p.name || ' ' || p.model_number)) as name,
            count(*)::int as total,
            count(*) filter (where c.resolved_at is not null)::int as resolved,
            count(*) filter (where coalesce(c.responded_at, ?) >= c.respond_due_at and c.status <> 'cancelled')::int as responded_late,
            count(*) filter (where coalesce(c.resolved_at, ?) >= c.resolve_due_at and c.status <> 'cancelled')::int as resolved_late
       from complaint c
       left join service_station s on s.id = c.station_id
       left join product p on p.id = c.product_id
      where c.received_at >= ? and c.received_at < ?${scope ? ` and ${scope.sql}` : ''}
      group by grouping sets ((c.category), (c.station_id), (c.product_id))
      order by total desc, key`,
    [now, now, from, to, ...(scope?.bindings ?? [])],
    'all',
    sc.em.getTransactionContext(),
  );
  const label = (r: Row) => {
    if (r.dim === 'category') return enumLabel('ComplaintCategory', r.key!)[sc.lang];
    return r.name ?? (sc.lang === 'en' ? '(none)' : '（未关联）');
  };
  const of = (dim: Row['dim']) =>
    rows.filter((r) => r.dim === dim).map((r) => ({ key: r.key, name: label(r), total: r.total, resolved: r.resolved, respondedLate: r.responded_late, resolvedLate: r.resolved_late }));
  const byCategory = of('category');
  return { month, total: byCategory.reduce((n, r) => n + r.total, 0), byCategory, byStation: of('station'), byProduct: of('product') };
}
