import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityClass } from '@mikro-orm/core';
import { Faker, base, en, zh_CN } from '@faker-js/faker';
import { v7 as uuidv7 } from 'uuid';
import { today } from '../api/src/common/dates';

/** Every inserted row: the columns BaseEntity fills in its constructor, which bulk inserts skip. */
export interface Row {
  id: string;
  createdAt: Date;
  updatedAt: Date;
}

/** What every area seeder gets: the transaction, the seeding day and its own random generator. */
export interface SeedContext {
  em: EntityManager;
  now: Date;
  /** The seeding day in the business time zone: dates are spread back from it, never from a fixed year. */
  today: string;
  /**
   * A generator with a fixed seed of its own per area, so the data is the same every run and an
   * area added or changed later leaves the other areas' data as it was.
   */
  random(area: string): Faker;
  /** A new row with an id and timestamps (createdAt defaults to now). */
  row<T extends object>(data: T, createdAt?: Date): T & Row;
  /** Bulk insert in chunks: a few statements per table instead of one round-trip per row. */
  insert<T extends object>(entity: EntityClass<T>, rows: object[]): Promise<void>;
}

const BASE_SEED = 2026;
const CHUNK = 500;

/** FNV-1a: a stable number from the area name. */
function seedOf(area: string): number {
  let h = 0x811c9dc5;
  for (const ch of area) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return BASE_SEED + h;
}

export function seedContext(em: EntityManager, opts: { timeZone: string; now?: Date }): SeedContext {
  const now = opts.now ?? new Date();
  return {
    em,
    now,
    today: today(opts.timeZone, now),
    random(area) {
      const faker = new Faker({ locale: [zh_CN, en, base] });
      faker.seed(seedOf(area));
      return faker;
    },
    row(data, createdAt = now) {
      return { id: uuidv7(), createdAt, updatedAt: createdAt, ...data };
    },
    async insert(entity, rows) {
      for (let i = 0; i < rows.length; i += CHUNK) await em.insertMany(entity, rows.slice(i, i + CHUNK) as never);
    },
  };
}
