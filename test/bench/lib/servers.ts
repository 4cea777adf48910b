/**
 * The two servers under test, each a child process on 127.0.0.1 and a free port:
 * our API (`api/src/main.ts` in production mode, its default pool of 10) and PostGraphile
 * (`../shared/bench/peer-postgraphile`, PEER_PG_POOL=10, with the connection-filter plugin for d).
 */
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import { freePort, spawnChild, waitFor, type Child } from './processes';
import type { Log } from './database';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const PARTNER_KEY = 'X-Api-Key';

export interface Api {
  child: Child;
  url: string;
  profileDir?: string;
}

export interface Peer {
  child: Child;
  url: string;
  /** The postgraphile node process itself (the script's child), for its RSS and CPU. */
  pid: number;
  version: string;
}

/** A fresh random secret per run: the tokens are only good for this run's API processes. */
export const JWT_SECRET = crypto.randomBytes(32).toString('base64url');

export async function startApi(databaseUrl: string, logDir: string, name: string, opts: { profileDir?: string; nodeFlags?: string[] } = {}): Promise<Api> {
  const port = await freePort();
  const nodeFlags = [...(opts.nodeFlags ?? []), ...(opts.profileDir ? ['--cpu-prof', '--cpu-prof-dir', opts.profileDir] : [])];
  if (opts.profileDir) fs.mkdirSync(opts.profileDir, { recursive: true });
  // As `npm start` runs it: the API compiled to JavaScript (no TypeScript compiler in the process).
  const built = spawnSync(process.execPath, ['api/build-if-stale.mjs'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('api: the build failed');
  const child = spawnChild(
    name,
    process.execPath,
    [...nodeFlags, '.build/api/src/main.js'],
    path.join(logDir, `${name}.log`),
    {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        JWT_SECRET,
        SEED_DEMO: 'false',
        SERVE_ADMIN: 'false',
        DATABASE_URL: databaseUrl,
        PORT: String(port),
      },
    },
  );
  const url = `http://127.0.0.1:${port}/graphql`;
  await waitFor(
    'API',
    async () => (await fetch(`http://127.0.0.1:${port}/readyz`, { signal: AbortSignal.timeout(2000) })).ok,
    child,
    180000,
  );
  return { child, url, profileDir: opts.profileDir };
}

export function peerDir(): string {
  return process.env.PEER_PG_DIR || '/tmp/peer-postgraphile';
}

const FILTER_PLUGIN = 'postgraphile-plugin-connection-filter';

/**
 * Query d needs the connection-filter plugin: installed once into $PEER_PG_DIR (outside the repo,
 * under the kit's install lock), next to the postgraphile the kit installs there.
 */
export function ensureFilterPlugin(log: Log): string {
  const dir = peerDir();
  const pluginDir = path.join(dir, 'node_modules', FILTER_PLUGIN);
  if (fs.existsSync(path.join(pluginDir, 'package.json'))) return pluginDir;
  fs.mkdirSync(dir, { recursive: true });
  if (!fs.existsSync(path.join(dir, 'package.json'))) fs.writeFileSync(path.join(dir, 'package.json'), '{"name":"peer-postgraphile-cache","private":true}\n');
  log(`installing ${FILTER_PLUGIN}@2 into ${dir}`);
  execFileSync(
    'flock',
    [path.join(dir, '.install.lock'), 'npm', 'install', '--no-audit', '--no-fund', '--loglevel=error', `${FILTER_PLUGIN}@2`],
    { cwd: dir, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  return pluginDir;
}

export async function startPeer(kitDir: string, databaseUrl: string, logDir: string, log: Log, opts: { profileDir?: string; name?: string } = {}): Promise<Peer> {
  const plugin = ensureFilterPlugin(log);
  const port = await freePort();
  let ready: { pid: number } | undefined;
  const name = opts.name ?? 'postgraphile';
  if (opts.profileDir) fs.mkdirSync(opts.profileDir, { recursive: true });
  const profiling = opts.profileDir
    ? { NODE_OPTIONS: `--require=${path.join(__dirname, 'cpu-profile-preload.js')}`, BENCH_CPU_PROF_DIR: opts.profileDir }
    : {};
  const child = spawnChild(name, path.join(kitDir, 'peer-postgraphile'), [databaseUrl, String(port)], path.join(logDir, `${name}.log`), {
    env: {
      ...process.env,
      ...profiling,
      PEER_PG_DIR: peerDir(),
      PEER_PG_POOL: '10',
      // postgraphile keeps only the last --append-plugins, so the kit's own simplify-inflector flag
      // would be lost behind ours: both plugins go in one flag instead (same schema, plus filter).
      PEER_PG_SIMPLIFY: '0',
      PEER_PG_EXTRA: `--append-plugins ${path.join(peerDir(), 'node_modules', '@graphile-contrib', 'pg-simplify-inflector')},${plugin}`,
      PEER_PG_READY_TIMEOUT: '180',
    },
    onStdout: (text) => {
      const m = /READY \S+ \(pid (\d+)/.exec(text);
      if (m) ready = { pid: Number(m[1]) };
    },
  });
  await waitFor('PostGraphile', async () => ready !== undefined, child, 600000); // the first start installs postgraphile
  let version = '?';
  try {
    version = JSON.parse(fs.readFileSync(path.join(peerDir(), 'node_modules', 'postgraphile', 'package.json'), 'utf8')).version;
  } catch {
    /* unknown */
  }
  return { child, url: `http://127.0.0.1:${port}/graphql`, pid: ready!.pid, version };
}

/** A token for the demo administrator, from our login mutation. */
export async function login(api: Api, username = 'admin', password = 'admin12345'): Promise<string> {
  const r = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation Login($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      variables: { u: username, p: password },
    }),
  });
  const j = (await r.json()) as { data?: { login?: { token: string } }; errors?: unknown };
  if (!j.data?.login?.token) throw new Error(`login as ${username} failed: ${JSON.stringify(j.errors ?? j)}`);
  return j.data.login.token;
}

/** autocannon, installed where ../shared/bench/compare installs it ($BENCH_DEPS_DIR), never into the repo. */
export function loadAutocannon(): any {
  const dir = process.env.BENCH_DEPS_DIR || '/tmp/bench-deps';
  const load = () => require(require.resolve('autocannon', { paths: [dir] }));
  try {
    return load();
  } catch {
    fs.mkdirSync(dir, { recursive: true });
    if (!fs.existsSync(path.join(dir, 'package.json'))) fs.writeFileSync(path.join(dir, 'package.json'), '{"name":"bench-deps","private":true}\n');
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', process.env.BENCH_AUTOCANNON || 'autocannon@8'], {
      cwd: dir,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    return load();
  }
}

export interface LoadResult {
  requests: number;
  rps: number;
  non2xx: number;
  errors: number;
  p50: number;
  /** autocannon reports p97.5, not p95. */
  p975: number;
}

/** One autocannon run (POST JSON, like compare's) against one endpoint. */
export function runLoad(url: string, headers: Record<string, string>, body: string, seconds: number, connections: number): Promise<LoadResult> {
  const autocannon = loadAutocannon();
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
        body,
        connections,
        duration: seconds,
        timeout: 30,
      },
      (err: Error | null, res: any) => {
        if (err) return reject(err);
        resolve({
          requests: res.requests.total,
          rps: res.requests.total / res.duration,
          non2xx: res.non2xx,
          errors: res.errors,
          p50: res.latency.p50,
          p975: res.latency.p97_5,
        });
      },
    );
  });
}

async function gql(api: Api, token: string, query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const r = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const j = (await r.json()) as { data?: any; errors?: unknown };
  if (!j.data || j.errors) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(j.errors ?? j)}`);
  return j.data;
}

/**
 * The demo partner key may not read customers (its scopes: seeds/data/accounts.ts), so b and c are
 * refused to it. For those the partner pass uses a key issued here by the administrator: the demo
 * key's kind and manufacturer, with every grantable read scope; revoked (in SQL, revokeKeyById) when
 * the size is done.
 */
export async function issueReadKey(api: Api, token: string, manufacturerId: string | null): Promise<{ key: string; id: string; scopes: string[] }> {
  const { grantableScopes } = await gql(api, token, '{ grantableScopes }');
  const scopes = (grantableScopes as string[]).filter((s) => s.endsWith(':read'));
  const data = await gql(
    api,
    token,
    'mutation Issue($input: ApiKeyIssueInput!) { issueApiKey(input: $input) { key apiKey { id } } }',
    { input: { name: `bench ${new Date().toISOString()}: demo partner's manufacturer, every read scope`, partnerKind: 'MANUFACTURER', scopes, manufacturerId } },
  );
  return { key: data.issueApiKey.key, id: data.issueApiKey.apiKey.id, scopes };
}
