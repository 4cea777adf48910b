import { isIPv6 } from 'node:net';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, ErrorCode } from '../../common/errors';

/** Failed guesses per key (a username at an address, an order number …) in a window, shared by all API processes. */
@Entity({ tableName: 'auth_failure' })
export class AuthFailure {
  static readonly noAudit = true;

  @PrimaryKey({ length: 200 })
  key!: string;

  @Property()
  failures!: number;

  @Index()
  @Property({ type: 'timestamptz' })
  firstAt!: Date;
}

/** A counter and how many guesses it allows per window. */
export interface Limit {
  key: string;
  max: number;
}

const WINDOW = `interval '15 minutes'`;

/**
 * Login: 10 guesses per username and address; an address may fail 100 times over all usernames
 * (password spraying); and a username 100 times from everywhere, a backstop that takes many
 * addresses to reach, so nobody locks `admin` out from one.
 */
export function loginLimits(username: string, address: string): Limit[] {
  const user = username.trim().toLowerCase();
  return [
    { key: `login:${user}@${address}`, max: 10 },
    { key: `login:@${address}`, max: 100 },
    { key: `login:${user}`, max: 100 },
  ];
}

/**
 * Tracking by number and the phone's last four digits: 10 guesses per number and address, 30 per
 * address over all numbers, and a backstop of 100 per number (1 % of the 10,000 possible digits),
 * so someone else's guesses do not lock the customer out.
 */
export function trackingLimits(number: string, address: string): Limit[] {
  const n = number.trim().toUpperCase();
  return [
    { key: `track:${n}@${address}`, max: 10 },
    { key: `track:@${address}`, max: 30 },
    { key: `track:${n}`, max: 100 },
  ];
}

export function tooManyAttempts(): AppError {
  return new AppError(ErrorCode.TOO_MANY_ATTEMPTS, {
    zh: '尝试次数过多，请 15 分钟后再试',
    en: 'Too many attempts; try again in 15 minutes',
  });
}

/** Counters this attempt was charged to; an attempt stays a failure unless it is settled as a success. */
export class Attempt {
  constructor(
    private readonly em: EntityManager,
    private readonly charged: string[],
  ) {}

  /** The guess was right: it does not count, and the most specific counter (this caller, this target) starts over. */
  async succeeded(): Promise<void> {
    const [specific, ...wider] = this.charged;
    if (specific) await this.em.getConnection().execute(`delete from auth_failure where key = ?`, [specific]);
    if (wider.length) {
      await this.em
        .getConnection()
        .execute(`update auth_failure set failures = greatest(failures - 1, 0) where key in (?)`, [wider]);
    }
  }
}

/**
 * Charges one guess to each counter, most specific first, BEFORE the guess is checked: each
 * increment is one atomic upsert returning the new count, so parallel guesses cannot all slip
 * under the limit. A counter over its limit refuses the attempt and the wider ones are not
 * charged (a locked-out caller cannot push a username's backstop up). Each statement takes a pool
 * connection only for itself: nothing here waits for a second connection while holding one.
 */
export async function chargeAttempt(em: EntityManager, limits: Limit[]): Promise<Attempt> {
  const charged: string[] = [];
  for (const { key, max } of limits) {
    const rows = await em.getConnection().execute<{ failures: number }[]>(
      `insert into auth_failure (key, failures, first_at) values (?, 1, now())
       on conflict (key) do update set
         failures = case when auth_failure.first_at <= now() - ${WINDOW} then 1 else auth_failure.failures + 1 end,
         first_at = case when auth_failure.first_at <= now() - ${WINDOW} then now() else auth_failure.first_at end
       returning failures`,
      [key],
    );
    if (rows[0].failures > max) throw tooManyAttempts();
    charged.push(key);
  }
  return new Attempt(em, charged);
}

/** Counters whose window has passed say nothing any more. */
export async function purgeExpiredFailures(em: EntityManager): Promise<void> {
  await em.getConnection().execute(`delete from auth_failure where first_at <= now() - ${WINDOW}`);
}

/**
 * The caller's address as Express sees it through `trust proxy` (`TRUST_PROXY`). IPv4-mapped
 * addresses are unwrapped, and IPv6 is counted per /64: one host usually holds a whole /64.
 */
export function clientAddress(ip: string | undefined): string {
  const address = (ip ?? '').replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1');
  if (!isIPv6(address)) return address || 'unknown';
  const [head, tail = ''] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}
