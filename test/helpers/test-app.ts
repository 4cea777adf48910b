import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import request from 'supertest';
import type { MikroORM, EntityManager } from '@mikro-orm/postgresql';
import { createApp, type App } from '../../api/src/app';
import { loadConfig, type Config } from '../../api/src/config';
import { hashPassword, signToken } from '../../api/src/modules/auth/auth.service';
import { User } from '../../api/src/modules/auth/user.entity';
import { Role } from '../../api/src/modules/auth/role';
import { withoutAudit } from '../../api/src/modules/audit/audit-context';
import { buildSchema } from '../../api/src/graphql/schema';
import { startJobs, type Jobs } from '../../api/src/modules/jobs/jobs';

const TEMPLATE_DB = 'asp_test_template';

export interface GqlError {
  message: string;
  path?: string[];
  extensions: { code: string; message?: { zh: string; en: string }; fields?: Array<{ field: string; message: string }> } & Record<string, unknown>;
}

export interface GqlResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: GqlError[];
}

export interface Caller {
  token?: string;
  apiKey?: string;
  lang?: 'zh' | 'en';
}

export interface TestApp {
  app: App;
  orm: MikroORM;
  config: Config;
  /** A fresh EntityManager for arranging and asserting directly on the database. */
  em(): EntityManager;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, caller?: Caller): Promise<GqlResult<T>>;
  /** Like gql, but fails the test on any error and returns data. */
  ok<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, caller?: Caller): Promise<T>;
  /**
   * Creates a user with these roles and returns a caller signed in as them. Give a password when
   * the test signs in for real (the browser tests); hashing it costs time, so it is optional.
   */
  userWith(roles: Role[], opts?: UserOptions): Promise<Caller & { user: User }>;
  admin: Caller & { user: User };
  /** The background job worker, when the app was made with `{ jobs: true }`. */
  jobs?: Jobs;
  /** The database's URL (for a second connection, or another worker). */
  databaseUrl: string;
  /** Runs fn and counts the SQL statements it sent. */
  countQueries<T>(fn: () => Promise<T>): Promise<{ result: T; queries: string[] }>;
  close(): Promise<void>;
}

export interface UserOptions {
  stationId?: string;
  username?: string;
  password?: string;
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/**
 * The API on a database of its own, cloned from the migrated template (one per test file). Test
 * apps run no background jobs unless asked (`{ jobs: true }`: the pg-boss worker of `main.ts`).
 */
export async function createTestApp(env: Record<string, string> = {}, options: { jobs?: boolean } = {}): Promise<TestApp> {
  const server = process.env.TEST_DATABASE_SERVER;
  if (!server) throw new Error('TEST_DATABASE_SERVER is not set: run tests through jest (globalSetup)');
  const database = `asp_test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: server });
  await admin.connect();
  await admin.query(`create database ${database} template ${TEMPLATE_DB}`);
  await admin.end();

  // Every query compiled from its first request (graphql-jit), so the suite runs on what serves
  // repeated queries in production (direct-execution.test.ts compares it with the other ways).
  const config = loadConfig({ NODE_ENV: 'test', JWT_SECRET: 'test-secret', SERVE_ADMIN: 'false', COMPILE_QUERIES_AFTER: '1', ...env });
  const url = withDatabase(server, database);
  const app = await createApp(config, url, { migrations: { silent: true } });
  const jobs = options.jobs ? await startJobs({ orm: app.orm, auth: app.auth, config, schema: buildSchema }, url) : undefined;
  const http = request(app.app);
  const queries: string[] = [];
  let counting = false;
  app.orm.em
    .getConnection()
    .getKnex()
    .on('query', (q: { sql: string }) => {
      if (counting) queries.push(q.sql);
    });

  const gql = async <T>(query: string, variables: Record<string, unknown> = {}, caller: Caller = {}) => {
    let req = http.post('/graphql').set('content-type', 'application/json');
    if (caller.token) req = req.set('authorization', `Bearer ${caller.token}`);
    if (caller.apiKey) req = req.set('x-api-key', caller.apiKey);
    if (caller.lang) req = req.set('accept-language', caller.lang);
    const res = await req.send({ query, variables });
    return res.body as GqlResult<T>;
  };

  let userCount = 0;
  const userWith = async (roles: Role[], opts: UserOptions = {}) => {
    const em = app.orm.em.fork();
    const user = em.create(User, {
      username: opts.username ?? `user${++userCount}_${randomBytes(3).toString('hex')}`,
      displayName: `Test ${roles.join('+')}`,
      roles,
      passwordHash: opts.password ? await hashPassword(opts.password) : 'not-a-real-hash',
      station: opts.stationId ?? null,
    });
    await withoutAudit(() => em.flush());
    return { user, token: signToken(user, config).token };
  };

  const testApp: TestApp = {
    app,
    orm: app.orm,
    config,
    em: () => app.orm.em.fork(),
    gql,
    async ok(query, variables, caller) {
      const res = await gql(query, variables, caller);
      if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors, null, 2)}`);
      return res.data as never;
    },
    userWith,
    admin: await userWith([Role.ADMIN], { username: 'test_admin' }),
    jobs,
    databaseUrl: url,
    async countQueries(fn) {
      queries.length = 0;
      counting = true;
      try {
        const result = await fn();
        return { result, queries: [...queries] };
      } finally {
        counting = false;
      }
    },
    async close() {
      await jobs?.stop();
      await app.close();
      const c = new Client({ connectionString: server });
      await c.connect();
      await c.query(`drop database if exists ${database} with (force)`);
      await c.end();
    },
  };
  return testApp;
}
