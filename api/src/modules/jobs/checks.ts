/**
 * Scheduled checks: each finds the records it is about in batches (keyset on the id), raising one
 * alert per record. A batch is its own statement, so a crash loses at most the batch in flight,
 * and the alert's unique key makes a rerun (a retry, or another process) add only what is missing.
 */
import type { Knex } from '@mikro-orm/knex';
import { SLA_RUNNING } from '../service-order/service-order.lifecycle';
import { BorrowingStatus } from '../stock/stock.enums';
import { AlertKind } from './alert.entity';

export interface CheckContext {
  knex: Knex;
  jobId: string;
  /** The moment the check looks at (fixed for all its batches). */
  asOf: Date;
  batchSize: number;
  /** After each batch: how many records were looked at so far. */
  progress(seen: number): Promise<void>;
}

export interface CheckResult {
  seen: number;
  raised: number;
}

interface CheckDefinition {
  kind: AlertKind;
  /** The records to alert on, as `select id … where … and id > :after order by id limit :limit`. */
  candidates: (after: string, ctx: CheckContext) => { sql: string; bindings: unknown[] };
}

const ZERO_ID = '00000000-0000-0000-0000-000000000000';

async function runCheck(def: CheckDefinition, ctx: CheckContext): Promise<CheckResult> {
  let after = ZERO_ID;
  let seen = 0;
  let raised = 0;
  for (;;) {
    const c = def.candidates(after, ctx);
    const { rows } = (await ctx.knex.raw(
      `with candidates as (${c.sql}),
            raised as (
              insert into alert (id, kind, subject_id, job_id, raised_at)
              select gen_random_uuid(), ?, id, ?, now() from candidates
              on conflict (kind, subject_id) do nothing
              returning 1)
       select (select id from candidates order by id desc limit 1) as last,
              (select count(*) from candidates)::int as seen,
              (select count(*) from raised)::int as raised`,
      [...c.bindings, def.kind, ctx.jobId] as never,
    )) as { rows: Array<{ last: string | null; seen: number; raised: number }> };
    const batch = rows[0];
    if (!batch.last) break;
    after = batch.last;
    seen += batch.seen;
    raised += batch.raised;
    await ctx.progress(seen);
    if (batch.seen < ctx.batchSize) break;
  }
  return { seen, raised };
}

export const CHECKS = {
  /** 超期工单: open orders past their SLA deadline. */
  'sla-overdue': (ctx: CheckContext) =>
    runCheck(
      {
        kind: AlertKind.SLA_OVERDUE,
        candidates: (after, { asOf, batchSize }) => ({
          sql: `select id from service_order where status = any(?::text[]) and sla_due_at < ? and id > ? order by id limit ?`,
          bindings: [SLA_RUNNING, asOf, after, batchSize],
        }),
      },
      ctx,
    ),
  /** 借用逾期: parts lent and not back by their due date. */
  'part-returns-late': (ctx: CheckContext) =>
    runCheck(
      {
        kind: AlertKind.PART_RETURN_LATE,
        candidates: (after, { asOf, batchSize }) => ({
          sql: `select id from borrowing where status = ? and return_due_at < ? and id > ? order by id limit ?`,
          bindings: [BorrowingStatus.LENT, asOf, after, batchSize],
        }),
      },
      ctx,
    ),
} as const;

export type CheckName = keyof typeof CHECKS;
