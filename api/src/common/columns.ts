import { DecimalType, Property } from '@mikro-orm/core';

/** Money in yuan: numeric(12,2) in the database, a number in JavaScript and GraphQL (Float). */
export function Money(options: { nullable?: boolean; default?: number } = {}): PropertyDecorator {
  return Property({ type: new DecimalType('number'), precision: 12, scale: 2, ...options }) as PropertyDecorator;
}

/** A calendar date (no time zone): 'YYYY-MM-DD' in JavaScript and GraphQL (LocalDate). */
export function CalendarDate(options: { nullable?: boolean } = {}): PropertyDecorator {
  return Property({ type: 'date', ...options }) as PropertyDecorator;
}
