import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsOptional, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { scopeSql, findInScope } from '../../common/access/scoped';
import { conditionSql } from '../../common/access/scope-sql';
import { forbidden, notFound } from '../../common/errors';
import type { ServiceContext } from '../../common/service-context';
import { mayAdjustCommission } from './report-abilities';
import { sql, param, raw, type Fragment } from '../query/sql';
import { ServiceOrder } from '../service-order/service-order.entity';
import { Technician } from '../station/technician.entity';
import { payScope } from '../station/station.policy';
import { andScope, checkMonth, num, numOrNull, period, query } from './report-period';
import { MONTH_PATTERN } from './monthly-repair.report';
import { AdjustmentKind, CommissionAdjustment } from './commission-adjustment.entity';

@InputType({ description: '提成工资 A month, optionally one station or technician' })
export class CommissionFilter {
  @Field({ description: 'YYYY-MM' }) @Matches(MONTH_PATTERN) month!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() stationId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() technicianId?: string;
}

@InputType({ description: '奖惩 A reward or deduction for a technician’s month, with its reason' })
export class CommissionAdjustmentInput {
  @Field(() => ID) @IsUUID() technicianId!: string;
  @Field({ description: 'YYYY-MM' }) @Matches(MONTH_PATTERN) month!: string;
  @Field(() => AdjustmentKind) kind!: AdjustmentKind;
  @Field(() => Float, { description: 'Yuan, positive' }) @Min(0.01) @Max(99_999_999.99) amount!: number;
  @Field() @MinLength(2) @MaxLength(500) reason!: string;
}

@ObjectType({ description: '提成明细 One completed order’s part of a technician’s commission' })
export class CommissionLine {
  @Field(() => ID) orderId!: string;
  @Field() orderNumber!: string;
  @Field() completedAt!: Date;
  @Field(() => Float, { description: '工时费 The order’s labour fee' }) labourFee!: number;
  @Field(() => Float, { description: '上门费 The order’s visit fee' }) visitFee!: number;
  @Field(() => Int, { description: 'Technicians on the order: the fees are split between them' }) technicians!: number;
  @Field({ description: 'Credited with the remainder cents of the split (the lead, else the first)' }) lead!: boolean;
  @Field(() => Float, { description: '计提金额 This technician’s share of labour + visit fee' }) credited!: number;
  @Field(() => Float, { description: 'Commission coefficient applied' }) coefficient!: number;
  @Field(() => Float, { description: '提成 credited × coefficient, to the cent' }) commission!: number;
}

@ObjectType({ description: '提成工资 A technician’s month: base wage + commission, capped, plus rewards, minus deductions' })
export class TechnicianCommission {
  @Field(() => ID) technicianId!: string;
  @Field() technicianCode!: string;
  @Field() technicianName!: string;
  @Field(() => ID) stationId!: string;
  @Field() stationName!: string;
  @Field(() => Float, { description: '底薪' }) baseWage!: number;
  @Field(() => Float, { description: '提成系数' }) coefficient!: number;
  @Field(() => Float, { nullable: true, description: '工资上限 (none: no cap)' }) wageCap!: number | null;
  @Field(() => Int) orders!: number;
  @Field(() => Float, { description: 'Σ credited' }) credited!: number;
  @Field(() => Float, { description: '提成 Σ line commission' }) commission!: number;
  @Field(() => Float, { description: 'baseWage + commission' }) gross!: number;
  @Field(() => Float, { description: 'What the cap took off (0 under it)' }) capDeduction!: number;
  @Field(() => Float, { description: '奖励' }) rewards!: number;
  @Field(() => Float, { description: '扣款' }) deductions!: number;
  @Field(() => Float, { description: '应发 gross − capDeduction + rewards − deductions' }) total!: number;
  @Field(() => [CommissionLine]) lines!: CommissionLine[];
  @Field(() => [CommissionAdjustment]) adjustments!: CommissionAdjustment[];
}

/**
 * Whose commission the caller reads, as SQL on the technician `t` (the technician policy's
 * `payScope`): every technician's, their station's, or their own. Anyone else, partners
 * included, gets FORBIDDEN, not an empty report.
 */
function payScopeSql(sc: ServiceContext): Fragment {
  const scope = payScope(sc.actor);
  if (scope === null) throw forbidden('technician.baseWage');
  return andScope(scope ? conditionSql(sc.em, Technician, 't', scope as never) : undefined);
}

/**
 * Every technician's share of every order completed in the month: the order's labour + visit fee
 * split equally (floor to the cent), the remainder cents to the lead technician (else the first by
 * id), so the shares of an order add up to its fees exactly.
 */
function linesCte(sc: ServiceContext, from: Date, to: Date): Fragment {
  const scope = andScope(scopeSql(sc, ServiceOrder, 'o'));
  return sql`
    a as (
      select a.order_id, a.technician_id, o.number, o.completed_at,
             coalesce(o.labour_fee, 0) labour, coalesce(o.visit_fee, 0) visit, coalesce(o.labour_fee, 0) + coalesce(o.visit_fee, 0) fee,
             count(*) over (partition by a.order_id) n,
             row_number() over (partition by a.order_id order by a.lead desc, a.technician_id) rn
        from service_order_technician a join service_order o on o.id = a.order_id
       where o.completed_at >= ${param(from)} and o.completed_at < ${param(to)} ${scope}),
    l as (
      select a.*, t.commission_coefficient coef,
             case when a.rn = 1 then a.fee - (a.n - 1) * floor(a.fee * 100 / a.n) / 100 else floor(a.fee * 100 / a.n) / 100 end share
        from a join technician t on t.id = a.technician_id),
    lc as (select l.*, round(l.share * l.coef::numeric, 2) commission from l)`;
}

/** One technician asked for by id: NOT_FOUND outside the caller's scope, FORBIDDEN when it is someone else's pay (a technician asking for a colleague's). */
async function assertMayReadPayOf(sc: ServiceContext, technicianId: string): Promise<void> {
  const [technician] = await findInScope(sc, Technician, { id: technicianId });
  if (!technician) throw notFound({ zh: '维修员', en: 'technician' }, technicianId);
  const scope = payScope(sc.actor);
  if (scope && !(await sc.em.count(Technician, { $and: [{ id: technicianId }, scope] }))) throw forbidden('technician.baseWage');
}

function technicianFilter(sc: ServiceContext, f: CommissionFilter, pay: Fragment): Fragment {
  const station = f.stationId ? sql` and t.station_id = ${param(f.stationId)}` : raw('');
  const one = f.technicianId ? sql` and t.id = ${param(f.technicianId)}` : raw('');
  return sql`${station}${one}${andScope(scopeSql(sc, Technician, 't'))}${pay}`;
}

interface RawTech {
  id: string;
  code: string;
  name: string;
  station_id: string;
  station_name: string;
  base_wage: string;
  wage_cap: string | null;
  coef: number;
  orders: string;
  credited: string;
  commission: string;
  rewards: string;
  deductions: string;
}

interface RawLine {
  technician_id: string;
  order_id: string;
  number: string;
  completed_at: Date;
  labour: string;
  visit: string;
  n: string;
  rn: string;
  coef: number;
  share: string;
  commission: string;
}

const cents = (n: number) => Math.round(n * 100) / 100;

export async function technicianCommission(sc: ServiceContext, filter: CommissionFilter): Promise<TechnicianCommission[]> {
  const pay = payScopeSql(sc);
  if (filter.technicianId) await assertMayReadPayOf(sc, filter.technicianId);
  const month = checkMonth(filter.month);
  const p = period(sc, month);
  const ctes = linesCte(sc, p.from, p.to);
  const who = technicianFilter(sc, filter, pay);
  // The month's lines are read beside the totals (two pooled connections), not after them.
  const techsRead = query<RawTech>(
    sc,
    sql`with ${ctes},
      per as (select technician_id, count(*) orders, sum(share) credited, sum(commission) commission from lc group by 1),
      adj as (select technician_id, coalesce(sum(amount) filter (where kind = ${param(AdjustmentKind.REWARD)}), 0) rewards,
                     coalesce(sum(amount) filter (where kind = ${param(AdjustmentKind.DEDUCTION)}), 0) deductions
                from commission_adjustment where month = ${param(month)} group by 1)
      select t.id, t.code, t.name, t.station_id, s.name station_name, t.base_wage, t.wage_cap, t.commission_coefficient coef,
             coalesce(per.orders, 0) orders, coalesce(per.credited, 0) credited, coalesce(per.commission, 0) commission,
             coalesce(adj.rewards, 0) rewards, coalesce(adj.deductions, 0) deductions
        from technician t join service_station s on s.id = t.station_id
        left join per on per.technician_id = t.id left join adj on adj.technician_id = t.id
       where (t.active or per.technician_id is not null or adj.technician_id is not null) ${who}
       order by s.code, t.code`,
  );
  const linesRead = query<RawLine>(
    sc,
    sql`with ${ctes} select lc.* from lc join technician t on t.id = lc.technician_id where true ${who} order by lc.completed_at, lc.number`,
  );
  const [techs, lines] = await Promise.all([techsRead, linesRead]);
  if (!techs.length) return [];
  const ids = techs.map((t) => t.id);
  const adjustments = await sc.em.find(CommissionAdjustment, { month, technician: { $in: ids } }, { orderBy: { createdAt: 'asc' } });
  const linesOf = new Map<string, CommissionLine[]>();
  for (const l of lines) {
    const list = linesOf.get(l.technician_id) ?? [];
    list.push({
      orderId: l.order_id,
      orderNumber: l.number,
      completedAt: new Date(l.completed_at),
      labourFee: num(l.labour),
      visitFee: num(l.visit),
      technicians: num(l.n),
      lead: num(l.rn) === 1,
      credited: num(l.share),
      coefficient: Number(l.coef),
      commission: num(l.commission),
    });
    linesOf.set(l.technician_id, list);
  }
  return techs.map((t) => {
    const baseWage = num(t.base_wage);
    const commission = num(t.commission);
    const gross = cents(baseWage + commission);
    const cap = numOrNull(t.wage_cap);
    const capDeduction = cap !== null && gross > cap ? cents(gross - cap) : 0;
    const rewards = num(t.rewards);
    const deductions = num(t.deductions);
    return {
      technicianId: t.id,
      technicianCode: t.code,
      technicianName: t.name,
      stationId: t.station_id,
      stationName: t.station_name,
      baseWage,
      coefficient: Number(t.coef),
      wageCap: cap,
      orders: num(t.orders),
      credited: num(t.credited),
      commission,
      gross,
      capDeduction,
      rewards,
      deductions,
      total: cents(gross - capDeduction + rewards - deductions),
      lines: linesOf.get(t.id) ?? [],
      adjustments: adjustments.filter((a) => a.technicianId === t.id),
    };
  });
}

function assertMayAdjust(sc: ServiceContext): void {
  if (!mayAdjustCommission(sc.actor)) throw forbidden('commission.adjust');
}

export async function addCommissionAdjustment(sc: ServiceContext, input: CommissionAdjustmentInput): Promise<CommissionAdjustment> {
  assertMayAdjust(sc);
  const month = checkMonth(input.month);
  const [technician] = await findInScope(sc, Technician, { id: input.technicianId });
  if (!technician) throw notFound({ zh: '维修员', en: 'technician' }, input.technicianId);
  const adjustment = sc.em.create(CommissionAdjustment, {
    technician,
    month,
    kind: input.kind,
    amount: cents(input.amount),
    reason: input.reason.trim(),
    enteredBy: sc.actor?.displayName ?? sc.actor?.label ?? 'system',
  } as never);
  sc.em.persist(adjustment);
  await sc.em.flush();
  return adjustment;
}

export async function deleteCommissionAdjustment(sc: ServiceContext, id: string): Promise<boolean> {
  assertMayAdjust(sc);
  const [found] = await findInScope(sc, CommissionAdjustment, { id });
  if (!found) throw notFound({ zh: '奖惩记录', en: 'commission adjustment' }, id);
  sc.em.remove(found);
  await sc.em.flush();
  return true;
}
