import { addDays, addMonths, format, parse } from 'date-fns';

const ISO_DATE = 'yyyy-MM-dd';

/** Today's calendar date in the business time zone, e.g. '2026-11-23'. */
export function today(timeZone: string, now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export function parseDate(date: string): Date {
  return parse(date, ISO_DATE, new Date(2000, 0, 1));
}

export function formatDate(date: Date): string {
  return format(date, ISO_DATE);
}

/**
 * The last day covered by a warranty of `months` counted from `startsOn` (the purchase date).
 * As the Civil Code counts periods (民法典 201, 202): the start day is not counted, the period
 * ends on the same day of the final month, or on that month's last day when it has no such day.
 * Bought 2025-03-15 with 12 months: covered through 2026-03-15; bought 2026-01-31 with 1 month:
 * through 2026-02-28.
 */
export function warrantyEnd(startsOn: string, months: number): string {
  return formatDate(addMonths(parseDate(startsOn), months));
}

export function addDaysTo(date: string, days: number): string {
  return formatDate(addDays(parseDate(date), days));
}

/** A moment as people read it in the business time zone: '2026-12-02 14:30'. */
export function formatInZone(at: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}
