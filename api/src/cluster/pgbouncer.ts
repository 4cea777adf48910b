/**
 * PgBouncer in transaction pooling mode between the API processes and PostgreSQL. Debian's 1.18
 * keeps no prepared statements across transactions (that came in 1.21), so the API processes run
 * with DB_PREPARED_STATEMENTS=false; startup parameters do not reach PostgreSQL either, so the
 * statement timeout is the application role's own setting (DB_STATEMENT_TIMEOUT_MS=0).
 */
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { serviceUser, spawnChild, stopChild, waitFor, type Child } from './processes';
import { tool } from './tools';

export interface PoolerDatabase {
  /** The name clients connect to. */
  name: string;
  port: number;
  dbname: string;
}

export interface PoolerOptions {
  port: number;
  databases: PoolerDatabase[];
  users: Array<{ name: string; password: string }>;
  /** Server connections per database and user: what PostgreSQL sees, whatever the number of processes. */
  poolSize: number;
}

export interface Pooler {
  port: number;
  child: Child;
  url(user: { name: string; password: string }, database: string): string;
  stop(): Promise<void>;
}

export function pgbouncerConfig(dir: string, opts: PoolerOptions): string {
  return `[databases]
${opts.databases.map((d) => `${d.name} = host=127.0.0.1 port=${d.port} dbname=${d.dbname}`).join('\n')}

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = ${opts.port}
unix_socket_dir =
auth_type = plain
auth_file = ${path.join(dir, 'userlist.txt')}
pool_mode = transaction
default_pool_size = ${opts.poolSize}
min_pool_size = 0
reserve_pool_size = 0
max_client_conn = 1000
server_lifetime = 3600
server_idle_timeout = 600
query_wait_timeout = 10
ignore_startup_parameters = extra_float_digits
admin_users = postgres
`;
}

export async function startPgbouncer(dir: string, opts: PoolerOptions): Promise<Pooler> {
  fs.mkdirSync(dir, { recursive: true, mode: 0o755 });
  const user = serviceUser();
  const file = path.join(dir, 'pgbouncer.ini');
  const users = path.join(dir, 'userlist.txt');
  fs.writeFileSync(file, pgbouncerConfig(dir, opts));
  fs.writeFileSync(users, opts.users.map((u) => `"${u.name}" "${u.password}"`).join('\n') + '\n', { mode: 0o600 });
  if (user) for (const f of [file, users]) fs.chownSync(f, user.uid, user.gid);
  const child = spawnChild('pgbouncer', tool('pgbouncer'), [file], path.join(dir, 'pgbouncer.log'), { user });
  const url = (u: { name: string; password: string }, database: string) =>
    `postgres://${encodeURIComponent(u.name)}:${encodeURIComponent(u.password)}@127.0.0.1:${opts.port}/${database}`;
  const probe = opts.users[0];
  await waitFor(
    `PgBouncer on port ${opts.port}`,
    async () => {
      const c = new Client({ connectionString: url(probe, opts.databases[0].name) });
      await c.connect();
      await c.query('select 1');
      await c.end();
      return true;
    },
    10_000,
    child,
  );
  // SIGINT: PgBouncer's safe shutdown (waits for transactions to end).
  return { port: opts.port, child, url, stop: () => stopChild(child, 'SIGINT', 20_000) };
}
