import request from 'supertest';
import { createApp, type App } from '../../api/src/app';
import { loadConfig } from '../../api/src/config';
import type { GqlResult, TestApp } from './test-app';

export interface From {
  token?: string;
  apiKey?: string;
  /** Sent as X-Forwarded-For: believed because the test client is on loopback (TRUST_PROXY=loopback). */
  address?: string;
}

/** A GraphQL request to any app (the test app or a second process), from a given client address. */
export async function post<T = Record<string, unknown>>(
  app: App,
  query: string,
  variables: Record<string, unknown> = {},
  from: From = {},
): Promise<GqlResult<T>> {
  let req = request(app.app).post('/graphql').set('content-type', 'application/json');
  if (from.token) req = req.set('authorization', `Bearer ${from.token}`);
  if (from.apiKey) req = req.set('x-api-key', from.apiKey);
  if (from.address) req = req.set('x-forwarded-for', from.address);
  const res = await req.send({ query, variables });
  return res.body as GqlResult<T>;
}

/** Another API process on the same database, as behind a load balancer (close it in the test). */
export function secondProcess(t: TestApp, env: Record<string, string> = {}): Promise<App> {
  const config = loadConfig({ NODE_ENV: 'test', JWT_SECRET: t.config.jwtSecret, SERVE_ADMIN: 'false', ...env });
  return createApp(config, t.orm.config.get('clientUrl')!, { migrations: { silent: true } });
}

/** Sets a throttle counter by hand (to reach a backstop without hundreds of argon2 verifies). */
export async function setFailures(t: TestApp, key: string, failures: number): Promise<void> {
  await t.orm.em.getConnection().execute(
    `insert into auth_failure (key, failures, first_at) values (?, ?, now())
     on conflict (key) do update set failures = excluded.failures, first_at = now()`,
    [key, failures],
  );
}

export async function failuresOf(t: TestApp, key: string): Promise<number | undefined> {
  const rows = await t.orm.em.getConnection().execute<{ failures: number }[]>(`select failures from auth_failure where key = ?`, [key]);
  return rows[0]?.failures;
}

export const codes = (results: GqlResult[]): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const r of results) {
    const code = r.errors?.[0]?.extensions.code ?? 'OK';
    out[code] = (out[code] ?? 0) + 1;
  }
  return out;
};
