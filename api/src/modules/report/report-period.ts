import { badInput, fieldError } from '../../common/errors';
import { startOfDayIn, today } from '../../common/dates';
import { runSql, type Fragment } from '../query/sql';
import type { ServiceContext } from '../../common/service-context';

/** A calendar month, `YYYY-MM`, in the business time zone. */
export type Month = string;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The most months one report covers (a year of the monthly report, with room for two). */
export const MAX_MONTHS = 24;

export function checkMonth(month: string, field = 'month'): Month {
  if (!MONTH.test(month)) throw badInput([fieldError(field, '月份格式应为 YYYY-MM，例如 2026-11', 'must be a month as YYYY-MM, e.g. 2026-11')]);
  return month;
}

export function addMonths(month: Month, n: number): Month {
  const [y, m] = month.split('-').map(Number);
  const total = y * 12 + (m - 1) + n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

export function monthsBetween(from: Month, to: Month): Month[] {
  const out: Month[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) out.push(m);
  return out;
}

/** The instant a month begins in the business time zone (2026-12 in Asia/Shanghai: 2026-11-30T16:00Z). */
export function monthStart(month: Month, timeZone: string): Date {
  return startOfDayIn(`${month}-01`, timeZone);
}

/** The current month in the business time zone. */
export function currentMonth(sc: ServiceContext): Month {
  return today(sc.config.timeZone, sc.now()).slice(0, 7);
}

/** `[from, to)` as instants, for indexed range conditions on timestamps. */
export interface Period {
  months: Month[];
  from: Date;
  to: Date;
}

/** One month, or `from`..`to` inclusive (at most MAX_MONTHS). */
export function period(sc: ServiceContext, fromMonth: string, toMonth?: string | null): Period {
  const from = checkMonth(fromMonth, 'from');
  const to = toMonth ? checkMonth(toMonth, 'to') : from;
  if (to < from) throw badInput([fieldError('to', '不能早于起始月份', 'must not be before the first month')]);
  const months = monthsBetween(from, to);
  if (months.length > MAX_MONTHS) throw badInput([fieldError('to', `最多 ${MAX_MONTHS} 个月`, `at most ${MAX_MONTHS} months`)]);
  return { months, from: monthStart(from, sc.config.timeZone), to: monthStart(addMonths(to, 1), sc.config.timeZone) };
}

/** ` and <scope>` (a leading space: it follows other conditions) or nothing. */
export function andScope(scope: Fragment | undefined): Fragment {
  return scope ? { sql: ` and ${scope.sql}`, bindings: scope.bindings } : { sql: '', bindings: [] };
}

/** Runs a report statement with bound values, in the request's transaction. */
export function query<T>(sc: ServiceContext, statement: Fragment): Promise<T[]> {
  return runSql<T>(sc.em, statement);
}

export const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
export const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
/** Rounded to `d` decimals (ratios and hours; money is rounded in SQL). */
export const round = (v: number | null, d = 4): number | null => (v === null || !Number.isFinite(v) ? null : Math.round(v * 10 ** d) / 10 ** d);

/**
 * When an order's SLA clock stopped: completion, else hand-back or closing (orders repaired by an
 * agent have no completion of their own); still running when none (then "now" is compared).
 */
export const SLA_STOP = 'coalesce(o.completed_at, o.returned_at, o.closed_at)';
