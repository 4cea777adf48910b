import { mayRead } from '../../common/access/policy';
import { scopeSql } from '../../common/access/scoped';
import type { ServiceContext } from '../../common/service-context';
import { sql, param, raw, type Fragment } from '../query/sql';
import { Complaint } from '../complaint/complaint.entity';
import { ComplaintStatus } from '../complaint/complaint.enums';
import { ReturnRequest } from '../returns/return-request.entity';
import { ReturnStatus } from '../returns/return-request.enums';
import { addMonths, andScope, monthStart, num, query, type Month } from './report-period';

/** A month's (and station's) complaints and return requests; null: the caller may not read that document. */
export interface AfterSalesFigures {
  complaintsReceived: number | null;
  complaintsClosed: number | null;
  complaintsOverdue: number | null;
  returnsReceived: number | null;
  returnsCompleted: number | null;
  refundAmount: number | null;
}

export const NO_AFTER_SALES: AfterSalesFigures = {
  complaintsReceived: null,
  complaintsClosed: null,
  complaintsOverdue: null,
  returnsReceived: null,
  returnsCompleted: null,
  refundAmount: null,
};

interface Raw {
  m: number;
  /** The station ('' none), null on the month's total row. */
  g: string | null;
  name: string | null;
  cr: string;
  cc: string;
  co: string;
  rr: string;
  rc: string;
  rf: string;
}

export interface AfterSalesRow extends AfterSalesFigures {
  month: Month;
  /** The station id ('' for none); null: the month's total. */
  stationId: string | null;
  stationName: string | null;
}

/**
 * Complaints (received, closed, overdue) and return requests (received, completed, refunded) per
 * month and, when asked, per station: one statement, each event put in its month with
 * `width_bucket` over the months' first instants in the business time zone, each document in the
 * caller's scope (its own policy), grouping sets for the stations and the month's total.
 *  - received: `received_at` (complaints: when the customer complained) / `created_at` (requests: filed);
 *  - closed: complaints closed in the month (cancelled ones are not closed);
 *  - overdue: complaints received in the month that went past a deadline — answered or resolved
 *    at or after it, or not yet and past it now (as the complaint list's flags count) — cancelled left out;
 *  - completed: requests completed in the month; refund: Σ refund of the requests refunded in it.
 */
export async function afterSalesFigures(sc: ServiceContext, months: Month[], byStation: boolean, stationId: string | undefined): Promise<AfterSalesRow[]> {
  const complaints = mayRead(sc.actor, Complaint);
  const returns = mayRead(sc.actor, ReturnRequest);
  if (!complaints && !returns) return [];
  const tz = sc.config.timeZone;
  const bounds = [...months, addMonths(months[months.length - 1], 1)].map((m) => monthStart(m, tz));
  const from = param(bounds[0]);
  const to = param(bounds[bounds.length - 1]);
  const bucket = (column: string) => sql`width_bucket(${raw(column)}, ${param(`{${bounds.map((b) => b.toISOString()).join(',')}}`)}::timestamptz[])`;
  const station = (alias: string) => (stationId ? sql` and ${raw(alias)}.station_id = ${param(stationId)}` : raw(''));
  const now = param(sc.now());
  const branches: Fragment[] = [];
  if (complaints) {
    const scope = andScope(scopeSql(sc, Complaint, 'c'));
    const late = sql`c.status <> ${param(ComplaintStatus.CANCELLED)} and (coalesce(c.responded_at, ${now}) >= c.respond_due_at or coalesce(c.resolved_at, ${now}) >= c.resolve_due_at)`;
    branches.push(
      sql`select ${bucket('c.received_at')} m, c.station_id s, 1 cr, 0 cc, case when ${late} then 1 else 0 end co, 0 rr, 0 rc, 0::numeric rf
            from complaint c where c.received_at >= ${from} and c.received_at < ${to}${station('c')}${scope}`,
      sql`select ${bucket('c.closed_at')} m, c.station_id s, 0 cr, 1 cc, 0 co, 0 rr, 0 rc, 0::numeric rf
            from complaint c where c.status = ${param(ComplaintStatus.CLOSED)} and c.closed_at >= ${from} and c.closed_at < ${to}${station('c')}${scope}`,
    );
  }
  if (returns) {
    const scope = andScope(scopeSql(sc, ReturnRequest, 'r'));
    branches.push(
      sql`select ${bucket('r.created_at')} m, r.station_id s, 0 cr, 0 cc, 0 co, 1 rr, 0 rc, 0::numeric rf
            from return_request r where r.created_at >= ${from} and r.created_at < ${to}${station('r')}${scope}`,
      sql`select ${bucket('r.completed_at')} m, r.station_id s, 0 cr, 0 cc, 0 co, 0 rr, 1 rc, 0::numeric rf
            from return_request r where r.status = ${param(ReturnStatus.COMPLETED)} and r.completed_at >= ${from} and r.completed_at < ${to}${station('r')}${scope}`,
      sql`select ${bucket('r.refunded_at')} m, r.station_id s, 0 cr, 0 cc, 0 co, 0 rr, 0 rc, r.refund_total rf
            from return_request r where r.refunded_at >= ${from} and r.refunded_at < ${to}${station('r')}${scope}`,
    );
  }
  const union = branches.reduce((all, b, i) => (i === 0 ? b : sql`${all} union all ${b}`));
  const groups = raw(byStation ? `grouping sets ((e.m, e.s), (e.m))` : 'e.m');
  const key = raw(byStation ? `case when grouping(e.s) = 0 then coalesce(e.s::text, '') end` : 'null::text');
  const rows = await query<Raw>(
    sc,
    sql`with e as (${union})
        select e.m, ${key} g, max(st.name) name, sum(e.cr) cr, sum(e.cc) cc, sum(e.co) co, sum(e.rr) rr, sum(e.rc) rc, sum(e.rf) rf
          from e left join service_station st on st.id = e.s
         group by ${groups} order by 1, 2`,
  );
  return rows.map((r) => ({
    month: months[Number(r.m) - 1],
    stationId: r.g,
    stationName: r.g ? r.name : null,
    complaintsReceived: complaints ? num(r.cr) : null,
    complaintsClosed: complaints ? num(r.cc) : null,
    complaintsOverdue: complaints ? num(r.co) : null,
    returnsReceived: returns ? num(r.rr) : null,
    returnsCompleted: returns ? num(r.rc) : null,
    refundAmount: returns ? num(r.rf) : null,
  }));
}
