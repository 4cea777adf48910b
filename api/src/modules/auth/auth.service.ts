import { createHash, createSecretKey, randomBytes, timingSafeEqual, type KeyObject } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import jwt from 'jsonwebtoken';
import type { Config } from '../../config';
import type { Actor } from './actor';
import { ROLE_PERMISSIONS } from './permissions';
import { Role } from './role';

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

/** What a process keeps about a user between requests (see `Authenticator`). */
export interface UserRecord {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  stationId: string | null;
  technicianId?: string | null;
  active: boolean;
  tokenVersion: number;
}

/** What a process keeps about a partner key between requests. */
export interface ApiKeyRecord {
  id: string;
  name: string;
  secretHash: string;
  scopes: string[];
  manufacturerId: string | null;
  stationId: string | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
}

const ALGORITHM = 'HS256';

const SECRET_KEYS = new Map<string, KeyObject>();
/**
 * The secret as a key object, made once: given a string, jsonwebtoken first tries it as a public
 * key and throws on every request before falling back to a secret key.
 */
function secretKey(secret: string): KeyObject {
  let key = SECRET_KEYS.get(secret);
  if (!key) {
    key = createSecretKey(Buffer.from(secret, 'utf8'));
    SECRET_KEYS.set(secret, key);
  }
  return key;
}

export function signToken(
  user: Pick<UserRecord, 'id' | 'tokenVersion'>,
  config: Pick<Config, 'jwtSecret' | 'jwtTtl'>,
): { token: string; expiresAt: Date } {
  const token = jwt.sign({ sub: user.id, ver: user.tokenVersion }, secretKey(config.jwtSecret), {
    algorithm: ALGORITHM,
    expiresIn: config.jwtTtl as jwt.SignOptions['expiresIn'],
  });
  const { exp } = jwt.decode(token) as { exp: number };
  return { token, expiresAt: new Date(exp * 1000) };
}

/**
 * The user id and token version of a valid token, or null. Only HS256 is accepted (no `none`, no
 * algorithm chosen by the token), and a token must carry an expiry: one without `exp` never ends.
 */
type Claims = { userId: string; tokenVersion: number; exp: number };
/** Verified tokens per signing secret. */
const VERIFIED = new Map<string, Map<string, Claims>>();
const VERIFIED_SIZE = 10_000;

/**
 * The user id and token version of a valid token, or null. Only HS256 is accepted (no `none`, no
 * algorithm chosen by the token), and a token must carry an expiry: one without `exp` never ends.
 * A token verified once is remembered until it expires (the signature cannot change meanwhile).
 */
export function verifyToken(token: string, config: Pick<Config, 'jwtSecret'>): { userId: string; tokenVersion: number } | null {
  let verified = VERIFIED.get(config.jwtSecret);
  if (!verified) VERIFIED.set(config.jwtSecret, (verified = new Map()));
  const known = verified.get(token);
  if (known && known.exp * 1000 > Date.now()) return known;
  try {
    const payload = jwt.verify(token, secretKey(config.jwtSecret), { algorithms: [ALGORITHM] });
    if (typeof payload !== 'object' || payload === null) return null;
    const { sub, ver, exp } = payload as { sub?: unknown; ver?: unknown; exp?: unknown };
    if (typeof sub !== 'string' || !Number.isInteger(ver) || typeof exp !== 'number') return null;
    const claims = { userId: sub, tokenVersion: ver as number, exp };
    if (verified.size >= VERIFIED_SIZE) verified.delete(verified.keys().next().value as string);
    verified.set(token, claims);
    return claims;
  } catch {
    return null;
  }
}

export function userActor(user: UserRecord): Actor {
  const permissions = new Set(user.roles.flatMap((r) => ROLE_PERMISSIONS[r] ?? []));
  return {
    kind: 'user',
    id: user.id,
    label: user.username,
    displayName: user.displayName,
    roles: user.roles,
    permissions,
    // A user tied to a station sees only that station's records; administrators are never narrowed.
    stationId: user.stationId && !user.roles.includes(Role.ADMIN) ? user.stationId : undefined,
    technicianId: user.technicianId ?? undefined,
  };
}

export function partnerActor(key: ApiKeyRecord): Actor {
  return {
    kind: 'partner',
    id: key.id,
    label: key.name,
    displayName: key.name,
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

/** Splits a presented key into its public prefix and its secret, or null when it is not a key. */
export function parseApiKey(presented: string): { prefix: string; secret: string } | null {
  const m = KEY_PATTERN.exec(presented.trim());
  return m ? { prefix: m[1], secret: m[2] } : null;
}

/** The secret is 256 random bits, so a fast hash is enough; the compare is constant-time. */
export function apiKeyMatches(key: ApiKeyRecord, secret: string, now = new Date()): boolean {
  if (key.revokedAt || (key.expiresAt && key.expiresAt <= now)) return false;
  const expected = Buffer.from(key.secretHash, 'hex');
  const actual = Buffer.from(sha256(secret), 'hex');
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
