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

/** The last day covered by a warranty of `months` starting on `startsOn` (inclusive). */
export function warrantyEnd(startsOn: string, months: number): string {
  return formatDate(addDays(addMonths(parseDate(startsOn), months), -1));
}

export function addDaysTo(date: string, days: number): string {
  return formatDate(addDays(parseDate(date), days));
}
