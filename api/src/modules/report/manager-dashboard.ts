import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { ServiceContext } from '../../common/service-context';
import { checkMonth } from './report-period';
import { currentMonth } from './report-period';
import { FaultCodeKind, FaultParetoRow, faultPareto } from './fault-pareto.report';
import { MonthlyReportGroup, monthlyRepairReport } from './monthly-repair.report';
import { returnVisitSatisfaction } from './satisfaction.report';
import { SlaBreachRow, slaBreaches } from './sla-breach.report';

/** Tiles of the manager's month; each names the report (and filter) behind it in the panel. */
@ObjectType({ description: '经理看板 The manager’s month at a glance, inside the caller’s scope' })
export class ManagerDashboard {
  @Field() month!: string;
  @Field(() => Int, { description: '接件 Received: monthlyRepairReport totals' }) received!: number;
  @Field(() => Float, { nullable: true, description: 'Change against the month before' }) receivedChange!: number | null;
  @Field(() => Int, { description: '完工 Completed' }) completed!: number;
  @Field(() => Float, { nullable: true, description: 'SLA 达成率 of the completed' }) slaAdherence!: number | null;
  @Field(() => Float, { nullable: true, description: '重修率' }) repeatRate!: number | null;
  @Field(() => Float, { nullable: true, description: '满意度 Average return-visit score' }) satisfaction!: number | null;
  @Field(() => Int, { description: '跳闸 Orders due in the month that missed their SLA: slaBreaches' }) breached!: number;
  @Field(() => [FaultParetoRow], { description: 'The five most frequent symptoms: faultPareto' }) topFaults!: FaultParetoRow[];
  @Field(() => [SlaBreachRow], { description: 'The five stations with the most SLA breaches (by band summed): slaBreaches' }) stationsBehind!: SlaBreachRow[];
  // The month's after-sales documents: monthlyRepairReport's totals (null when the caller may not read them).
  @Field(() => Int, { nullable: true, description: '投诉 Complaints received: complaints(filter: { receivedFrom, receivedTo })' }) complaintsReceived!: number | null;
  @Field(() => Int, { nullable: true, description: '投诉结案: filter { closedFrom, closedTo, status: CLOSED }' }) complaintsClosed!: number | null;
  @Field(() => Int, { nullable: true, description: '投诉超时: filter { receivedFrom, receivedTo, late: true }' }) complaintsOverdue!: number | null;
  @Field(() => Int, { nullable: true, description: '退换货申请: returnRequests(filter: { createdFrom, createdTo })' }) returnsReceived!: number | null;
  @Field(() => Int, { nullable: true, description: '退换货完成: filter { completedFrom, completedTo, status: COMPLETED }' }) returnsCompleted!: number | null;
  @Field(() => Float, { nullable: true, description: '退款金额: Σ refundTotal of filter { refundedFrom, refundedTo }' }) refundAmount!: number | null;
}

export async function managerDashboard(sc: ServiceContext, month?: string | null): Promise<ManagerDashboard> {
  const m = month ? checkMonth(month) : currentMonth(sc);
  const monthly = await monthlyRepairReport(sc, { from: m, groupBy: MonthlyReportGroup.NONE });
  const faults = await faultPareto(sc, { from: m, kind: FaultCodeKind.SYMPTOM, limit: 5 });
  const visits = await returnVisitSatisfaction(sc, { from: m });
  const sla = await slaBreaches(sc, { from: m });
  const perStation = new Map<string, SlaBreachRow>();
  for (const r of sla.rows) {
    const key = r.stationId ?? '';
    const s = perStation.get(key) ?? { ...r, band: null, due: 0, breached: 0, avgHoursLate: null };
    s.due += r.due;
    s.breached += r.breached;
    perStation.set(key, s);
  }
  const behind = [...perStation.values()]
    .filter((s) => s.breached > 0)
    .map((s) => ({ ...s, breachRate: s.due ? Math.round((s.breached / s.due) * 10_000) / 10_000 : null }))
    .sort((a, b) => b.breached - a.breached || (b.breachRate ?? 0) - (a.breachRate ?? 0))
    .slice(0, 5);
  const t = monthly.totals[0];
  return {
    month: m,
    received: t.received,
    receivedChange: t.receivedChange,
    completed: t.completed,
    slaAdherence: t.slaAdherence,
    repeatRate: t.repeatRate,
    satisfaction: visits[0]?.averageScore ?? null,
    breached: sla.breached,
    topFaults: faults.rows,
    stationsBehind: behind,
    complaintsReceived: t.complaintsReceived,
    complaintsClosed: t.complaintsClosed,
    complaintsOverdue: t.complaintsOverdue,
    returnsReceived: t.returnsReceived,
    returnsCompleted: t.returnsCompleted,
    refundAmount: t.refundAmount,
  };
}
