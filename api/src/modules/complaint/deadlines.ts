import { addWallClockHours } from '../../common/dates';
import type { AfterSalesRules } from '../settings/after-sales-rules';

export interface ComplaintDeadlines {
  respondDueAt: Date;
  resolveDueAt: Date;
}

/**
 * 投诉时限: respond within N hours and resolve within M hours of the complaint, counted on the
 * business time zone's wall clock (a clock change in between does not move them).
 */
export function complaintDeadlines(receivedAt: Date, rules: Pick<AfterSalesRules, 'complaintRespondHours' | 'complaintResolveHours'>, timeZone: string): ComplaintDeadlines {
  return {
    respondDueAt: addWallClockHours(receivedAt, rules.complaintRespondHours, timeZone),
    resolveDueAt: addWallClockHours(receivedAt, rules.complaintResolveHours, timeZone),
  };
}

/**
 * Late once the deadline is reached without the step done: received 10:00 with 4 hours, still
 * on time at 13:59, overdue from 14:00; a response given at 14:00 or later is a late one.
 */
export function isLate(dueAt: Date, doneAt: Date | null | undefined, now: Date): boolean {
  return (doneAt ?? now).getTime() >= dueAt.getTime();
}

export function responseOverdue(c: { respondDueAt: Date; respondedAt?: Date | null }, now: Date): boolean {
  return isLate(c.respondDueAt, c.respondedAt, now);
}

export function resolutionOverdue(c: { resolveDueAt: Date; resolvedAt?: Date | null }, now: Date): boolean {
  return isLate(c.resolveDueAt, c.resolvedAt, now);
}
