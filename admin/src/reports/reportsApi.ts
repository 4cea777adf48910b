import { useQuery } from '@tanstack/react-query';
import { request } from '../dataProvider';
import { businessTimeZone } from '../common/dateFormat';

/** The report queries, as the panel asks them (schema/schema.graphql has every field). */
export const REPORT_DOCUMENTS = {
  managerDashboard: `query managerDashboard($month: String) { result: managerDashboard(month: $month) { month received receivedChange completed slaAdherence repeatRate satisfaction breached complaintsReceived complaintsClosed complaintsOverdue returnsReceived returnsCompleted refundAmount
    topFaults { codeId code name nameEn count share } stationsBehind { stationId stationName due breached breachRate } } }`,
  monthlyRepairReport: `query monthlyRepairReport($filter: MonthlyReportFilter!) { result: monthlyRepairReport(filter: $filter) { months groupBy
    totals { month received completed cancelled avgTurnaroundHours p90TurnaroundHours repeatRate slaAdherence inWarranty outOfWarranty receivedChange completedChange complaintsReceived complaintsClosed complaintsOverdue returnsReceived returnsCompleted refundAmount }
    rows { month groupId groupName received completed cancelled avgTurnaroundHours p90TurnaroundHours repeatRate slaAdherence inWarranty outOfWarranty complaintsReceived complaintsClosed complaintsOverdue returnsReceived returnsCompleted refundAmount } } }`,
  manufacturerSettlement: `query manufacturerSettlement($filter: SettlementFilter!) { result: manufacturerSettlement(filter: $filter) { manufacturerId manufacturerName month status orders labourFee visitFee partsFee total
    statement { id number confirmedAt confirmedBy note } lines { orderId orderNumber completedAt modelNumber productName serialNumber stationName labourFee visitFee partsFee total carriedOver } } }`,
  confirmSettlement: `mutation confirmSettlement($input: SettlementConfirmInput!) { result: confirmSettlement(input: $input) { status statement { number } } }`,
  technicianCommission: `query technicianCommission($filter: CommissionFilter!) { result: technicianCommission(filter: $filter) { technicianId technicianCode technicianName stationName baseWage coefficient wageCap orders credited commission gross capDeduction rewards deductions total
    lines { orderId orderNumber completedAt labourFee visitFee technicians lead credited coefficient commission } adjustments { id kind amount reason enteredBy createdAt } } }`,
  addCommissionAdjustment: `mutation addCommissionAdjustment($input: CommissionAdjustmentInput!) { result: addCommissionAdjustment(input: $input) { id } }`,
  deleteCommissionAdjustment: `mutation deleteCommissionAdjustment($id: ID!) { result: deleteCommissionAdjustment(id: $id) }`,
  technicianLeaderboard: `query technicianLeaderboard($filter: LeaderboardFilter!) { result: technicianLeaderboard(filter: $filter) { month weights { completed turnaround repeatRate satisfaction overdue }
    rows { rank technicianId technicianCode technicianName stationName completed avgTurnaroundHours repeatRate satisfaction overdue score } } }`,
  updateLeaderboardWeights: `mutation updateLeaderboardWeights($input: LeaderboardWeightsInput!) { result: updateLeaderboardWeights(input: $input) { completed } }`,
  faultPareto: `query faultPareto($filter: FaultParetoFilter!) { result: faultPareto(filter: $filter) { total uncoded rows { codeId code name nameEn count share cumulativeShare } } }`,
  partsConsumption: `query partsConsumption($filter: PartsConsumptionFilter!) { result: partsConsumption(filter: $filter) { partId partCode partName quantity orders charged cost } }`,
  stockTurnover: `query stockTurnover($filter: StockTurnoverFilter!) { result: stockTurnover(filter: $filter) { warehouseId warehouseCode warehouseName stationName openingValue closingValue issuedCost turnover turnoverDays } }`,
  returnVisitSatisfaction: `query returnVisitSatisfaction($filter: SatisfactionFilter!) { result: returnVisitSatisfaction(filter: $filter) { stationId stationName visits averageScore scoreCounts unsatisfied satisfiedRate reworkOrders } }`,
  slaBreaches: `query slaBreaches($filter: SlaBreachFilter!) { result: slaBreaches(filter: $filter) { due breached breachRate rows { stationId stationName band due breached breachRate avgHoursLate }
    orders { orderId orderNumber stationName band slaDueAt stoppedAt hoursLate } } }`,
} as const;

export type ReportDocument = keyof typeof REPORT_DOCUMENTS;

export async function callReport<T>(name: ReportDocument, variables: Record<string, unknown>): Promise<T> {
  const kind = REPORT_DOCUMENTS[name].startsWith('mutation') ? 'mutation' : 'query';
  return (await request(REPORT_DOCUMENTS[name], variables, kind)).result as T;
}

/** A report query as react-query data, keyed by its filter (each change of a filter asks again). */
export function useReport<T>(name: ReportDocument, filter: Record<string, unknown> | undefined, variable = 'filter') {
  return useQuery({
    queryKey: ['report', name, filter],
    queryFn: () => callReport<T>(name, { [variable]: filter }),
    enabled: filter !== undefined,
  });
}

/** The current month in the business time zone: where every report page starts. */
export function thisMonth(timeZone = businessTimeZone()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date()).slice(0, 7);
}

export const percent = (v: number | null | undefined) => (v == null ? '—' : `${(v * 100).toFixed(1)}%`);
export const hours = (v: number | null | undefined) => (v == null ? '—' : v.toFixed(1));
export const signedPercent = (v: number | null | undefined) => (v == null ? '—' : `${v > 0 ? '+' : ''}${(v * 100).toFixed(1)}%`);
