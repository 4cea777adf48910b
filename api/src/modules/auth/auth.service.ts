import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import jwt from 'jsonwebtoken';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../config';
import type { Actor } from './actor';
import { ApiKey } from './api-key.entity';
import { ROLE_PERMISSIONS } from './permissions';
import { Role } from './role';
import { User } from './user.entity';

let dummyHash: Promise<string> | undefined;

/**
 * argon2id, the OWASP first choice for password storage. An object rather than loose functions
 * so tests can watch which hash a login was verified against.
 */
export const passwords = {
  hash(password: string): Promise<string> {
    return hash(password);
  },
  verify(passwordHash: string, password: string): Promise<boolean> {
    return verify(passwordHash, password).catch(() => false);
  },
  /**
   * A hash of a random password with the same parameters as real ones, made once per process:
   * a login for an unknown or deactivated user verifies against it, so it costs what a real one does.
   */
  dummyHash(): Promise<string> {
    dummyHash ??= hash(randomBytes(24).toString('base64url'));
    return dummyHash;
  },
};

export function hashPassword(password: string): Promise<string> {
  return passwords.hash(password);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return passwords.verify(passwordHash, password);
}

export function signToken(user: User, config: Config): { token: string; expiresAt: Date } {
  const token = jwt.sign({ sub: user.id }, config.jwtSecret, { expiresIn: config.jwtTtl as jwt.SignOptions['expiresIn'] });
  const { exp } = jwt.decode(token) as { exp: number };
  return { token, expiresAt: new Date(exp * 1000) };
}

export function userActor(user: User): Actor {
  const permissions = new Set(user.roles.flatMap((r) => ROLE_PERMISSIONS[r] ?? []));
  return {
    kind: 'user',
    id: user.id,
    label: user.username,
    roles: user.roles,
    permissions,
    // A user tied to a station sees only that station's records; administrators are never narrowed.
    stationId: user.stationId && !user.roles.includes(Role.ADMIN) ? user.stationId : undefined,
  };
}

export function partnerActor(key: ApiKey): Actor {
  return {
    kind: 'partner',
    id: key.id,
    label: key.name,
    roles: [],
    permissions: new Set(key.scopes),
    stationId: key.stationId ?? undefined,
    manufacturerId: key.manufacturerId ?? undefined,
  };
}

const KEY_PATTERN = /^ask_([a-z0-9]{10})_([A-Za-z0-9_-]{43})$/;

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** A new partner key: `ask_<prefix>_<secret>`. Only the prefix and a SHA-256 of the secret are stored. */
export function generateApiKey(): { key: string; prefix: string; secretHash: string } {
  const prefix = randomBytes(8).toString('hex').slice(0, 10);
  const secret = randomBytes(32).toString('base64url');
  return { key: `ask_${prefix}_${secret}`, prefix, secretHash: sha256(secret) };
}

/** The secret is 256 random bits, so a fast hash is enough; the compare is constant-time. */
export async function findApiKey(em: EntityManager, presented: string): Promise<ApiKey | null> {
  const m = KEY_PATTERN.exec(presented.trim());
  if (!m) return null;
  const key = await em.findOne(ApiKey, { prefix: m[1] });
  if (!key || !key.active) return null;
  const expected = Buffer.from(key.secretHash, 'hex');
  const actual = Buffer.from(sha256(m[2]), 'hex');
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? key : null;
}

export async function findTokenUser(em: EntityManager, token: string, config: Config): Promise<User | null> {
  try {
    const payload = jwt.verify(token, config.jwtSecret) as { sub?: string };
    if (!payload.sub) return null;
    const user = await em.findOne(User, { id: payload.sub, active: true });
    return user ?? null;
  } catch {
    return null;
  }
}

/** Reads `Authorization: Bearer <jwt>` or `X-Api-Key` / `Authorization: ApiKey <key>`. */
export async function authenticate(
  em: EntityManager,
  headers: Record<string, string | string[] | undefined>,
  config: Config,
): Promise<{ actor?: Actor; apiKey?: ApiKey }> {
  const authorization = String(headers.authorization ?? '');
  const apiKeyHeader = headers['x-api-key'];
  const presentedKey = apiKeyHeader
    ? String(apiKeyHeader)
    : authorization.toLowerCase().startsWith('apikey ')
      ? authorization.slice(7)
      : undefined;
  if (presentedKey) {
    const key = await findApiKey(em, presentedKey);
    return key ? { actor: partnerActor(key), apiKey: key } : {};
  }
  if (authorization.toLowerCase().startsWith('bearer ')) {
    const user = await findTokenUser(em, authorization.slice(7).trim(), config);
    return user ? { actor: userActor(user) } : {};
  }
  return {};
}
