/**
 * HAProxy in front of the API processes. It health-checks `/readyz` every 500 ms (two failures take a
 * process out, so one slow answer under load does not): a draining
 * process answers 503 there and is out of rotation before it stops listening (see app.ts close()).
 * `retry-on conn-failure` with `redispatch` sends a request whose connection was refused (the
 * request never reached a process) to another one; a request a process received is never replayed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawnChild, stopChild, waitFor, type Child } from './processes';
import { tool } from './tools';
import net from 'node:net';

export interface Balancer {
  port: number;
  child: Child;
  /** Stops listening, lets the requests in flight finish (HAProxy's soft stop). */
  stop(): Promise<void>;
}

export function haproxyConfig(port: number, backends: number[]): string {
  return `global
  maxconn 4096
  log stderr format short local0 info

defaults
  mode http
  log global
  option httplog
  option dontlognull
  timeout connect 2s
  timeout client 65s
  timeout server 65s
  timeout http-request 10s
  timeout http-keep-alive 5s
  timeout check 3s
  # A moment with no server up (both restarting, or checks slow under load) waits, not fails.
  timeout queue 30s
  retries 3
  option redispatch 1
  retry-on conn-failure
  option forwardfor

frontend api
  bind 127.0.0.1:${port}
  default_backend api_processes

backend api_processes
  balance roundrobin
  option httpchk GET /readyz
  http-check expect status 200
  default-server inter 500ms fastinter 250ms downinter 500ms fall 2 rise 2 maxconn 64
${backends.map((p, i) => `  server api${i + 1} 127.0.0.1:${p} check`).join('\n')}
`;
}

export async function startHaproxy(dir: string, port: number, backends: number[]): Promise<Balancer> {
  const file = path.join(dir, 'haproxy.cfg');
  fs.writeFileSync(file, haproxyConfig(port, backends));
  const child = spawnChild('haproxy', tool('haproxy'), ['-db', '-f', file], path.join(dir, 'haproxy.log'));
  await waitFor(
    `HAProxy on port ${port}`,
    () =>
      new Promise((resolve) => {
        const s = net.connect(port, '127.0.0.1', () => {
          s.end();
          resolve(true);
        });
        s.on('error', () => resolve(false));
      }),
    10_000,
    child,
  );
  return { port, child, stop: () => stopChild(child, 'SIGUSR1', 30_000) };
}
