import { createTestApp, type TestApp } from '../helpers/test-app';
import { orderScenario, type Scenario } from '../helpers/order-scenario';
import { auditedUpdate } from '../../api/src/modules/audit/bulk';
import { runAs, withReason, withoutAudit } from '../../api/src/modules/audit/audit-context';
import { Customer } from '../../api/src/modules/customer/customer.entity';
import { userActor } from '../../api/src/modules/auth/auth.service';

interface Entry {
  action: string;
  entity_name: string;
  entity_id: string;
  actor_label: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  reason: string | null;
}

describe('every change is audited, set-based ones included; what is declared not-to-audit is not', () => {
  let t: TestApp;
  let s: Scenario;
  const entries = (entity: string, extra = '', params: unknown[] = []) =>
    t.em().getConnection().execute<Entry[]>(`select * from audit_entry where entity_name = ? ${extra} order by at, id`, [entity, ...params]);

  beforeAll(async () => {
    t = await createTestApp();
    s = await orderScenario(t);
  });
  afterAll(() => t.close());

  it('re-dispatching records the technician taken off the order and the one put on', async () => {
    const order = await s.createOrder({ stationId: s.near.id });
    await s.okStep('dispatchServiceOrder', order.id, { stationId: s.near.id, technicianIds: [s.lead.id] });
    await s.okStep('dispatchServiceOrder', order.id, { stationId: s.near.id, technicianIds: [s.helper.id] });
    const rows = (await entries('OrderTechnician')).filter((e) => (e.after ?? e.before)?.order === order.id);
    expect(rows.map((e) => [e.action, (e.after ?? e.before)?.technician])).toEqual([
      ['create', s.lead.id],
      ['delete', s.lead.id],
      ['create', s.helper.id],
    ]);
  });

  it('marking awaited parts arrived (one statement for all lines) writes one entry per line, with before and after', async () => {
    const order = await s.createOrder({ stationId: s.near.id });
    await s.paths.inRepair(order.id);
    await s.okStep('awaitServiceOrderParts', order.id, { parts: [{ partId: s.part.id, quantity: 1 }, { partId: s.part.id, quantity: 2 }] }, s.nearStaff);
    const lines = await t.em().getConnection().execute<Array<{ id: string }>>(`select id from service_order_part where order_id = ?`, [order.id]);
    await s.okStep('markServiceOrderPartsArrived', order.id, null, s.nearStaff);
    const rows = (await entries('OrderPart', `and action = 'update'`)).filter((e) => lines.some((l) => l.id === e.entity_id));
    expect(rows).toHaveLength(2);
    for (const e of rows) {
      expect(e.before).toEqual({ arrivedAt: null, kind: 'awaited' });
      expect(e.after).toMatchObject({ kind: 'used' });
      expect(typeof e.after?.arrivedAt).toBe('string');
      expect(e.actor_label).toBe(s.nearStaff.user.username);
    }
  });

  it('the bulk helper attributes entries to the actor and reason in force, and writes none when auditing is off', async () => {
    const a = await s.f.customer({ notes: 'a' });
    const b = await s.f.customer({ notes: 'b' });
    const em = t.em();
    const where = { id: { $in: [a.id, b.id] } };
    const n = await runAs(userActor(s.dispatcher.user), () =>
      withReason('批量更正备注', () => em.transactional((tx) => auditedUpdate(tx as never, Customer, where, { notes: '已核对' }))),
    );
    expect(n).toBe(2);
    const rows = (await entries('Customer', `and reason = '批量更正备注'`)).filter((e) => [a.id, b.id].includes(e.entity_id));
    expect(rows.map((e) => [e.before, e.after])).toEqual(
      expect.arrayContaining([
        [{ notes: 'a' }, { notes: '已核对' }],
        [{ notes: 'b' }, { notes: '已核对' }],
      ]),
    );
    await withoutAudit(() => t.em().transactional((tx) => auditedUpdate(tx as never, Customer, where, { notes: '静默' })));
    expect((await entries('Customer', `and after->>'notes' = '静默'`)).length).toBe(0);
    const stored = await t.em().getConnection().execute<Array<{ notes: string }>>(`select notes from customer where id = ?`, [a.id]);
    expect(stored[0].notes).toBe('静默');
  });

  it('timeline events, being the record themselves, are not audited; orders are', async () => {
    const order = await s.createOrder();
    expect(await entries('TimelineEvent')).toEqual([]);
    expect((await entries('ServiceOrder', 'and entity_id = ?', [order.id])).map((e) => e.action)).toEqual(['create']);
  });
});
