import { addDays, addMonths, format, parse } from 'date-fns';

const ISO_DATE = 'yyyy-MM-dd';

/** Today's calendar date in the business time zone, e.g. '2026-11-23'. */
const DAY_FORMATS = new Map<string, Intl.DateTimeFormat>();

export function today(timeZone: string, now: Date = new Date()): string {
  let format = DAY_FORMATS.get(timeZone);
  if (!format) DAY_FORMATS.set(timeZone, (format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })));
  return format.format(now);
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

const ZONE_FORMATS = new Map<string, Intl.DateTimeFormat>();

/** How far a time zone's wall clock is ahead of UTC at an instant, in ms. */
function zoneOffsetMs(at: number, timeZone: string): number {
  let format = ZONE_FORMATS.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    ZONE_FORMATS.set(timeZone, format);
  }
  const p = Object.fromEntries(format.formatToParts(new Date(at)).map((part) => [part.type, part.value]));
  const wall = new Date(0);
  wall.setUTCFullYear(Number(p.year), Number(p.month) - 1, Number(p.day));
  wall.setUTCHours(Number(p.hour), Number(p.minute), Number(p.second));
  return wall.getTime() - Math.floor(at / 1000) * 1000;
}

/** The instant a calendar day begins in a time zone: 2026-12-01 in Asia/Shanghai is 2026-11-30T16:00:00Z. */
export function startOfDayIn(date: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const midnightUtc = new Date(0);
  midnightUtc.setUTCFullYear(y, m - 1, d);
  const guess = midnightUtc.getTime();
  // The offset at the first guess, then at the result, in case the offset changes that day (DST).
  const first = guess - zoneOffsetMs(guess, timeZone);
  return new Date(guess - zoneOffsetMs(first, timeZone));
}

/**
 * Dates as people read them, one format per language, the same as the panel's
 * (admin/src/common/dateFormat.ts): 2026/12/02 and 2026/12/02 14:30 in Chinese,
 * 02/12/2026 and 02/12/2026 14:30 in English.
 */
export function formatDay(date: string, lang: 'zh' | 'en'): string {
  const [y, m, d] = date.slice(0, 10).split('-');
  return lang === 'en' ? `${d}/${m}/${y}` : `${y}/${m}/${d}`;
}

/** A moment in the business time zone, in the language's format (see formatDay). */
export function formatMoment(at: Date, lang: 'zh' | 'en', timeZone: string): string {
  const [day, time] = formatInZone(at, timeZone).split(' ');
  return `${formatDay(day, lang)} ${time}`;
}

/**
 * `hours` later on the wall clock of a time zone: received 2026-03-28 10:00 in Europe/Berlin,
 * 48 hours is 2026-03-30 10:00 there, although the clocks went forward in between (47 hours
 * passed). A wall time the clock change skipped moves forward by the gap (02:30 becomes 03:30).
 */
export function addWallClockHours(at: Date, hours: number, timeZone: string): Date {
  const wall = at.getTime() + zoneOffsetMs(at.getTime(), timeZone) + hours * 3_600_000;
  // As in startOfDayIn: the offset at the first guess, then at the result.
  const first = wall - zoneOffsetMs(wall, timeZone);
  return new Date(wall - zoneOffsetMs(first, timeZone));
}

/** The first instant of a month ('2026-12') in a time zone, and of the next. */
export function monthBoundsIn(month: string, timeZone: string): { from: Date; to: Date } {
  const [y, m] = month.split('-').map(Number);
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return { from: startOfDayIn(`${month}-01`, timeZone), to: startOfDayIn(next, timeZone) };
}
