import path from 'node:path';

/** Everything the process reads from its environment, validated once at start. */
export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  /** External PostgreSQL; when absent an embedded server is started. */
  databaseUrl?: string;
  dataDir: string;
  embeddedPgPort: number;
  jwtSecret: string;
  jwtTtl: string;
  seedDemo: boolean;
  serveAdmin: boolean;
  adminDist: string;
  /** Business time zone: "today" for warranty, dispatch load and SLA is counted here. */
  timeZone: string;
  logLevel: string;
  /** Query limits (README "Query limits"): the most an accepted operation may cost. */
  maxQueryCost: number;
  /** A request still resolving fields after this long is stopped with TIMEOUT (0: no limit). */
  requestTimeoutMs: number;
  /** PostgreSQL statement_timeout of every pooled connection (0: the server's own setting). */
  statementTimeoutMs: number;
}

export const DEFAULT_JWT_SECRET = 'dev-only-secret-change-me';
export const ROOT_DIR = path.resolve(__dirname, '..', '..');

function int(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0 || n > 65535) throw new Error(`${name} must be a port number, got "${value}"`);
  return n;
}

function limit(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number ≥ 0, got "${value}"`);
  return n;
}

function bool(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return !['0', 'false', 'no', 'off'].includes(value.toLowerCase());
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const mode = (env.NODE_ENV ?? 'development') as Config['env'];
  if (!['development', 'production', 'test'].includes(mode)) {
    throw new Error(`NODE_ENV must be development, production or test, got "${mode}"`);
  }
  const jwtSecret = env.JWT_SECRET || DEFAULT_JWT_SECRET;
  if (mode === 'production' && jwtSecret === DEFAULT_JWT_SECRET) {
    throw new Error('Refusing to start in production with the default JWT_SECRET: set JWT_SECRET to a long random value.');
  }
  const dataDir = path.resolve(env.DATA_DIR || path.join(ROOT_DIR, '.data'));
  return {
    env: mode,
    port: int('PORT', env.PORT, 4000),
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir,
    embeddedPgPort: int('EMBEDDED_PG_PORT', env.EMBEDDED_PG_PORT, 54329),
    jwtSecret,
    jwtTtl: env.JWT_TTL || '12h',
    // Demo logins and the demo partner key are public: never seeded in production unless asked.
    seedDemo: bool(env.SEED_DEMO, mode !== 'production'),
    serveAdmin: bool(env.SERVE_ADMIN, true),
    adminDist: path.join(ROOT_DIR, 'admin', 'dist'),
    timeZone: env.BUSINESS_TZ || 'Asia/Shanghai',
    logLevel: env.LOG_LEVEL || (mode === 'test' ? 'warn' : 'info'),
    maxQueryCost: limit('MAX_QUERY_COST', env.MAX_QUERY_COST, 50_000),
    requestTimeoutMs: limit('REQUEST_TIMEOUT_MS', env.REQUEST_TIMEOUT_MS, 5_000),
    statementTimeoutMs: limit('DB_STATEMENT_TIMEOUT_MS', env.DB_STATEMENT_TIMEOUT_MS, 5_000),
  };
}
