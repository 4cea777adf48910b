import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsOptional, IsUUID, Matches } from 'class-validator';
import { scopeSql } from '../../common/access/scoped';
import { assertMayRead } from '../../common/access/policy';
import { isPartner } from '../../common/access/actors';
import type { ServiceContext } from '../../common/service-context';
import { sql, param, raw } from '../query/sql';
import { OrderPartKind } from '../service-order/order-part.entity';
import { Part } from '../part/part.entity';
import { ServiceOrder } from '../service-order/service-order.entity';
import { andScope, num, numOrNull, period, query } from './report-period';
import { MONTH_PATTERN } from './monthly-repair.report';

@InputType({ description: '配件消耗 Parts used on the orders completed in the months' })
export class PartsConsumptionFilter {
  @Field({ description: 'YYYY-MM' }) @Matches(MONTH_PATTERN) from!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(MONTH_PATTERN) to?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() stationId?: string;
}

@ObjectType({ description: '配件消耗 One part: quantity used, on how many orders, what was charged and what it cost' })
export class PartsConsumptionRow {
  @Field(() => ID) partId!: string;
  @Field() partCode!: string;
  @Field() partName!: string;
  @Field(() => Int) quantity!: number;
  @Field(() => Int) orders!: number;
  @Field(() => Float, { description: 'Σ quantity × unit price on the orders' }) charged!: number;
  @Field(() => Float, { nullable: true, description: 'Σ issued quantity × unit cost (what the ledger took out; hidden from partners)' }) cost!: number | null;
}

/** Parts are named only when the caller may see them (a manufacturer's key: its own parts). */
export async function partsConsumption(sc: ServiceContext, f: PartsConsumptionFilter): Promise<PartsConsumptionRow[]> {
  assertMayRead(sc.actor, ServiceOrder);
  const p = period(sc, f.from, f.to);
  const station = f.stationId ? sql` and o.station_id = ${param(f.stationId)}` : raw('');
  const scope = andScope(scopeSql(sc, ServiceOrder, 'o'));
  const rows = await query<{ id: string; code: string; name: string; qty: string; orders: string; charged: string; cost: string | null }>(
    sc,
    sql`
    with l as (
      select op.id, op.part_id, op.quantity, op.unit_price, op.order_id
        from service_order_part op join service_order o on o.id = op.order_id
       where op.kind = ${param(OrderPartKind.USED)} and o.completed_at >= ${param(p.from)} and o.completed_at < ${param(p.to)} ${station} ${scope}),
    c as (select i.order_part_id, sum(i.quantity * i.unit_cost) cost from stock_order_issue i where i.order_part_id in (select id from l) group by 1)
    select pt.id, pt.code, pt.name, sum(l.quantity) qty, count(distinct l.order_id) orders, round(sum(l.quantity * l.unit_price), 2) charged, round(sum(c.cost), 2) cost
      from l join part pt on pt.id = l.part_id left join c on c.order_part_id = l.id
     where true ${andScope(scopeSql(sc, Part, 'pt'))}
     group by pt.id, pt.code, pt.name
     order by qty desc, pt.code`,
  );
  const hideCost = !!sc.actor && isPartner(sc.actor);
  return rows.map((r) => ({
    partId: r.id,
    partCode: r.code,
    partName: r.name,
    quantity: num(r.qty),
    orders: num(r.orders),
    charged: num(r.charged),
    cost: hideCost ? null : numOrNull(r.cost),
  }));
}
