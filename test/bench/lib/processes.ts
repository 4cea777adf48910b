/**
 * Child processes of the benchmark: spawned in their own process group (so a Ctrl-C in the
 * terminal reaches only the harness, which then stops them in order), logged to files, and
 * stopped by pid — SIGTERM to the group, SIGKILL after a grace period. Nothing is killed by name.
 */
import fs from 'node:fs';
import net from 'node:net';
import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

export interface Child {
  name: string;
  proc: ChildProcess;
  pid: number;
  logFile: string;
  /** Resolves with the exit code (or signal) once the process has gone. */
  exited: Promise<number | string>;
  hasExited(): boolean;
  /** The last lines of its output, for error messages. */
  tail(lines?: number): string;
}

const children = new Set<Child>();
/** A file listing the live children (pid + command), so a run after a crash can stop leftovers. */
let pidFile: string | undefined;

function writePidFile(): void {
  if (!pidFile) return;
  const rows = [...children].filter((c) => !c.hasExited()).map((c) => `${c.pid}\t${commandOf(c.pid)}`);
  fs.writeFileSync(pidFile, rows.join('\n') + (rows.length ? '\n' : ''));
}

export function commandOf(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
  } catch {
    return '';
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Children a crashed earlier run left behind (the harness was SIGKILLed): each listed pid that
 * still runs the very command we recorded is sent SIGTERM (its group), then SIGKILL.
 */
export async function stopLeftovers(file: string, log: (line: string) => void): Promise<void> {
  pidFile = file;
  if (!fs.existsSync(file)) return;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const [pidText, ...cmd] = line.split('\t');
    const pid = Number(pidText);
    if (!Number.isInteger(pid) || pid <= 1 || !alive(pid) || commandOf(pid) !== cmd.join('\t')) continue;
    log(`stopping a leftover child of an earlier run: pid ${pid} (${cmd.join(' ').slice(0, 80)})`);
    signalGroup(pid, 'SIGTERM');
    for (let i = 0; i < 100 && alive(pid); i++) await sleep(100);
    if (alive(pid)) signalGroup(pid, 'SIGKILL');
  }
  fs.rmSync(file, { force: true });
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal); // the child's own process group (it was spawned detached)
  } catch {
    try {
      process.kill(pid, signal);
    } catch {
      /* already gone */
    }
  }
}

export interface SpawnOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Also echo the output to our stdout. */
  echo?: boolean;
  /** Called with every chunk of stdout (e.g. to spot a READY line). */
  onStdout?: (text: string) => void;
}

export function spawnChild(name: string, command: string, args: string[], logFile: string, opts: SpawnOptions = {}): Child {
  const out = fs.openSync(logFile, 'a');
  const proc = spawn(command, args, {
    cwd: opts.cwd,
    env: opts.env ?? process.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (!proc.pid) throw new Error(`${name}: could not start ${command}`);
  const recent: string[] = [];
  const keep = (text: string) => {
    fs.writeSync(out, text);
    recent.push(...text.split('\n'));
    if (recent.length > 200) recent.splice(0, recent.length - 200);
    if (opts.echo) process.stdout.write(text);
  };
  proc.stdout!.setEncoding('utf8').on('data', (text: string) => {
    keep(text);
    opts.onStdout?.(text);
  });
  proc.stderr!.setEncoding('utf8').on('data', keep);
  let gone = false;
  const exited = new Promise<number | string>((resolve) => {
    proc.on('exit', (code, signal) => {
      gone = true;
      // Let the pipes drain before the log file is closed.
      setTimeout(() => {
        try {
          fs.closeSync(out);
        } catch {
          /* closed */
        }
      }, 50);
      resolve(code ?? signal ?? 'unknown');
    });
  });
  const child: Child = {
    name,
    proc,
    pid: proc.pid,
    logFile,
    exited,
    hasExited: () => gone,
    tail: (lines = 30) => recent.slice(-lines).join('\n'),
  };
  children.add(child);
  void exited.then(() => {
    children.delete(child);
    writePidFile();
  });
  writePidFile();
  return child;
}

/** SIGTERM (SIGINT for processes that shut down on it) to the child's group; SIGKILL after `graceMs`. */
export async function stopChild(child: Child, graceMs = 15000, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.hasExited()) return;
  signalGroup(child.pid, signal);
  const done = await Promise.race([child.exited.then(() => true), sleep(graceMs).then(() => false)]);
  if (!done) {
    console.error(`${child.name} (pid ${child.pid}) did not stop within ${graceMs} ms: SIGKILL`);
    signalGroup(child.pid, 'SIGKILL');
    await Promise.race([child.exited, sleep(5000)]);
  }
}

/** Stops every child still running, one after the other, the most recently started (the load) first. */
export async function stopAllChildren(): Promise<void> {
  for (const c of [...children].reverse()) await stopChild(c);
}

export function liveChildren(): Child[] {
  return [...children].filter((c) => !c.hasExited());
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

/** Resident and peak memory of a process, in MiB, from /proc/<pid>/status. */
export function memoryOf(pid: number): { rssMiB: number; peakMiB: number } | undefined {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rssMiB: kb('VmRSS') / 1024, peakMiB: kb('VmHWM') / 1024 };
  } catch {
    return undefined;
  }
}

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** CPU time (user + system) a process has used so far, in ms, from /proc/<pid>/stat. */
export function cpuMsOf(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After the command name: state(0) ppid(1) … utime(11) stime(12)
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return NaN;
  }
}

/** Polls `check` until it returns true; fails early when `child` exits, or after `timeoutMs`. */
export async function waitFor(what: string, check: () => Promise<boolean>, child: Child | undefined, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child?.hasExited()) throw new Error(`${what}: ${child.name} exited before it was ready:\n${child.tail()}`);
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`${what}: not ready after ${timeoutMs / 1000} s${child ? `:\n${child.tail()}` : ''}`);
    await sleep(300);
  }
}
