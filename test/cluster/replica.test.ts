/**
 * A streaming standby behind PgBouncer: ad-hoc queries and dashboards read from it (seen in its
 * pg_stat_activity), a mutation's writes and reads stay on the primary, and the lag is reported
 * when replay is held back.
 */
import { Client } from 'pg';
import { startClusterWorld, type ClusterWorld } from '../helpers/cluster-app';

let w: ClusterWorld;
let replica: Client;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const RUN = `query($q: AdHocQueryInput!) { runQuery(query: $q, perPage: 100) { total rows { values } } }`;
const CUSTOMERS = { root: 'customers', columns: ['name'], filter: { combinator: 'and', rules: [{ field: 'name', operator: 'equals', value: '副本探针' }] } };

async function replicaQueries(): Promise<string[]> {
  const { rows } = await replica.query(
    `select query from pg_stat_activity where datname = 'aftersales' and backend_type = 'client backend' and pid <> pg_backend_pid()`,
  );
  return rows.map((r) => r.query as string);
}

beforeAll(async () => {
  w = await startClusterWorld({ processes: 2, replica: true });
  replica = new Client({ connectionString: w.cluster.replicaUrl });
  await replica.connect();
}, 180_000);

afterAll(async () => {
  await replica?.query('select pg_wal_replay_resume()').catch(() => undefined);
  await replica?.end();
  await w?.close();
}, 60_000);

describe('a read replica', () => {
  it('is a streaming standby of the primary', async () => {
    expect((await replica.query('select pg_is_in_recovery() as r')).rows[0].r).toBe(true);
    const t = w.via(() => w.cluster.url);
    const status = await t.ok<{ readReplica: { configured: boolean; lagSeconds: number; stale: boolean } }>(`{ readReplica { configured lagSeconds stale } }`, {}, t.admin);
    // Caught up, or within a moment of it (the processes' job queue writes every second or so).
    expect(status.readReplica).toMatchObject({ configured: true, stale: false });
    expect(status.readReplica.lagSeconds).toBeLessThan(2);
  });

  it('ad-hoc queries and the dashboard read from the standby', async () => {
    const t = w.via(() => w.cluster.url);
    expect((await replicaQueries()).some((q) => q.includes('"customer"'))).toBe(false);
    await t.ok(RUN, { q: CUSTOMERS }, t.admin);
    expect((await replicaQueries()).some((q) => q.includes('"customer"'))).toBe(true);
    expect((await replicaQueries()).some((q) => q.includes('service_order'))).toBe(false);
    await t.ok(`{ orderDashboard { overdue unassigned } }`, {}, t.admin);
    expect((await replicaQueries()).some((q) => q.includes('service_order'))).toBe(true);
  });

  it('a mutation writes and reads on the primary while the standby lags; reports catch up and show the lag', async () => {
    const t = w.via(() => w.cluster.url);
    await replica.query('select pg_wal_replay_pause()');
    try {
      const created = await t.ok<{ createCustomer: { id: string; name: string } }>(
        `mutation { createCustomer(input: { kind: INDIVIDUAL, name: "副本探针", mobile: "13912345678" }) { id name } }`,
        {},
        t.admin,
      );
      // Read back within the mutation (its result) and by get-one: the primary has it …
      expect(created.createCustomer.name).toBe('副本探针');
      const one = await t.ok<{ customer: { name: string } | null }>(`query($id: ID!) { customer(id: $id) { name } }`, { id: created.createCustomer.id }, t.admin);
      expect(one.customer?.name).toBe('副本探针');
      // … the standby, replay paused, not yet: the report says so once the lag passes 5 s.
      expect((await t.ok<{ runQuery: { total: number } }>(RUN, { q: CUSTOMERS }, t.admin)).runQuery.total).toBe(0);
      await sleep(5500);
      const lagging = await t.ok<{ readReplica: { lagSeconds: number; stale: boolean } }>(`{ readReplica { lagSeconds stale } }`, {}, t.admin);
      expect(lagging.readReplica.lagSeconds).toBeGreaterThan(5);
      expect(lagging.readReplica.stale).toBe(true);
    } finally {
      await replica.query('select pg_wal_replay_resume()');
    }
    for (let i = 0; i < 50; i++) {
      if ((await t.ok<{ runQuery: { total: number } }>(RUN, { q: CUSTOMERS }, t.admin)).runQuery.total === 1) break;
      await sleep(100);
    }
    expect((await t.ok<{ runQuery: { total: number } }>(RUN, { q: CUSTOMERS }, t.admin)).runQuery.total).toBe(1);
    expect((await t.ok<{ readReplica: { stale: boolean } }>(`{ readReplica { stale } }`, {}, t.admin)).readReplica.stale).toBe(false);
  }, 60_000);
});
