import { GraphQLScalarType, Kind } from 'graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { InvalidValueError } from '../common/errors';
import { addDaysTo, startOfDayIn } from '../common/dates';

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** One end of a *From/*To range as the caller wrote it: a calendar day, or an instant. */
export class DateBound {
  private constructor(
    /** 'YYYY-MM-DD': the whole day in the business time zone. */
    readonly date?: string,
    readonly instant?: Date,
  ) {}

  static day(date: string): DateBound {
    return new DateBound(date, undefined);
  }

  static at(instant: Date): DateBound {
    return new DateBound(undefined, instant);
  }

  /**
   * The condition on a timestamp: a day includes all of it (`From` from its first instant, `To`
   * up to, not including, the next day's), an instant is inclusive on both ends as before.
   */
  condition(end: 'from' | 'to', timeZone: string): { $gte: Date } | { $lt: Date } | { $lte: Date } {
    if (this.instant) return end === 'from' ? { $gte: this.instant } : { $lte: this.instant };
    const day = this.date!;
    return end === 'from' ? { $gte: startOfDayIn(day, timeZone) } : { $lt: startOfDayIn(addDaysTo(day, 1), timeZone) };
  }

  toString(): string {
    return this.date ?? this.instant!.toISOString();
  }
}

function invalid(value: unknown): InvalidValueError {
  const shown = typeof value === 'string' ? `"${value.slice(0, 40)}"` : String(value).slice(0, 40);
  return new InvalidValueError({
    zh: `${shown} 不是有效的日期或时间：请写日期 2026-12-01（业务时区的整天）或带时区的时间 2026-12-01T08:00:00+08:00`,
    en: `${shown} is not a valid date or date-time: write a date 2026-12-01 (the whole day in the business time zone) or a date-time with offset 2026-12-01T08:00:00+08:00`,
  });
}

function parse(value: unknown): DateBound {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return DateBound.at(value);
  if (typeof value !== 'string') throw invalid(value);
  const day = CALENDAR_DATE.exec(value);
  if (day) {
    const [y, m, d] = day.slice(1).map(Number);
    const probe = new Date(0);
    probe.setUTCFullYear(y, m - 1, d);
    // 2026-02-30 rolls over into March: not a real day.
    if (y < 1 || probe.getUTCFullYear() !== y || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) throw invalid(value);
    return DateBound.day(value);
  }
  try {
    return DateBound.at(DateTimeISOResolver.parseValue(value) as Date);
  } catch {
    throw invalid(value);
  }
}

/**
 * `DateOrDateTime`: the type of every range filter on a timestamp (`createdFrom`, `createdTo`,
 * `completedFrom` …). Partners may write the day they mean; date-times keep working.
 */
export const DateOrDateTime = new GraphQLScalarType<DateBound, string>({
  name: 'DateOrDateTime',
  description:
    '日期或时间 A calendar date `2026-12-01` — the whole day in the business time zone (Asia/Shanghai by default): ' +
    '*From from its start, *To to its end — or an ISO 8601 date-time with offset `2026-12-01T08:00:00+08:00` (exact).',
  parseValue: parse,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw invalid(ast.kind === Kind.INT || ast.kind === Kind.FLOAT ? ast.value : ast.kind);
    return parse(ast.value);
  },
  serialize(value) {
    if (value instanceof DateBound) return value.toString();
    if (value instanceof Date) return value.toISOString();
    return String(value);
  },
});

/** A range filter's condition: DateOrDateTime bounds by their meaning, anything else as given. */
export function rangeCondition(value: unknown, end: 'from' | 'to', timeZone: string): Record<string, unknown> {
  if (value instanceof DateBound) return value.condition(end, timeZone);
  return end === 'from' ? { $gte: value } : { $lte: value };
}
