/**
 * The cross-process tests' world: a real cluster (`startCluster`, as `npm run start:cluster` runs
 * it) in a temporary folder — primary, streaming standby, PgBouncer, API processes, HAProxy — and a
 * TestApp-shaped client whose requests go to the processes over HTTP, so the scenario helpers
 * written for one process (orderScenario, Fixtures) walk a lifecycle across several.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import { loadConfig } from '../../api/src/config';
import { ormConfig } from '../../api/src/db/orm.config';
import { startCluster, type Cluster, type ClusterOptions } from '../../api/src/cluster/cluster';
import { TOOLS } from '../../api/src/cluster/tools';
import { hashPassword, signToken } from '../../api/src/modules/auth/auth.service';
import { User } from '../../api/src/modules/auth/user.entity';
import { Role } from '../../api/src/modules/auth/role';
import { withoutAudit } from '../../api/src/modules/audit/audit-context';
import type { Caller, GqlResult, TestApp, UserOptions } from './test-app';

export const CLUSTER_SECRET = randomBytes(32).toString('base64url');
export const AUTH_TTL_MS = 1000;

export interface ClusterWorld {
  cluster: Cluster;
  orm: MikroORM;
  /** A TestApp whose every request goes to `target()` (a process, or the balancer). */
  via(target: () => string, served?: string[]): TestApp;
  /** Round robin over the processes directly, recording who served each request in `served`. */
  acrossProcesses(served?: string[]): TestApp;
  close(): Promise<void>;
}

/** The cluster needs Debian's haproxy and pgbouncer: fail loudly (never skip) when they are not there. */
function requireTools(): void {
  const missing = Object.entries(TOOLS).filter(([, f]) => !fs.existsSync(f));
  if (missing.length) {
    throw new Error(
      `The cross-process tests need ${missing.map(([n, f]) => `${n} (${f})`).join(', ')}: ` +
        '`npm test` installs them (api/ensure-packages.mjs); by hand: apt-get install haproxy pgbouncer',
    );
  }
}

export async function startClusterWorld(opts: Partial<ClusterOptions> = {}): Promise<ClusterWorld> {
  requireTools();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'asp-cluster-'));
  const cluster = await startCluster({
    dir,
    processes: 2,
    port: 0,
    ...opts,
    env: {
      NODE_ENV: 'test',
      JWT_SECRET: CLUSTER_SECRET,
      SERVE_ADMIN: 'false',
      AUTH_CACHE_TTL_MS: String(AUTH_TTL_MS),
      LOG_LEVEL: 'warn',
      ...opts.env,
    },
  }).catch((err) => {
    fs.rmSync(dir, { recursive: true, force: true });
    throw err;
  });
  const orm = await MikroORM.init(ormConfig(cluster.primaryUrl, { pool: { min: 0, max: 4 } }));
  const config = loadConfig({ NODE_ENV: 'test', JWT_SECRET: CLUSTER_SECRET, SERVE_ADMIN: 'false' });

  let userCount = 0;
  const userWith = async (roles: Role[], o: UserOptions = {}) => {
    const em = orm.em.fork();
    const user = em.create(User, {
      username: o.username ?? `cuser${++userCount}_${randomBytes(3).toString('hex')}`,
      displayName: `Test ${roles.join('+')}`,
      roles,
      passwordHash: o.password ? await hashPassword(o.password) : 'not-a-real-hash',
      station: o.stationId ?? null,
    });
    await withoutAudit(() => em.flush());
    return { user, token: signToken(user, config).token };
  };
  const admin = await userWith([Role.ADMIN], { username: 'cluster_admin' });

  const via = (target: () => string, served: string[] = []): TestApp => {
    const gql = async <T>(query: string, variables: Record<string, unknown> = {}, caller: Caller = {}) => {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (caller.token) headers.authorization = `Bearer ${caller.token}`;
      if (caller.apiKey) headers['x-api-key'] = caller.apiKey;
      if (caller.lang) headers['accept-language'] = caller.lang;
      const res = await fetch(`${target()}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
      served.push(res.headers.get('x-served-by') ?? '?');
      return (await res.json()) as GqlResult<T>;
    };
    return {
      orm,
      config,
      databaseUrl: cluster.primaryUrl,
      em: () => orm.em.fork(),
      gql,
      async ok(query, variables, caller) {
        const res = await gql(query, variables, caller);
        if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors, null, 2)}`);
        return res.data as never;
      },
      userWith,
      admin,
      app: undefined as never,
      countQueries: () => Promise.reject(new Error('countQueries: not across processes')),
      close: async () => undefined,
    } as TestApp;
  };

  return {
    cluster,
    orm,
    via,
    acrossProcesses(served = []) {
      let next = 0;
      return via(() => cluster.processes[next++ % cluster.processes.length].url, served);
    },
    async close() {
      await orm.close(true);
      await cluster.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
