import { coerceInputValue, isInputObjectType, type GraphQLSchema } from 'graphql';
import { validate } from 'class-validator';
import { badInput, forbidden, type FieldError } from '../../common/errors';
import { can } from '../auth/actor';
import type { Bilingual, Lang } from '../../common/i18n';
import { enumLabel, textOf } from '../../common/labels/catalogue';
import type { ServiceContext } from '../../common/service-context';
import { labelledEnum } from '../../graphql/enums';
import { flattenValidation } from '../../graphql/format-error';
import type { FieldType } from '../query/catalogue';
import type { OutputColumn } from '../query/compile';
import { CommissionFilter, technicianCommission } from './commission.report';
import { FaultParetoFilter, faultPareto } from './fault-pareto.report';
import { LeaderboardFilter, technicianLeaderboard } from './leaderboard.report';
import { MonthlyReportFilter, monthlyRepairReport } from './monthly-repair.report';
import { PartsConsumptionFilter, partsConsumption } from './parts-consumption.report';
import { SatisfactionFilter, returnVisitSatisfaction } from './satisfaction.report';
import { SettlementFilter, manufacturerSettlement } from './settlement.report';
import { SlaBreachFilter, slaBreaches } from './sla-breach.report';
import { StockTurnoverFilter, stockTurnover } from './stock-turnover.report';
import './report.labels';

/** The reports a file can be written of (`startExport(input: { report, reportParams })`). */
export enum ReportName {
  MONTHLY_REPAIR = 'monthlyRepairReport',
  MANUFACTURER_SETTLEMENT = 'manufacturerSettlement',
  TECHNICIAN_COMMISSION = 'technicianCommission',
  TECHNICIAN_LEADERBOARD = 'technicianLeaderboard',
  FAULT_PARETO = 'faultPareto',
  PARTS_CONSUMPTION = 'partsConsumption',
  STOCK_TURNOVER = 'stockTurnover',
  RETURN_VISIT_SATISFACTION = 'returnVisitSatisfaction',
  SLA_BREACHES = 'slaBreaches',
}
labelledEnum(ReportName, 'ReportName', { description: '报表 A report that can be exported (its query’s name); reportParams is that query’s filter' });

/** A report as a table: the same figures as its query, one row per line, totals last. */
export interface ReportTable {
  title: string;
  columns: OutputColumn[];
  rows: unknown[][];
}

const col = (key: string, type: FieldType = 'text', enumName?: string): OutputColumn => ({
  key,
  label: textOf(`report.col.${key}`),
  type,
  enumName,
  decode: (v: unknown) => v,
});

interface ReportSpec {
  filter: new () => object;
  filterType: string;
  table(sc: ServiceContext, filter: never, lang: Lang): Promise<Omit<ReportTable, 'title'>>;
}

const monthly: ReportSpec = {
  filter: MonthlyReportFilter,
  filterType: 'MonthlyReportFilter',
  async table(sc, f: MonthlyReportFilter, lang) {
    const r = await monthlyRepairReport(sc, f);
    const afterSales = ['complaintsReceived', 'complaintsClosed', 'complaintsOverdue', 'returnsReceived', 'returnsCompleted', 'refundAmount'] as const;
    // The after-sales columns only where they have figures (totals and station rows, for a caller who reads those documents).
    const withAfterSales = r.totals.some((row) => row.complaintsReceived !== null || row.returnsReceived !== null);
    const figures = [
      ...(['received', 'completed', 'cancelled', 'avgTurnaroundHours', 'p90TurnaroundHours', 'repeatRate', 'slaAdherence', 'inWarranty', 'outOfWarranty'] as const),
      ...(withAfterSales ? afterSales : []),
    ];
    const types: Record<string, FieldType> = { avgTurnaroundHours: 'number', p90TurnaroundHours: 'number', repeatRate: 'number', slaAdherence: 'number', refundAmount: 'money' };
    const grouped = r.rows.length > 0 || f.groupBy !== 'none';
    return {
      columns: [col('month'), ...(grouped ? [col('group')] : []), ...figures.map((k) => col(k, types[k] ?? 'integer')), col('receivedChange', 'number')],
      rows: [
        ...r.rows.map((row) => [row.month, row.groupName ?? row.groupId ?? '', ...figures.map((k) => row[k]), null]),
        ...r.totals.map((row) => [row.month, ...(grouped ? [textOf('report.all')[lang]] : []), ...figures.map((k) => row[k]), row.receivedChange]),
      ],
    };
  },
};

/** The layout a manufacturer reconciles against: one line per order with its number, then the totals. */
const settlement: ReportSpec = {
  filter: SettlementFilter,
  filterType: 'SettlementFilter',
  async table(sc, f: SettlementFilter, lang) {
    const r = await manufacturerSettlement(sc, f);
    return {
      columns: [col('orderNumber'), col('completedAt', 'datetime'), col('modelNumber'), col('productName'), col('serialNumber'), col('station'), col('labourFee', 'money'), col('visitFee', 'money'), col('partsFee', 'money'), col('total', 'money'), col('carriedOver', 'boolean')],
      rows: [
        ...r.lines.map((l) => [l.orderNumber, l.completedAt.toISOString(), l.modelNumber, l.productName, l.serialNumber, l.stationName, l.labourFee, l.visitFee, l.partsFee, l.total, l.carriedOver]),
        [`${textOf('report.all')[lang]} (${r.orders}) ${r.manufacturerName} ${r.month} ${enumLabel('SettlementStatus', r.status.toUpperCase())[lang]}${r.statement ? ` ${r.statement.number}` : ''}`, null, null, null, null, null, r.labourFee, r.visitFee, r.partsFee, r.total, null],
      ],
    };
  },
};

/** Each technician's summary line, then the order lines that make it (reproducible line by line). */
const commission: ReportSpec = {
  filter: CommissionFilter,
  filterType: 'CommissionFilter',
  async table(sc, f: CommissionFilter) {
    const r = await technicianCommission(sc, f);
    const rows: unknown[][] = [];
    for (const t of r) {
      rows.push([t.technicianCode, t.technicianName, t.stationName, null, null, t.orders, t.credited, t.coefficient, t.commission, t.baseWage, t.wageCap, t.capDeduction, t.rewards, t.deductions, t.total]);
      for (const l of t.lines) rows.push([t.technicianCode, t.technicianName, t.stationName, l.orderNumber, l.technicians, null, l.credited, l.coefficient, l.commission, null, null, null, null, null, null]);
    }
    return {
      columns: [col('technicianCode'), col('technician'), col('station'), col('orderNumber'), col('technicians', 'integer'), col('orders', 'integer'), col('credited', 'money'), col('coefficient', 'number'), col('commission', 'money'), col('baseWage', 'money'), col('wageCap', 'money'), col('capDeduction', 'money'), col('rewards', 'money'), col('deductions', 'money'), col('payTotal', 'money')],
      rows,
    };
  },
};

const leaderboard: ReportSpec = {
  filter: LeaderboardFilter,
  filterType: 'LeaderboardFilter',
  async table(sc, f: LeaderboardFilter) {
    const r = await technicianLeaderboard(sc, f);
    return {
      columns: [col('rank', 'integer'), col('technicianCode'), col('technician'), col('station'), col('completed', 'integer'), col('avgTurnaroundHours', 'number'), col('repeatRate', 'number'), col('satisfaction', 'number'), col('overdue', 'integer'), col('score', 'number')],
      rows: r.rows.map((x) => [x.rank, x.technicianCode, x.technicianName, x.stationName, x.completed, x.avgTurnaroundHours, x.repeatRate, x.satisfaction, x.overdue, x.score]),
    };
  },
};

const pareto: ReportSpec = {
  filter: FaultParetoFilter,
  filterType: 'FaultParetoFilter',
  async table(sc, f: FaultParetoFilter, lang) {
    const r = await faultPareto(sc, f);
    return {
      columns: [col('code'), col('name'), col('count', 'integer'), col('share', 'number'), col('cumulativeShare', 'number')],
      rows: r.rows.map((x) => [x.code, lang === 'en' ? (x.nameEn ?? x.name) : x.name, x.count, x.share, x.cumulativeShare]),
    };
  },
};

const parts: ReportSpec = {
  filter: PartsConsumptionFilter,
  filterType: 'PartsConsumptionFilter',
  async table(sc, f: PartsConsumptionFilter) {
    const r = await partsConsumption(sc, f);
    return {
      columns: [col('partCode'), col('partName'), col('quantity', 'integer'), col('orders', 'integer'), col('charged', 'money'), col('cost', 'money')],
      rows: r.map((x) => [x.partCode, x.partName, x.quantity, x.orders, x.charged, x.cost]),
    };
  },
};

const turnover: ReportSpec = {
  filter: StockTurnoverFilter,
  filterType: 'StockTurnoverFilter',
  async table(sc, f: StockTurnoverFilter) {
    const r = await stockTurnover(sc, f);
    return {
      columns: [col('warehouse'), col('station'), col('openingValue', 'money'), col('closingValue', 'money'), col('issuedCost', 'money'), col('turnover', 'number'), col('turnoverDays', 'number')],
      rows: r.map((x) => [`${x.warehouseCode} ${x.warehouseName}`, x.stationName, x.openingValue, x.closingValue, x.issuedCost, x.turnover, x.turnoverDays]),
    };
  },
};

const satisfaction: ReportSpec = {
  filter: SatisfactionFilter,
  filterType: 'SatisfactionFilter',
  async table(sc, f: SatisfactionFilter, lang) {
    const r = await returnVisitSatisfaction(sc, f);
    return {
      columns: [col('station'), col('visits', 'integer'), col('averageScore', 'number'), ...[1, 2, 3, 4, 5].map((n) => ({ ...col('count', 'integer'), key: `s${n}`, label: { zh: `${n} 分`, en: `Score ${n}` } as Bilingual })), col('unsatisfied', 'integer'), col('satisfiedRate', 'number'), col('reworkOrders', 'integer')],
      rows: [...r.slice(1), ...r.slice(0, 1)].map((x) => [x.stationId ? x.stationName : textOf('report.all')[lang], x.visits, x.averageScore, ...x.scoreCounts, x.unsatisfied, x.satisfiedRate, x.reworkOrders]),
    };
  },
};

const sla: ReportSpec = {
  filter: SlaBreachFilter,
  filterType: 'SlaBreachFilter',
  async table(sc, f: SlaBreachFilter, lang) {
    const r = await slaBreaches(sc, f);
    return {
      columns: [col('station'), col('band', 'enum', 'DistanceBand'), col('due', 'integer'), col('breached', 'integer'), col('breachRate', 'number'), col('avgHoursLate', 'number')],
      rows: [
        ...r.rows.map((x) => [x.stationName, x.band?.toUpperCase() ?? null, x.due, x.breached, x.breachRate, x.avgHoursLate]),
        [textOf('report.all')[lang], null, r.due, r.breached, r.breachRate, null],
      ],
    };
  },
};

const REPORTS: Record<ReportName, ReportSpec> = {
  [ReportName.MONTHLY_REPAIR]: monthly,
  [ReportName.MANUFACTURER_SETTLEMENT]: settlement,
  [ReportName.TECHNICIAN_COMMISSION]: commission,
  [ReportName.TECHNICIAN_LEADERBOARD]: leaderboard,
  [ReportName.FAULT_PARETO]: pareto,
  [ReportName.PARTS_CONSUMPTION]: parts,
  [ReportName.STOCK_TURNOVER]: turnover,
  [ReportName.RETURN_VISIT_SATISFACTION]: satisfaction,
  [ReportName.SLA_BREACHES]: sla,
};

export const isReportName = (name: string): name is ReportName => name in REPORTS;

/** The parameters checked as the report's query checks its filter (GraphQL coercion, then class-validator). */
async function checkedFilter(schema: GraphQLSchema, spec: ReportSpec, params: Record<string, unknown> | null | undefined): Promise<object> {
  const type = schema.getType(spec.filterType);
  if (!isInputObjectType(type)) throw new Error(`${spec.filterType} is not an input type`);
  const errors: FieldError[] = [];
  const coerced = coerceInputValue(params ?? {}, type, (path, _invalid, error) => {
    const field = ['reportParams', ...path].join('.');
    errors.push({ field, message: { zh: `${field}：${error.message}`, en: `${field}: ${error.message}` } });
  }) as Record<string, unknown>;
  if (errors.length) throw badInput(errors);
  const instance = Object.assign(new spec.filter(), coerced);
  const invalid = await validate(instance, { skipMissingProperties: true, forbidUnknownValues: false });
  if (invalid.length) throw badInput(flattenValidation(invalid, 'reportParams'));
  return instance;
}

/** The report as the caller may see it (each report checks permission and scope itself), as a table in `lang`. */
export async function reportTable(sc: ServiceContext, schema: GraphQLSchema, name: ReportName, params: Record<string, unknown> | null | undefined, lang: Lang): Promise<ReportTable> {
  // As the queries' @Authorized: report:read, except the commission, which a technician reads of their own (payScope).
  if (name !== ReportName.TECHNICIAN_COMMISSION && !can(sc.actor, 'report:read')) throw forbidden('report:read');
  const spec = REPORTS[name];
  const filter = await checkedFilter(schema, spec, params);
  const table = await spec.table({ ...sc, lang }, filter as never, lang);
  return { title: enumLabel('ReportName', reportKey(name))[lang], ...table };
}

/** The enum's GraphQL name of a report (its labels are keyed by it). */
export function reportKey(name: ReportName): string {
  return Object.entries(ReportName).find(([, v]) => v === name)![0];
}

