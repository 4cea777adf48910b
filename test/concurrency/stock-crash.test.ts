import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { Client } from 'pg';
import { createTestApp, type TestApp } from '../helpers/test-app';
import { stockScenario, type StockScenario } from '../helpers/stock-scenario';
import { reconcile } from '../../api/src/modules/stock/ledger/reconciliation';

// The child compiles api/src on its way up: seconds on a quiet machine, many on a busy one.
jest.setTimeout(180_000);

const CHILD = path.resolve(__dirname, '..', 'helpers', 'stock-post-child.ts');

async function until<T>(what: string, probe: () => Promise<T | undefined>, limitMs = 90_000): Promise<T> {
  const end = Date.now() + limitMs;
  while (Date.now() < end) {
    const found = await probe();
    if (found !== undefined) return found;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/**
 * A posting killed with SIGKILL half-way through a two-line document: the API process has taken
 * its first balance row and waits for the second (held by this test). After the kill, PostgreSQL
 * rolls the open transaction back: no line moved, no ledger row, the document where it was.
 */
describe('a crash in the middle of posting', () => {
  let t: TestApp;
  let s: StockScenario;
  let child: ChildProcess | undefined;
  beforeAll(async () => {
    t = await createTestApp();
    s = await stockScenario(t);
  });
  afterAll(async () => {
    // Stop what this file started, by its handle (never by a name pattern).
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await t.close();
  });

  it('leaves no half document behind', async () => {
    await s.stockUp(s.wa.id, [
      { partId: s.board.id, quantity: 5, unitCost: 200 },
      { partId: s.motor.id, quantity: 5, unitCost: 150 },
    ]);
    const doc = await s.created('StockOut', { kind: 'LOSS', warehouseId: s.wa.id, lines: [{ partId: s.board.id, quantity: 2 }, { partId: s.motor.id, quantity: 2 }] });
    await s.stepped('StockOut', 'PROCESS', doc.id);
    // Balance rows are locked in part-id order: hold the second one, so the posting stops between its lines.
    const [first, second] = [s.board.id, s.motor.id].sort();
    const url = t.orm.config.getClientUrl();
    const holder = new Client({ connectionString: url });
    await holder.connect();
    await holder.query('begin');
    await holder.query('select 1 from stock_balance where part_id = $1 and warehouse_id = $2 for update', [second, s.wa.id]);

    child = fork(CHILD, [], {
      execArgv: ['-r', '@swc-node/register'],
      env: { ...process.env, DATABASE_URL: url, JWT_SECRET: t.config.jwtSecret, TOKEN: t.admin.token!, DOC_ID: doc.id },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    let output = '';
    child.stdout!.on('data', (d) => (output += d));
    child.stderr!.on('data', (d) => (output += d));
    const exited = new Promise<void>((resolve) => child!.on('exit', () => resolve()));

    // The child's transaction has updated the first row (it holds it) and waits for the second.
    const probe = new Client({ connectionString: url });
    await probe.connect();
    const backend = await until('the posting to wait for the second balance row', async () => {
      if (child!.exitCode !== null) throw new Error(`the child exited early:\n${output}`);
      const { rows } = await probe.query(
        `select a.pid from pg_stat_activity a
          where a.datname = current_database() and a.wait_event_type = 'Lock' and a.pid <> pg_backend_pid() and a.pid <> $1`,
        [(await holder.query('select pg_backend_pid() as pid')).rows[0].pid],
      );
      return rows[0]?.pid as number | undefined;
    });
    // … and holds the first: it has already updated that row (nobody else may lock it now).
    await probe.query('begin');
    await expect(probe.query('select 1 from stock_balance where part_id = $1 and warehouse_id = $2 for update nowait', [first, s.wa.id])).rejects.toMatchObject({ code: '55P03' });
    await probe.query('rollback');

    child.kill('SIGKILL');
    await exited;
    await holder.query('rollback');
    await holder.end();
    // PostgreSQL finds the client gone and rolls its transaction back.
    await until('the killed process’s backend to end', async () => {
      const { rows } = await probe.query('select 1 from pg_stat_activity where pid = $1', [backend]);
      return rows.length === 0 ? true : undefined;
    });
    await probe.end();

    expect(await s.onHand(s.board.id, s.wa.id)).toBe(5);
    expect(await s.onHand(s.motor.id, s.wa.id)).toBe(5);
    expect(await s.ledger(doc.id)).toEqual([]);
    const after = await s.must(t.gql<{ stockOut: { status: string; timeline: Array<{ action: string }> } }>(`query($id: ID!) { stockOut(id: $id) { status timeline { action } } }`, { id: doc.id }, s.keeper));
    expect(after.stockOut).toEqual({ status: 'PROCESSING', timeline: [{ action: 'CREATE' }, { action: 'PROCESS' }] });
    expect((await reconcile(t.em())).ok).toBe(true);
    // Nothing is stuck: the same document posts now.
    await s.stepped('StockOut', 'ISSUE', doc.id);
    expect([await s.onHand(s.board.id, s.wa.id), await s.onHand(s.motor.id, s.wa.id)]).toEqual([3, 3]);
  });
});
