import { Field, Float, ID, InputType, ObjectType } from 'type-graphql';
import { IsOptional, IsUUID, Matches } from 'class-validator';
import { scopeSql } from '../../common/access/scoped';
import { assertMayRead } from '../../common/access/policy';
import { isPartner } from '../../common/access/actors';
import { forbidden } from '../../common/errors';
import type { ServiceContext } from '../../common/service-context';
import { sql, param, raw } from '../query/sql';
import { StockMovement } from '../stock/ledger/movement.entity';
import { MovementKind } from '../stock/stock.enums';
import { andScope, num, period, query, round } from './report-period';
import { MONTH_PATTERN } from './monthly-repair.report';

/** What leaves a warehouse into use or sale: the flow turnover is measured by (transfers, borrowing, losses and stocktakes are not). */
export const ISSUE_KINDS = [MovementKind.CONSUMPTION, MovementKind.REQUISITION_OUT, MovementKind.SALE];

@InputType({ description: '库存周转 Warehouses over the months' })
export class StockTurnoverFilter {
  @Field({ description: 'YYYY-MM' }) @Matches(MONTH_PATTERN) from!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(MONTH_PATTERN) to?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() stationId?: string;
}

@ObjectType({ description: '库存金额与周转率 A warehouse’s stock value at the start and end of the period and how often it turned' })
export class StockTurnoverRow {
  @Field(() => ID) warehouseId!: string;
  @Field() warehouseCode!: string;
  @Field() warehouseName!: string;
  @Field(() => ID) stationId!: string;
  @Field() stationName!: string;
  @Field(() => Float, { description: 'Σ quantity × unit cost of the ledger before the period' }) openingValue!: number;
  @Field(() => Float, { description: 'The same at the end of the period' }) closingValue!: number;
  @Field(() => Float, { description: 'Cost of what was consumed on orders, requisitioned and sold in the period' }) issuedCost!: number;
  @Field(() => Float, { nullable: true, description: '周转率 issuedCost / ((opening + closing) / 2)' }) turnover!: number | null;
  @Field(() => Float, { nullable: true, description: '周转天数 days of the period / turnover' }) turnoverDays!: number | null;
}

export async function stockTurnover(sc: ServiceContext, f: StockTurnoverFilter): Promise<StockTurnoverRow[]> {
  assertMayRead(sc.actor, StockMovement);
  if (sc.actor && isPartner(sc.actor)) throw forbidden('stock value');
  const p = period(sc, f.from, f.to);
  const days = (p.to.getTime() - p.from.getTime()) / 86_400_000;
  const station = f.stationId ? sql` and w.station_id = ${param(f.stationId)}` : raw('');
  const scope = andScope(scopeSql(sc, StockMovement, 'm'));
  const rows = await query<{ id: string; code: string; name: string; station_id: string; station_name: string; opening: string; closing: string; issued: string }>(
    sc,
    sql`
    select w.id, w.code, w.name, w.station_id, s.name station_name,
           round(coalesce(sum(m.quantity * m.unit_cost) filter (where m.at < ${param(p.from)}), 0), 2) opening,
           round(coalesce(sum(m.quantity * m.unit_cost), 0), 2) closing,
           round(coalesce(sum(-m.quantity * m.unit_cost) filter (where m.at >= ${param(p.from)} and m.kind = any(${param(`{${ISSUE_KINDS.join(',')}}`)}::text[])), 0), 2) issued
      from stock_movement m join warehouse w on w.id = m.warehouse_id join service_station s on s.id = w.station_id
     where m.at < ${param(p.to)} ${station} ${scope}
     group by w.id, w.code, w.name, w.station_id, s.name
     order by w.code`,
  );
  return rows.map((r) => {
    const opening = num(r.opening);
    const closing = num(r.closing);
    const issued = num(r.issued);
    const average = (opening + closing) / 2;
    const turns = average > 0 ? issued / average : null;
    const turnover = turns === null ? null : round(turns);
    return {
      warehouseId: r.id,
      warehouseCode: r.code,
      warehouseName: r.name,
      stationId: r.station_id,
      stationName: r.station_name,
      openingValue: opening,
      closingValue: closing,
      issuedCost: issued,
      turnover,
      turnoverDays: turns ? round(days / turns, 1) : null,
    };
  });
}
