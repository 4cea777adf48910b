import path from 'node:path';

/** Everything the process reads from its environment, validated once at start. */
export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  /** External PostgreSQL; when absent an embedded server is started. */
  databaseUrl?: string;
  /** A streaming standby for reports, exports, ad-hoc queries and dashboards (README "Scaling out"). */
  readDatabaseUrl?: string;
  dataDir: string;
  embeddedPgPort: number;
  jwtSecret: string;
  jwtTtl: string;
  /** Express `trust proxy`: whose X-Forwarded-For is believed when telling clients apart. */
  trustProxy: boolean | number | string;
  /** How long a process trusts what it read about a user or partner key (revocation delay elsewhere). */
  authCacheTtlMs: number;
  /** How often buffered partner usage counts are written (the most a crash can lose). */
  usageFlushMs: number;
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
  /**
   * Queries are answered without Apollo's request pipeline, with the same rules
   * (graphql/direct-execution.ts). Off: every request through Apollo (the differential test runs both).
   */
  directExecution: boolean;
  /**
   * Those queries are compiled to JavaScript (graphql-jit) from this request of a text on
   * (interpreted by graphql-js before; 0: never compiled). A one-off text is not worth compiling.
   */
  compileQueriesAfter: number;
  /** Read-path statements are prepared once per connection (off behind PgBouncer in transaction mode before 1.21). */
  preparedStatements: boolean;
  /**
   * On SIGTERM, how long the process keeps serving while `/readyz` answers 503, so that a balancer
   * stops sending it new requests before it stops listening (0: stop listening at once).
   */
  drainDelayMs: number;
  /** The longest a draining process waits for requests in flight before closing their connections. */
  drainTimeoutMs: number;
  /** This process's name among several (`X-Served-By` on every response when set). */
  instanceName?: string;
  /** Run background jobs and scheduled checks in this process (pg-boss; `npm start` and the cluster). */
  jobs: boolean;
  /** A running job not finished after this long is taken for dead (its process crashed) and retried. */
  jobExpireSeconds: number;
  /** How often pg-boss looks for expired jobs. */
  jobMaintenanceSeconds: number;
  /** How often pg-boss looks whether a schedule is due (its schedules are minute-grained). */
  jobCronMonitorSeconds: number;
  /** Cron expressions of the scheduled checks, in BUSINESS_TZ. */
  jobSchedules: { 'sla-overdue': string; 'part-returns-late': string; 'purge-files': string };
  /** Records a scheduled check handles per statement (and per progress update). */
  jobBatchSize: number;
  /** Fault injection for the crash tests (`<job>:<steps>[:throw]`, comma-separated); never set in production. */
  jobFailpoint?: string;
  /** An export asked with `delivery: AUTO` of more rows than this runs as a background job. */
  exportJobRows: number;
  /** How long the files of export and import jobs are kept (then the purge job deletes them). */
  fileTtlHours: number;
}

export const DEFAULT_JWT_SECRET = 'dev-only-secret-change-me';
// The repository: two levels up from here, or three when running the compiled copy in .build/.
const up = path.resolve(__dirname, '..', '..');
export const ROOT_DIR = path.basename(up) === '.build' ? path.dirname(up) : up;

function int(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0 || n > 65535) throw new Error(`${name} must be a port number, got "${value}"`);
  return n;
}

function millis(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 3_600_000) throw new Error(`${name} must be milliseconds (0 to 3600000), got "${value}"`);
  return n;
}

/** `loopback` (default): only a balancer on this host is believed; `false`, `true`, a hop count, or addresses/subnets. */
function trustProxy(value: string | undefined): Config['trustProxy'] {
  const v = (value ?? '').trim();
  if (v === '') return 'loopback';
  if (['0', 'false', 'no', 'off'].includes(v.toLowerCase())) return false;
  if (v.toLowerCase() === 'true') return true;
  if (/^\d+$/.test(v)) return Number(v);
  return v;
}

/** Minimum HMAC key for HS256 (RFC 7518 §3.2: a key at least as long as the hash). */
export const MIN_JWT_SECRET_BYTES = 32;

function limit(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number ≥ 0, got "${value}"`);
  return n;
}

/** A positive whole number (seconds, or a count), at most 86400. */
function seconds(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 86_400) throw new Error(`${name} must be whole seconds (1 to 86400), got "${value}"`);
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
  if (mode === 'production' && Buffer.byteLength(jwtSecret, 'utf8') < MIN_JWT_SECRET_BYTES) {
    throw new Error(
      `Refusing to start in production with a JWT_SECRET shorter than ${MIN_JWT_SECRET_BYTES} bytes: use e.g. \`openssl rand -base64 48\`.`,
    );
  }
  const jwtTtl = env.JWT_TTL || '12h';
  // Tokens always expire: a positive amount with a unit (a bare number would be read as milliseconds).
  if (!/^[1-9]\d*(s|m|h|d)$/.test(jwtTtl)) throw new Error(`JWT_TTL must look like 90m, 12h or 7d, got "${jwtTtl}"`);
  const dataDir = path.resolve(env.DATA_DIR || path.join(ROOT_DIR, '.data'));
  return {
    env: mode,
    port: int('PORT', env.PORT, 4000),
    databaseUrl: env.DATABASE_URL || undefined,
    readDatabaseUrl: env.READ_DATABASE_URL || undefined,
    dataDir,
    embeddedPgPort: int('EMBEDDED_PG_PORT', env.EMBEDDED_PG_PORT, 54329),
    jwtSecret,
    jwtTtl,
    trustProxy: trustProxy(env.TRUST_PROXY),
    authCacheTtlMs: millis('AUTH_CACHE_TTL_MS', env.AUTH_CACHE_TTL_MS, 5000),
    usageFlushMs: millis('USAGE_FLUSH_MS', env.USAGE_FLUSH_MS, 5000),
    // Demo logins and the demo partner key are public: never seeded in production unless asked.
    seedDemo: bool(env.SEED_DEMO, mode !== 'production'),
    serveAdmin: bool(env.SERVE_ADMIN, true),
    adminDist: path.join(ROOT_DIR, 'admin', 'dist'),
    timeZone: env.BUSINESS_TZ || 'Asia/Shanghai',
    logLevel: env.LOG_LEVEL || (mode === 'test' ? 'warn' : 'info'),
    maxQueryCost: limit('MAX_QUERY_COST', env.MAX_QUERY_COST, 50_000),
    requestTimeoutMs: limit('REQUEST_TIMEOUT_MS', env.REQUEST_TIMEOUT_MS, 5_000),
    statementTimeoutMs: limit('DB_STATEMENT_TIMEOUT_MS', env.DB_STATEMENT_TIMEOUT_MS, 5_000),
    preparedStatements: bool(env.DB_PREPARED_STATEMENTS, true),
    directExecution: bool(env.DIRECT_EXECUTION, true),
    compileQueriesAfter: limit('COMPILE_QUERIES_AFTER', env.COMPILE_QUERIES_AFTER, 2),
    drainDelayMs: millis('DRAIN_DELAY_MS', env.DRAIN_DELAY_MS, 0),
    drainTimeoutMs: millis('DRAIN_TIMEOUT_MS', env.DRAIN_TIMEOUT_MS, 10_000),
    instanceName: env.INSTANCE_NAME || undefined,
    jobs: bool(env.JOBS, true),
    jobExpireSeconds: seconds('JOBS_EXPIRE_SECONDS', env.JOBS_EXPIRE_SECONDS, 900),
    jobMaintenanceSeconds: seconds('JOBS_MAINTENANCE_SECONDS', env.JOBS_MAINTENANCE_SECONDS, 60),
    jobCronMonitorSeconds: Math.min(45, seconds('JOBS_CRON_MONITOR_SECONDS', env.JOBS_CRON_MONITOR_SECONDS, 30)),
    jobSchedules: {
      'sla-overdue': env.JOBS_SCHEDULE_SLA_OVERDUE || '*/5 * * * *',
      'part-returns-late': env.JOBS_SCHEDULE_PART_RETURNS || '0 * * * *',
      'purge-files': env.JOBS_SCHEDULE_PURGE_FILES || '15 * * * *',
    },
    jobBatchSize: seconds('JOBS_BATCH_SIZE', env.JOBS_BATCH_SIZE, 500),
    jobFailpoint: env.JOBS_FAILPOINT || undefined,
    exportJobRows: limit('EXPORT_JOB_ROWS', env.EXPORT_JOB_ROWS, 10_000),
    fileTtlHours: seconds('FILES_TTL_HOURS', env.FILES_TTL_HOURS, 24),
  };
}

/** `npm run start:cluster` (README "Scaling out"): how many processes, and which parts in front of the database. */
export interface ClusterConfig {
  processes: number;
  pooler: boolean;
  poolerPort: number;
  /** PgBouncer's server connections per database, shared by all processes. */
  poolSize: number;
  replica: boolean;
  replicaPort: number;
}

export function loadClusterConfig(env: NodeJS.ProcessEnv = process.env): ClusterConfig {
  const processes = limit('CLUSTER_PROCESSES', env.CLUSTER_PROCESSES, 2);
  if (processes < 1 || processes > 16) throw new Error(`CLUSTER_PROCESSES must be 1 to 16, got "${env.CLUSTER_PROCESSES}"`);
  const poolSize = limit('PGBOUNCER_POOL_SIZE', env.PGBOUNCER_POOL_SIZE, 20);
  if (poolSize < 1) throw new Error(`PGBOUNCER_POOL_SIZE must be at least 1, got "${env.PGBOUNCER_POOL_SIZE}"`);
  return {
    processes,
    pooler: bool(env.CLUSTER_PGBOUNCER, true),
    poolerPort: int('PGBOUNCER_PORT', env.PGBOUNCER_PORT, 6432),
    poolSize,
    replica: bool(env.CLUSTER_REPLICA, true),
    replicaPort: int('REPLICA_PG_PORT', env.REPLICA_PG_PORT, 54330),
  };
}
