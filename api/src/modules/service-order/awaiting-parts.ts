import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Manufacturer } from '../product/manufacturer.entity';
import { Part } from '../part/part.entity';
import { ServiceStation } from '../station/service-station.entity';
import { scopeSql } from '../../common/access/scoped';
import { ServiceOrder } from './service-order.entity';

@ObjectType({ description: '待件清单 A part waited for at a station, from one manufacturer' })
export class AwaitingPartsRow {
  @Field(() => ID) stationId!: string;
  @Field(() => ID, { nullable: true, description: 'The part’s manufacturer, else the product’s' }) manufacturerId!: string | null;
  @Field(() => ID) partId!: string;
  @Field(() => Int) quantity!: number;
  @Field(() => Int, { description: 'Of the quantity, what a purchase order or transfer has brought (the order still has to resume)' }) arrivedQuantity!: number;
  @Field(() => Int) orderCount!: number;
  @Field({ description: 'When the oldest of these requests was made' }) oldestRequestedAt!: Date;
  @Field(() => [String]) orderNumbers!: string[];
  @Field(() => [String], { description: 'The purchase orders and transfers bringing these parts' }) incoming!: string[];
  @Field(() => [ID], { description: 'The awaited order lines not yet arrived nor linked to a document (to order them)' }) unlinkedOrderPartIds!: string[];
}

@Resolver(() => AwaitingPartsRow)
export class AwaitingPartsResolver {
  @Authorized('serviceOrder:read')
  @Query(() => [AwaitingPartsRow], { description: '待件清单 Parts waited for, per station and manufacturer (to request them)' })
  async awaitingParts(
    @Arg('stationId', () => ID, { nullable: true }) stationId: string | undefined,
    @Arg('manufacturerId', () => ID, { nullable: true }) manufacturerId: string | undefined,
    @Ctx() ctx: Context,
  ): Promise<AwaitingPartsRow[]> {
    const scope = scopeSql(ctx, ServiceOrder, 'o');
    const rows = await ctx.em.getConnection().execute<
      Array<{
        station_id: string;
        manufacturer_id: string | null;
        part_id: string;
        quantity: string;
        arrived: string;
        orders: string;
        oldest: Date;
        numbers: string[];
        incoming: string[];
        unlinked: string[];
      }>
    >(
      // Arrived lines stay listed (the station has to resume the repair); linked ones name what brings them.
      `select o.station_id, coalesce(p.manufacturer_id, pr.manufacturer_id) as manufacturer_id, l.part_id,
              sum(l.quantity) as quantity, coalesce(sum(l.quantity) filter (where l.arrived_at is not null), 0) as arrived,
              count(distinct o.id) as orders, min(l.created_at) as oldest,
              array_agg(distinct o.number order by o.number) as numbers,
              array_remove(array_agg(distinct coalesce(po.number, tr.number)), null) as incoming,
              array_remove(array_agg(case when l.arrived_at is null and a.id is null then l.id::text end), null) as unlinked
         from service_order_part l
         join service_order o on o.id = l.order_id
         join part p on p.id = l.part_id
         join product pr on pr.id = o.product_id
         left join stock_awaited_part a on a.order_part_id = l.id
         left join purchase_order po on po.id = a.purchase_order_id
         left join stock_transfer tr on tr.id = a.transfer_id
        where l.kind = 'awaited' and o.status = 'awaiting_parts'
          and (?::uuid is null or o.station_id = ?::uuid)
          and (?::uuid is null or coalesce(p.manufacturer_id, pr.manufacturer_id) = ?::uuid)
          ${scope ? `and ${scope.sql}` : ''}
        group by 1, 2, 3
        order by 1, 2, oldest`,
      [stationId ?? null, stationId ?? null, manufacturerId ?? null, manufacturerId ?? null, ...(scope?.bindings ?? [])],
    );
    return rows.map((r) => ({
      stationId: r.station_id,
      manufacturerId: r.manufacturer_id,
      partId: r.part_id,
      quantity: Number(r.quantity),
      arrivedQuantity: Number(r.arrived),
      orderCount: Number(r.orders),
      oldestRequestedAt: new Date(r.oldest),
      orderNumbers: r.numbers,
      incoming: r.incoming,
      unlinkedOrderPartIds: r.unlinked,
    }));
  }

  @FieldResolver(() => ServiceStation)
  station(@Root() row: AwaitingPartsRow, @Ctx() ctx: Context) {
    return ctx.loaders.load(ServiceStation, row.stationId);
  }

  @FieldResolver(() => Manufacturer, { nullable: true })
  manufacturer(@Root() row: AwaitingPartsRow, @Ctx() ctx: Context) {
    return ctx.loaders.load(Manufacturer, row.manufacturerId);
  }

  @FieldResolver(() => Part)
  part(@Root() row: AwaitingPartsRow, @Ctx() ctx: Context) {
    return ctx.loaders.load(Part, row.partId);
  }
}
