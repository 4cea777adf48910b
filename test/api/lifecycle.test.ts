import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

// Each test starts the real server in a new process (compiling api/src on the way) once or twice:
// a few seconds on a quiet machine, many times that on a busy one. The limits only catch a server
// that never comes up; a wait for readiness or for an exit is what the tests check.
const STARTUP_LIMIT = 60_000;
jest.setTimeout(3 * STARTUP_LIMIT);

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, 'localhost', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** Whether this process runs the postgres of the cluster in `dir` (false once it is gone, or only a zombie). */
function isPostgresOf(pid: number, dir: string): boolean {
  try {
    const argv = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return path.basename(argv[0]) === 'postgres' && argv.includes(dir);
  } catch {
    return false;
  }
}

/** The postmaster of the cluster in `dir` while it runs: the pid on the first line of its postmaster.pid. */
function runningPostgres(dir: string): number | undefined {
  let pid: number;
  try {
    pid = Number(fs.readFileSync(path.join(dir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return undefined;
  }
  return Number.isInteger(pid) && pid > 0 && isPostgresOf(pid, dir) ? pid : undefined;
}

interface Server {
  proc: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** The compiled entry point `npm start` runs (built once here, as `npm start` does). */
const MAIN = '.build/api/src/main.js';
const build = spawnSync(process.execPath, ['api/build-if-stale.mjs'], { cwd: ROOT, encoding: 'utf8' });
if (build.status !== 0) throw new Error(`api build failed: ${build.stderr}`);

/** Every server this file started, so that a failed test leaves none behind. */
const started = new Set<ChildProcess>();

/** Starts the product the way `npm start` does (the compiled API, without the panel build) and waits until it is ready. */
async function start(env: Record<string, string>): Promise<Server> {
  let out = '';
  const proc = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'development', SEED_DEMO: 'false', SERVE_ADMIN: 'false', DATABASE_URL: '', ...env },
  });
  started.add(proc);
  proc.stdout!.on('data', (d) => (out += d));
  proc.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  const deadline = Date.now() + STARTUP_LIMIT;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) break;
    try {
      const res = await fetch(`http://localhost:${env.PORT}/readyz`);
      if (res.ok) return { proc, output: () => out, exited };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  proc.kill('SIGKILL');
  throw new Error(`server did not become ready:\n${out}`);
}

describe('starting and stopping the product on the embedded database', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'asp-life-'));
  fs.chmodSync(dataDir, 0o755);
  const pgDir = path.join(dataDir, 'postgres');
  let env: Record<string, string>;

  beforeAll(async () => {
    env = { DATA_DIR: dataDir, PORT: String(await freePort()), EMBEDDED_PG_PORT: String(await freePort()) };
  });
  // After a failed test: stop what this file started, by pid (never by a name pattern, which
  // could hit another engineer's processes): the servers it spawned, then a postgres one left.
  afterAll(async () => {
    for (const proc of started) if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL');
    const pid = runningPostgres(pgDir);
    if (pid) {
      process.kill(pid, 'SIGINT'); // fast shutdown
      for (let i = 0; i < 100 && isPostgresOf(pid, pgDir); i++) await new Promise((r) => setTimeout(r, 100));
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves health checks, and SIGTERM stops the server and the database cleanly', async () => {
    const server = await start(env);
    expect(await (await fetch(`http://localhost:${env.PORT}/healthz`)).json()).toEqual({ status: 'ok' });
    expect(server.output()).toContain(`http://localhost:${env.PORT}/graphql`);
    const postgres = runningPostgres(pgDir);
    expect(postgres).toBeDefined();
    server.proc.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(isPostgresOf(postgres!, pgDir)).toBe(false);
    expect(runningPostgres(pgDir)).toBeUndefined();
  });

  it('reuses the data on the next start, and recovers from a crash that orphaned the database', async () => {
    const first = await start(env);
    const token = await fetch(`http://localhost:${env.PORT}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(token.ok).toBe(true);
    first.proc.kill('SIGKILL');
    await first.exited;
    const orphan = runningPostgres(pgDir);
    expect(orphan).toBeDefined();

    const second = await start(env);
    expect(second.output()).toContain('orphaned PostgreSQL');
    expect(isPostgresOf(orphan!, pgDir)).toBe(false);
    const postgres = runningPostgres(pgDir);
    expect(postgres).toBeDefined();
    second.proc.kill('SIGINT');
    expect(await second.exited).toBe(0);
    expect(isPostgresOf(postgres!, pgDir)).toBe(false);
    expect(runningPostgres(pgDir)).toBeUndefined();
  });

  it('refuses to start in production with the default JWT secret', () => {
    const r = spawnSync(process.execPath, [MAIN], {
      cwd: ROOT,
      env: { ...process.env, ...env, NODE_ENV: 'production', JWT_SECRET: '' },
      encoding: 'utf8',
      timeout: STARTUP_LIMIT,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Refusing to start in production with the default JWT_SECRET');
    expect(runningPostgres(pgDir)).toBeUndefined();
  });
});
