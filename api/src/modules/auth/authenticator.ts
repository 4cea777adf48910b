import type { EventArgs, EventSubscriber, TransactionEventArgs } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../../config';
import type { Actor } from './actor';
import { ApiKey } from './api-key.entity';
import {
  apiKeyMatches,
  parseApiKey,
  partnerActor,
  userActor,
  verifyToken,
  type ApiKeyRecord,
  type UserRecord,
} from './auth.service';
import type { Role } from './role';
import { User } from './user.entity';

interface Entry<V> {
  value: Promise<V>;
  expiresAt: number;
}

/**
 * Values loaded on demand and kept for `ttlMs` (0: not kept). Concurrent misses share one load;
 * misses are kept too (an unknown key prefix asks the database once per TTL), and the oldest
 * entries give way beyond `maxEntries`.
 */
export class TtlCache<K, V> {
  private readonly entries = new Map<K, Entry<V>>();

  constructor(
    private readonly ttlMs: number,
    private readonly load: (key: K) => Promise<V>,
    private readonly maxEntries = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: K): Promise<V> {
    if (this.ttlMs <= 0) return this.load(key);
    const hit = this.entries.get(key);
    if (hit && hit.expiresAt > this.now()) return hit.value;
    if (hit) this.entries.delete(key);
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as K);
    const entry: Entry<V> = { value: this.load(key), expiresAt: this.now() + this.ttlMs };
    this.entries.set(key, entry);
    entry.value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    return entry.value;
  }

  invalidate(key: K): void {
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

interface CachedUser {
  record: UserRecord;
  actor: Actor;
}

interface CachedKey {
  record: ApiKeyRecord;
  actor: Actor;
}

/**
 * Who is calling, without a database round trip per request: the login token carries the user id
 * and token version, and each process keeps what it read about a user (active, token version,
 * roles, station, name) or a partner key for `AUTH_CACHE_TTL_MS` (5 s by default). A change made
 * through this process drops its entry when the change commits; other processes see it when their
 * entry expires. The processes share nothing but the database.
 */
export class Authenticator {
  readonly users: TtlCache<string, CachedUser | null>;
  readonly keys: TtlCache<string, CachedKey | null>;

  constructor(
    private readonly orm: MikroORM,
    private readonly config: Config,
  ) {
    this.users = new TtlCache(config.authCacheTtlMs, (id) => this.loadUser(id));
    this.keys = new TtlCache(config.authCacheTtlMs, (prefix) => this.loadKey(prefix));
    orm.em.getEventManager().registerSubscriber(new CacheInvalidation(this));
  }

  /** Reads `Authorization: Bearer <jwt>` or `X-Api-Key` / `Authorization: ApiKey <key>`. */
  async authenticate(headers: Record<string, string | string[] | undefined>): Promise<Actor | undefined> {
    const authorization = String(headers.authorization ?? '');
    const apiKeyHeader = headers['x-api-key'];
    const presentedKey = apiKeyHeader
      ? String(apiKeyHeader)
      : authorization.toLowerCase().startsWith('apikey ')
        ? authorization.slice(7)
        : undefined;
    if (presentedKey) {
      const parsed = parseApiKey(presentedKey);
      if (!parsed) return undefined;
      const key = await this.keys.get(parsed.prefix);
      return key && apiKeyMatches(key.record, parsed.secret) ? key.actor : undefined;
    }
    if (authorization.toLowerCase().startsWith('bearer ')) {
      const claims = verifyToken(authorization.slice(7).trim(), this.config);
      if (!claims) return undefined;
      const user = await this.users.get(claims.userId);
      return user?.record.active && user.record.tokenVersion === claims.tokenVersion ? user.actor : undefined;
    }
    return undefined;
  }

  /**
   * The actor a background job acts for, as that user or key is now (a job outlives the request
   * that started it): a deactivated user, a revoked or expired key acts for no one.
   */
  async actorOf(kind: string, id: string): Promise<Actor | undefined> {
    if (kind === 'user') {
      const user = await this.users.get(id);
      return user?.record.active ? user.actor : undefined;
    }
    if (kind !== 'partner' || !/^[0-9a-f-]{36}$/i.test(id)) return undefined;
    const [row] = await this.orm.em.getConnection().execute<Array<{ prefix: string }>>(`select prefix from "api_key" where id = ?`, [id]);
    const key = row ? await this.keys.get(row.prefix) : null;
    if (!key || key.record.revokedAt || (key.record.expiresAt && key.record.expiresAt <= new Date())) return undefined;
    return key.actor;
  }

  /** Forget everything (tests; or after changing users by hand in the database). */
  invalidateAll(): void {
    this.users.clear();
    this.keys.clear();
  }

  private async loadUser(id: string): Promise<CachedUser | null> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    const rows = await this.orm.em.getConnection().execute<
      Array<{ id: string; username: string; display_name: string; roles: Role[]; station_id: string | null; technician_id: string | null; active: boolean; token_version: number }>
    >(`select id, username, display_name, roles, station_id, technician_id, active, token_version from "app_user" where id = ?`, [id]);
    const row = rows[0];
    if (!row) return null;
    const record: UserRecord = {
      id: row.id,
      username: row.username,
      displayName: row.display_name,
      roles: row.roles,
      stationId: row.station_id,
      technicianId: row.technician_id,
      active: row.active,
      tokenVersion: row.token_version,
    };
    return { record, actor: userActor(record) };
  }

  private async loadKey(prefix: string): Promise<CachedKey | null> {
    const rows = await this.orm.em.getConnection().execute<
      Array<{
        id: string;
        name: string;
        secret_hash: string;
        scopes: string[];
        manufacturer_id: string | null;
        station_id: string | null;
        expires_at: Date | null;
        revoked_at: Date | null;
      }>
    >(
      `select id, name, secret_hash, scopes, manufacturer_id, station_id, expires_at, revoked_at from "api_key" where prefix = ?`,
      [prefix],
    );
    const row = rows[0];
    if (!row) return null;
    const record: ApiKeyRecord = {
      id: row.id,
      name: row.name,
      secretHash: row.secret_hash,
      scopes: row.scopes,
      manufacturerId: row.manufacturer_id,
      stationId: row.station_id,
      expiresAt: row.expires_at ? new Date(row.expires_at) : null,
      revokedAt: row.revoked_at ? new Date(row.revoked_at) : null,
    };
    return { record, actor: partnerActor(record) };
  }
}

type Forget = () => void;

/** The root of a (possibly nested) MikroORM/knex transaction: its commit is when a change becomes visible. */
function rootTransaction(trx: object): object {
  let current = trx as Record<symbol, object>;
  for (;;) {
    const parent = Object.getOwnPropertySymbols(current).find((s) => s.description === 'parentTransaction');
    if (!parent) return current;
    current = current[parent] as Record<symbol, object>;
  }
}

/**
 * Drops a changed user's or key's cache entry at once, and again when the transaction commits:
 * a request in between may have re-read the row as it was before the commit.
 */
class CacheInvalidation implements EventSubscriber<User | ApiKey> {
  private readonly pending = new WeakMap<object, Forget[]>();

  constructor(private readonly auth: Authenticator) {}

  getSubscribedEntities() {
    return [User, ApiKey];
  }

  afterUpdate(args: EventArgs<User | ApiKey>): void {
    this.changed(args);
  }

  afterDelete(args: EventArgs<User | ApiKey>): void {
    this.changed(args);
  }

  afterTransactionCommit(args: TransactionEventArgs): void {
    this.settle(args);
  }

  afterTransactionRollback(args: TransactionEventArgs): void {
    this.settle(args);
  }

  private changed({ entity, em }: EventArgs<User | ApiKey>): void {
    const forget: Forget =
      entity instanceof User ? () => this.auth.users.invalidate(entity.id) : () => this.auth.keys.invalidate(entity.prefix);
    forget();
    const trx = em.getTransactionContext();
    if (!trx) return;
    const root = rootTransaction(trx);
    const list = this.pending.get(root) ?? [];
    list.push(forget);
    this.pending.set(root, list);
  }

  private settle({ transaction }: TransactionEventArgs): void {
    if (!transaction) return;
    const list = this.pending.get(transaction);
    if (!list) return;
    this.pending.delete(transaction);
    for (const forget of list) forget();
  }
}
