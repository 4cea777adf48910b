import type { Faker } from '@faker-js/faker';
import { MOBILE_PREFIXES, SURNAMES } from './data/people';

/** A common Chinese name: frequent surnames come up more often, as they do in life. */
export function personName(f: Faker): string {
  const surname = SURNAMES[Math.floor(SURNAMES.length * f.number.float({ min: 0, max: 1 }) ** 2)];
  return surname + f.person.firstName();
}

/** An 11-digit mobile number not handed out before (one number, one customer: 来电显示 stays unambiguous). */
export function mobile(f: Faker, taken: Set<string>): string {
  for (;;) {
    const number = f.helpers.arrayElement(MOBILE_PREFIXES) + f.string.numeric(8);
    if (!taken.has(number)) {
      taken.add(number);
      return number;
    }
  }
}

/** A landline in the city's area code, e.g. 020-87654321. */
export function landline(f: Faker, areaCode: string): string {
  return `${areaCode}-${f.number.int({ min: 2, max: 8 })}${f.string.numeric(7)}`;
}

/** A point within `km` of a centre (about 111 km per degree of latitude). */
export function near(f: Faker, at: { lat: number; lng: number }, km: number): { latitude: number; longitude: number } {
  const angle = f.number.float({ min: 0, max: 2 * Math.PI });
  const distance = km * Math.sqrt(f.number.float({ min: 0, max: 1 }));
  const dLat = (distance * Math.cos(angle)) / 111;
  const dLng = (distance * Math.sin(angle)) / (111 * Math.cos((at.lat * Math.PI) / 180));
  const round = (n: number) => Math.round(n * 1e6) / 1e6;
  return { latitude: round(at.lat + dLat), longitude: round(at.lng + dLng) };
}

/** Yuan with two decimals. */
export function yuan(n: number): number {
  return Math.round(n * 100) / 100;
}

/** A moment on that day, `minutes` after midnight UTC (01:00–12:00 UTC is business hours in China). */
export function atTime(date: string, minutes: number): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) + minutes * 60_000);
}
