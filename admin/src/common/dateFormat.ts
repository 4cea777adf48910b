import { readSession } from '../session';

export type Lang = 'zh' | 'en';

/**
 * One format per language everywhere, the same the API writes into timeline text
 * (api/src/common/dates.ts formatDay/formatMoment): 2026/12/02 and 2026/12/02 14:30 in Chinese,
 * 02/12/2026 and 02/12/2026 14:30 in English. Times are read in the business time zone.
 */
export const DATE_PATTERN: Record<Lang, string> = { zh: 'yyyy/MM/dd', en: 'dd/MM/yyyy' };
export const DATE_TIME_PATTERN: Record<Lang, string> = { zh: 'yyyy/MM/dd HH:mm', en: 'dd/MM/yyyy HH:mm' };

/** The business time zone (`me { timeZone }`), or the browser's before sign-in (the tracking page). */
export function businessTimeZone(): string {
  return readSession()?.viewer.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
}

const lang = (locale: string): Lang => (locale === 'en' ? 'en' : 'zh');

/** A calendar day `YYYY-MM-DD` as the language writes it. */
export function formatDay(day: string, locale: string): string {
  const [y, m, d] = day.slice(0, 10).split('-');
  return lang(locale) === 'en' ? `${d}/${m}/${y}` : `${y}/${m}/${d}`;
}

const PARTS = new Map<string, Intl.DateTimeFormat>();

/** The calendar day and the time `HH:mm` of an instant in a time zone. */
export function inZone(at: Date, timeZone: string): { day: string; time: string } {
  let format = PARTS.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    PARTS.set(timeZone, format);
  }
  const p = Object.fromEntries(format.formatToParts(at).map((x) => [x.type, x.value]));
  return { day: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

/**
 * A date or an instant as people read it: a calendar day (`2026-12-02`) as it is, an instant
 * in the business time zone, with its time unless `withTime` is false.
 */
export function formatDate(value: string | Date | null | undefined, locale: string, withTime = true, timeZone = businessTimeZone()): string {
  if (!value) return '';
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDay(value, locale);
  const at = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(at.getTime())) return String(value);
  const { day, time } = inZone(at, timeZone);
  return withTime ? `${formatDay(day, locale)} ${time}` : formatDay(day, locale);
}

/** Today in the business time zone, `YYYY-MM-DD`. */
export function businessToday(timeZone = businessTimeZone()): string {
  return inZone(new Date(), timeZone).day;
}

/** The instant a wall-clock time in a time zone is (the picker's fields are read as business time). */
export function wallToInstant(day: string, time: string, timeZone = businessTimeZone()): Date {
  const [y, m, d] = day.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  const wall = Date.UTC(y, m - 1, d, h, mi);
  const offsetAt = (at: number) => {
    const p = inZone(new Date(at), timeZone);
    const [py, pm, pd] = p.day.split('-').map(Number);
    const [ph, pmi] = p.time.split(':').map(Number);
    return Date.UTC(py, pm - 1, pd, ph, pmi) - Math.floor(at / 60_000) * 60_000;
  };
  const first = wall - offsetAt(wall);
  return new Date(wall - offsetAt(first));
}
