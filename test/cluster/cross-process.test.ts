/**
 * Two API processes behind HAProxy and PgBouncer (transaction pooling) on one primary: nothing that
 * matters lives in a process. Logins, throttles, numbering, a lifecycle and the auth cache across
 * processes; then a rolling restart of both under load without one failed request.
 */
import fs from 'node:fs';
import { Client } from 'pg';
import { Role } from '../../api/src/modules/auth/role';
import { hashPassword } from '../../api/src/modules/auth/auth.service';
import { User } from '../../api/src/modules/auth/user.entity';
import { withoutAudit } from '../../api/src/modules/audit/audit-context';
import { AUTH_TTL_MS, startClusterWorld, type ClusterWorld } from '../helpers/cluster-app';
import { orderScenario } from '../helpers/order-scenario';
import type { GqlResult } from '../helpers/test-app';

const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`;
const ME = `{ me { id displayName } }`;
/** The benchmark's 3-level order list (b): orders, customer, unit → product → brand, station. */
const ORDER_LIST = `{ serviceOrders(perPage: 20) { items { id number status customer { id name } productUnit { id product { id name brand { id name } } } station { id name } } } }`;

let w: ClusterWorld;

async function post<T = Record<string, unknown>>(
  base: string,
  query: string,
  variables: Record<string, unknown> = {},
  from: { token?: string; address?: string } = {},
): Promise<GqlResult<T> & { servedBy: string | null; status: number }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (from.token) headers.authorization = `Bearer ${from.token}`;
  if (from.address) headers['x-forwarded-for'] = from.address;
  const res = await fetch(`${base}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return { ...((await res.json()) as GqlResult<T>), servedBy: res.headers.get('x-served-by'), status: res.status };
}

async function createUser(username: string, password: string): Promise<string> {
  const em = w.orm.em.fork();
  const user = em.create(User, { username, displayName: username, roles: [Role.DISPATCHER], passwordHash: await hashPassword(password), station: null });
  await withoutAudit(() => em.flush());
  return user.id;
}

beforeAll(async () => {
  w = await startClusterWorld({ processes: 2, replica: false });
}, 180_000);

afterAll(async () => {
  await w?.close();
}, 60_000);

describe('two API processes behind HAProxy and PgBouncer', () => {
  it('the balancer spreads requests over both processes, and the pool is PgBouncer in transaction mode', async () => {
    const served = new Set<string | null>();
    for (let i = 0; i < 6; i++) served.add((await post(w.cluster.url, ME, {}, { token: w.via(() => '').admin.token })).servedBy);
    expect([...served].sort()).toEqual(['api1', 'api2']);

    const admin = new Client({ host: '127.0.0.1', port: w.cluster.pooler!.port, user: 'postgres', password: 'postgres', database: 'pgbouncer' });
    await admin.connect();
    try {
      const pools = (await admin.query('show pools')).rows.filter((r) => r.database === 'aftersales' && r.user === 'aftersales');
      expect(pools).toHaveLength(1);
      expect(pools[0].pool_mode).toBe('transaction');
    } finally {
      await admin.end();
    }
  });

  it('a login on one process works on the other', async () => {
    await createUser('roamer', 'roamer-password-1');
    const [a, b] = w.cluster.processes;
    const login = await post<{ login: { token: string } }>(a.url, LOGIN, { u: 'roamer', p: 'roamer-password-1' });
    expect(login.servedBy).toBe('api1');
    const me = await post<{ me: { displayName: string } }>(b.url, ME, {}, { token: login.data!.login.token });
    expect(me.servedBy).toBe('api2');
    expect(me.errors).toBeUndefined();
    expect(me.data!.me.displayName).toBe('roamer');
  });

  it('login throttles count failures from every process together', async () => {
    await createUser('guessed', 'guessed-password-1');
    const from = { address: '198.51.100.23' };
    // Ten guesses per username and address, spread over both processes …
    for (let i = 0; i < 10; i++) {
      const p = w.cluster.processes[i % 2];
      const res = await post(p.url, LOGIN, { u: 'guessed', p: `wrong-${i}` }, from);
      expect(res.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    }
    // … and the eleventh is refused on either, even with the right password.
    for (const p of w.cluster.processes) {
      const res = await post(p.url, LOGIN, { u: 'guessed', p: 'guessed-password-1' }, from);
      expect(res.errors?.[0].extensions.code).toBe('TOO_MANY_ATTEMPTS');
    }
    // Another address is not affected.
    const other = await post(w.cluster.url, LOGIN, { u: 'guessed', p: 'guessed-password-1' }, { address: '198.51.100.24' });
    expect(other.errors).toBeUndefined();
  });

  it('a lifecycle walked across processes, and order numbers unique and gap-free under concurrent intake on both', async () => {
    const served: string[] = [];
    const t = w.acrossProcesses(served);
    const s = await orderScenario(t);
    const order = await s.createOrder();
    await s.okStep('dispatchServiceOrder', order.id, { stationId: s.near.id, technicianIds: [s.lead.id] });
    await s.okStep('startServiceOrderRepair', order.id, null, s.nearStaff);
    const done = await s.okStep('completeServiceOrder', order.id, { causeCodeId: s.cause.id, methodCodeId: s.method.id, locationCodeId: s.location.id, parts: [] }, s.nearStaff);
    expect(done.order.status).toBe('COMPLETED');
    expect(done.order.timeline.map((e) => e.action)).toEqual(expect.arrayContaining(['CREATE', 'DISPATCH', 'START_REPAIR', 'COMPLETE']));
    expect(new Set(served)).toEqual(new Set(['api1', 'api2']));

    // 24 intakes at once, half on each process (through PgBouncer): every number once, none skipped.
    const created = await Promise.all(Array.from({ length: 24 }, () => s.createOrder()));
    const numbers = [order, ...created].map((o) => o.number).sort();
    const seq = numbers.map((n) => Number(n.slice(-6)));
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(seq[seq.length - 1] - seq[0]).toBe(seq.length - 1);
  });

  it(`a deactivated user is refused by every process within the auth cache TTL (${AUTH_TTL_MS} ms)`, async () => {
    const id = await createUser('leaver', 'leaver-password-1');
    const token = (await post<{ login: { token: string } }>(w.cluster.url, LOGIN, { u: 'leaver', p: 'leaver-password-1' })).data!.login.token;
    // Both processes have the user in their cache.
    for (const p of w.cluster.processes) expect((await post(p.url, ME, {}, { token })).errors).toBeUndefined();

    const admin = w.via(() => w.cluster.processes[0].url).admin;
    const deactivated = await post(w.cluster.processes[0].url, `mutation($id: ID!) { updateUser(id: $id, input: { active: false }) { id } }`, { id }, admin);
    expect(deactivated.errors).toBeUndefined();
    const at = Date.now();
    // The process that made the change drops its entry at once; the other within its TTL.
    expect((await post(w.cluster.processes[0].url, ME, {}, { token })).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const refusedAfter: number[] = [];
    for (const p of w.cluster.processes) {
      for (;;) {
        const res = await post(p.url, ME, {}, { token });
        if (res.errors?.[0].extensions.code === 'UNAUTHENTICATED') break;
        expect(Date.now() - at).toBeLessThan(AUTH_TTL_MS + 500);
        await new Promise((r) => setTimeout(r, 50));
      }
      refusedAfter.push(Date.now() - at);
    }
    expect(Math.max(...refusedAfter)).toBeLessThanOrEqual(AUTH_TTL_MS + 500);
  });

  it('a rolling restart of both processes under load loses no request', async () => {
    const token = w.via(() => '').admin.token;
    // Bounded load, loopback only: 8 clients, each a loop of requests through the balancer until
    // the restarts are done (at most 60 s), then one more second.
    let stopAt = Date.now() + 60_000;
    const failures: string[] = [];
    const servedBy: Record<string, number> = {};
    let requests = 0;
    const client = async () => {
      while (Date.now() < stopAt) {
        requests++;
        try {
          const res = await post(w.cluster.url, ORDER_LIST, {}, { token });
          if (res.status !== 200 || res.errors) failures.push(`${res.status} ${JSON.stringify(res.errors ?? '')}`);
          servedBy[res.servedBy ?? '?'] = (servedBy[res.servedBy ?? '?'] ?? 0) + 1;
        } catch (err) {
          failures.push(String((err as Error).cause ?? err));
        }
      }
    };
    const load = Promise.all(Array.from({ length: 8 }, client));
    await new Promise((r) => setTimeout(r, 1000));
    const pids = w.cluster.processes.map((p) => p.child.pid);
    await w.cluster.restart(0);
    await new Promise((r) => setTimeout(r, 1000));
    await w.cluster.restart(1);
    await new Promise((r) => setTimeout(r, 1000));
    stopAt = Math.min(stopAt, Date.now());
    await load;

    expect(w.cluster.processes.map((p) => p.child.pid)).not.toEqual(expect.arrayContaining(pids));
    if (failures.length) {
      throw new Error(`${failures.length} of ${requests} requests failed: ${failures.slice(0, 5).join('; ')}\nHAProxy, all but 200s:\n${fs
          .readFileSync(w.cluster.balancer.child.logFile, 'utf8')
          .split('\n')
          .filter((l) => !/ 200 \d/.test(l))
          .slice(-40)
          .join('\n')}`);
    }
    expect(requests).toBeGreaterThan(100);
    expect(servedBy.api1).toBeGreaterThan(0);
    expect(servedBy.api2).toBeGreaterThan(0);
  }, 120_000);
});
