import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsOptional, IsUUID, Matches, MaxLength } from 'class-validator';
import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import { scopeSql, findInScope } from '../../common/access/scoped';
import { assertMayRead } from '../../common/access/policy';
import { isMakerKey, isPartner } from '../../common/access/actors';
import { badInput, conflict, fieldError, forbidden, notFound, settled } from '../../common/errors';
import type { ServiceContext } from '../../common/service-context';
import { labelledEnum } from '../../graphql/enums';
import { Manufacturer } from '../product/manufacturer.entity';
import { sql, param, raw, type Fragment } from '../query/sql';
import { ServiceOrder } from '../service-order/service-order.entity';
import { Payer, ServiceOrderStatus } from '../service-order/service-order.enums';
import { addMonths, andScope, checkMonth, monthStart, num, query } from './report-period';
import { MONTH_PATTERN } from './monthly-repair.report';
import { SettlementLine, SettlementStatement } from './settlement.entity';
import { mayConfirmSettlement } from './report-abilities';
import './report.labels';

export enum SettlementStatus {
  OPEN = 'open',
  CONFIRMED = 'confirmed',
}
labelledEnum(SettlementStatus, 'SettlementStatus', { description: '结算状态 Open (live, may still change) or confirmed (frozen)' });

/** How far back an order whose payer changed after its month was confirmed is carried into the next statement. */
export const CARRY_OVER_MONTHS = 12;

@InputType({ description: '对厂结算 A manufacturer and a month' })
export class SettlementFilter {
  @Field(() => ID) @IsUUID() manufacturerId!: string;
  @Field({ description: 'YYYY-MM' }) @Matches(MONTH_PATTERN) month!: string;
}

@InputType()
export class SettlementConfirmInput extends SettlementFilter {
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(500) note?: string;
}

@ObjectType({ description: '结算明细 One order of a settlement: in-warranty labour, visit fee and parts' })
export class SettlementLineView {
  @Field(() => ID) orderId!: string;
  @Field() orderNumber!: string;
  @Field() completedAt!: Date;
  @Field() modelNumber!: string;
  @Field() productName!: string;
  @Field() serialNumber!: string;
  @Field(() => String, { nullable: true }) stationName!: string | null;
  @Field(() => Float) labourFee!: number;
  @Field(() => Float) visitFee!: number;
  @Field(() => Float) partsFee!: number;
  @Field(() => Float) total!: number;
  @Field({ description: 'Completed in an earlier, already confirmed month (its payer changed afterwards)' }) carriedOver!: boolean;
}

@ObjectType({ description: '对厂结算 A manufacturer’s month: live while open, the frozen snapshot once confirmed' })
export class ManufacturerSettlement {
  @Field(() => ID) manufacturerId!: string;
  @Field() manufacturerName!: string;
  @Field() month!: string;
  @Field(() => SettlementStatus) status!: SettlementStatus;
  @Field(() => SettlementStatement, { nullable: true }) statement!: SettlementStatement | null;
  @Field(() => Int) orders!: number;
  @Field(() => Float) labourFee!: number;
  @Field(() => Float) visitFee!: number;
  @Field(() => Float) partsFee!: number;
  @Field(() => Float) total!: number;
  @Field(() => [SettlementLineView]) lines!: SettlementLineView[];
}

interface RawLine {
  id: string;
  number: string;
  completed_at: Date;
  model_number: string;
  product_name: string;
  serial_number: string;
  station_name: string | null;
  labour: string;
  visit: string;
  parts: string;
  carried: boolean;
}

/** The open month: the manufacturer's orders it pays for, completed in the month and on no statement yet (plus carry-overs). */
function liveLines(sc: ServiceContext, manufacturerId: string, month: string, lock: boolean): Fragment {
  const tz = sc.config.timeZone;
  const from = monthStart(month, tz);
  const to = monthStart(addMonths(month, 1), tz);
  const carryFrom = monthStart(addMonths(month, -CARRY_OVER_MONTHS), tz);
  const scope = andScope(scopeSql(sc, ServiceOrder, 'o'));
  return sql`
    select o.id, o.number, o.completed_at, p.model_number, p.name product_name, o.serial_number, s.name station_name,
           coalesce(o.labour_fee, 0) labour, coalesce(o.visit_fee, 0) visit, coalesce(o.parts_fee, 0) parts, o.completed_at < ${param(from)} carried
      from service_order o
      join product p on p.id = o.product_id
      left join service_station s on s.id = o.station_id
     where p.manufacturer_id = ${param(manufacturerId)} and o.payer = ${param(Payer.MANUFACTURER)} and o.status <> ${param(ServiceOrderStatus.CANCELLED)}
       and o.completed_at < ${param(to)}
       and (o.completed_at >= ${param(from)}
            or (o.completed_at >= ${param(carryFrom)} and exists (select 1 from settlement_statement st
                 where st.manufacturer_id = p.manufacturer_id and st.month = to_char(o.completed_at at time zone ${param(tz)}, 'YYYY-MM'))))
       and not exists (select 1 from settlement_line l where l.order_id = o.id)
       ${scope}
     order by o.completed_at, o.number
     ${raw(lock ? 'for update of o' : '')}`;
}

function frozenLines(sc: ServiceContext, statementId: string): Fragment {
  const scope = andScope(scopeSql(sc, ServiceOrder, 'o'));
  return sql`
    select o.id, l.order_number number, l.completed_at, p.model_number, p.name product_name, o.serial_number, s.name station_name,
           l.labour_fee labour, l.visit_fee visit, l.parts_fee parts, l.carried_over carried
      from settlement_line l
      join service_order o on o.id = l.order_id
      join product p on p.id = o.product_id
      left join service_station s on s.id = o.station_id
     where l.statement_id = ${param(statementId)} ${scope}
     order by l.completed_at, l.order_number`;
}

const cents = (n: number) => Math.round(n * 100) / 100;

function toLine(r: RawLine): SettlementLineView {
  const labourFee = num(r.labour);
  const visitFee = num(r.visit);
  const partsFee = num(r.parts);
  return {
    orderId: r.id,
    orderNumber: r.number,
    completedAt: new Date(r.completed_at),
    modelNumber: r.model_number,
    productName: r.product_name,
    serialNumber: r.serial_number,
    stationName: r.station_name,
    labourFee,
    visitFee,
    partsFee,
    total: cents(labourFee + visitFee + partsFee),
    carriedOver: !!r.carried,
  };
}

function totals(lines: SettlementLineView[]) {
  const sum = (k: 'labourFee' | 'visitFee' | 'partsFee' | 'total') => cents(lines.reduce((n, l) => n + Math.round(l[k] * 100), 0) / 100);
  return { orders: lines.length, labourFee: sum('labourFee'), visitFee: sum('visitFee'), partsFee: sum('partsFee'), total: sum('total') };
}

/** The manufacturer as the caller may see it: a manufacturer's key its own only (others are NOT_FOUND). */
async function visibleManufacturer(sc: ServiceContext, id: string): Promise<Manufacturer> {
  const [found] = await findInScope(sc, Manufacturer, { id });
  if (!found) throw notFound({ zh: '厂家', en: 'manufacturer' }, id);
  return found;
}

export async function manufacturerSettlement(sc: ServiceContext, filter: SettlementFilter): Promise<ManufacturerSettlement> {
  assertMayRead(sc.actor, ServiceOrder);
  // A settlement is between the company and a manufacturer: other partners have none.
  if (sc.actor && isPartner(sc.actor) && !isMakerKey(sc.actor)) throw forbidden('settlement');
  const month = checkMonth(filter.month);
  const maker = await visibleManufacturer(sc, filter.manufacturerId);
  const statement = await sc.em.findOne(SettlementStatement, { manufacturer: maker.id, month });
  const raw = await query<RawLine>(sc, statement ? frozenLines(sc, statement.id) : liveLines(sc, maker.id, month, false));
  const lines = raw.map(toLine);
  // A confirmed statement's totals are its own (what was agreed), seen whole by the office and the
  // manufacturer; station staff see their orders' part of it.
  const sums = statement && !sc.actor?.stationId ? { orders: statement.orders, labourFee: statement.labourFee, visitFee: statement.visitFee, partsFee: statement.partsFee, total: statement.total } : totals(lines);
  return {
    manufacturerId: maker.id,
    manufacturerName: maker.name,
    month,
    status: statement ? SettlementStatus.CONFIRMED : SettlementStatus.OPEN,
    statement: statement ?? null,
    ...sums,
    lines,
  };
}

function assertMayConfirm(sc: ServiceContext): void {
  if (!mayConfirmSettlement(sc.actor)) throw forbidden('settlement.confirm');
}

/**
 * Confirms a month: its lines are written as they are now (the orders locked while they are read,
 * so a concurrent fee change either lands first or is refused after), and the statement is frozen.
 */
export async function confirmSettlement(sc: ServiceContext, input: SettlementConfirmInput): Promise<ManufacturerSettlement> {
  assertMayConfirm(sc);
  const month = checkMonth(input.month);
  const maker = await visibleManufacturer(sc, input.manufacturerId);
  if (monthStart(addMonths(month, 1), sc.config.timeZone) > sc.now()) {
    throw badInput([fieldError('month', '尚未结束：月份结束后才能确认结算', 'has not ended yet: a month is confirmed once it is over')]);
  }
  if (await sc.em.count(SettlementStatement, { manufacturer: maker.id, month })) throw conflict('month', month);
  const lines = (await query<RawLine>(sc, liveLines(sc, maker.id, month, true))).map(toLine);
  const sums = totals(lines);
  const statement = sc.em.create(SettlementStatement, {
    number: `JS-${month.replace('-', '')}-${maker.code}`,
    manufacturer: maker,
    month,
    ...sums,
    confirmedAt: sc.now(),
    confirmedBy: sc.actor?.displayName ?? sc.actor?.label ?? 'system',
    note: input.note?.trim() || null,
  } as never);
  sc.em.persist(statement);
  await sc.em.flush();
  if (lines.length) {
    await sc.em.insertMany(
      SettlementLine,
      lines.map((l) => ({
        id: uuidv7(),
        statement: statement.id,
        order: l.orderId,
        orderNumber: l.orderNumber,
        completedAt: l.completedAt,
        labourFee: l.labourFee,
        visitFee: l.visitFee,
        partsFee: l.partsFee,
        total: l.total,
        carriedOver: l.carriedOver,
      })) as never,
    );
  }
  return manufacturerSettlement(sc, input);
}

/** Refuses a change to an order's fees or payer once a confirmed statement holds it (call with the order locked). */
export async function assertNotSettled(em: EntityManager, order: Pick<ServiceOrder, 'id' | 'number'>): Promise<void> {
  const line = await em.findOne(SettlementLine, { order: order.id }, { populate: ['statement'] });
  if (line) throw settled(order.number, line.statement.getEntity().number);
}
