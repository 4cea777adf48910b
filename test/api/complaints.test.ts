import { randomBytes } from 'node:crypto';
import { Role } from '../../api/src/modules/auth/role';
import { SYSTEM_ACTOR } from '../../api/src/modules/auth/actor';
import { withoutAudit } from '../../api/src/modules/audit/audit-context';
import { serviceContext } from '../../api/src/common/service-context';
import { CodeKind } from '../../api/src/modules/code-table/code-kind';
import { ServiceOrder } from '../../api/src/modules/service-order/service-order.entity';
import { complaintDeadlines, responseOverdue, resolutionOverdue } from '../../api/src/modules/complaint/deadlines';
import { DEFAULT_AFTER_SALES_RULES } from '../../api/src/modules/settings/after-sales-rules';
import { complaintSummary } from '../../api/src/modules/complaint/complaint-summary';
import { Fixtures } from '../helpers/fixtures';
import { createTestApp, type Caller, type GqlResult, type TestApp } from '../helpers/test-app';

const FIELDS = `id number status category severity channel stationId productId serviceOrderId ownerName contactPhone receivedAt respondDueAt resolveDueAt
  respondedAt resolvedAt resolution responseOverdue resolutionOverdue allowedActions allowedOperations reworkOrderId reworkOrder { id number reworkOfId }
  timeline { action status summary actorLabel }`;

type C = { id: string; number: string; status: string; respondDueAt: string; resolveDueAt: string; responseOverdue: boolean; resolutionOverdue: boolean; allowedActions: string[]; allowedOperations: string[] } & Record<string, any>;

const H = 3_600_000;
const M = 60_000;

/** Complaints: deadlines on the business clock and their boundaries, the lifecycle, rework orders, the monthly summary, scopes. */
describe('complaints', () => {
  let t: TestApp;
  const w: Record<string, any> = {};
  const code = (r: GqlResult) => r.errors?.[0]?.extensions.code;

  beforeAll(async () => {
    t = await createTestApp();
    const f = new Fixtures(t.em());
    w.a = await f.station({ name: '甲站' });
    w.b = await f.station({ name: '乙站' });
    w.maker = await f.manufacturer({ name: '甲厂' });
    w.product = await f.product({ name: '洗衣机', brand: await f.brand({ manufacturer: w.maker }) });
    w.customer = await f.customer({ name: '赵六', mobile: '13700001111' });
    w.unit = await f.unit({ product: w.product, owner: w.customer });
    await f.code(CodeKind.FAULT_SYMPTOM, { name: '不脱水' });
    const em = t.em();
    w.order = em.create(ServiceOrder, {
      number: `SO-CP-${randomBytes(3).toString('hex')}`,
      customer: w.customer.id,
      contactName: '赵六',
      contactPhone: '13700001111',
      productUnit: w.unit.id,
      product: w.product.id,
      serialNumber: w.unit.serialNumber,
      reportedSymptom: '不脱水',
      station: w.a.id,
      status: 'visited',
      slaDueAt: new Date(),
      inWarranty: true,
      trackingToken: randomBytes(18).toString('base64url'),
    } as never);
    await withoutAudit(() => em.flush());
    w.dispatcher = await t.userWith([Role.DISPATCHER]);
    w.manager = await t.userWith([Role.MANAGER]);
    w.finance = await t.userWith([Role.FINANCE_REVIEWER]);
    w.staffA = await t.userWith([Role.TECHNICIAN], { stationId: w.a.id });
    w.staffB = await t.userWith([Role.TECHNICIAN], { stationId: w.b.id });
  });
  afterAll(() => t.close());

  const file = (input: Record<string, unknown>, caller: Caller = w.dispatcher) =>
    t.gql<{ r: C }>(`mutation($i: ComplaintCreateInput!) { r: createComplaint(input: $i) { ${FIELDS} } }`, { i: { category: 'REPAIR_QUALITY', description: '修了三次还坏', ...input } }, caller);
  const filed = async (input: Record<string, unknown>, caller: Caller = w.dispatcher) => {
    const r = await file(input, caller);
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data!.r;
  };
  const run = (mutation: string, type: string | null, id: string, input: Record<string, unknown> | null, caller: Caller) =>
    t.gql<{ r: C }>(`mutation($id: ID!${type ? `, $i: ${type}!` : ''}) { r: ${mutation}(id: $id${type ? ', input: $i' : ''}) { ${FIELDS} } }`, type ? { id, i: input } : { id }, caller);
  const get = async (id: string, caller: Caller = w.dispatcher) => (await t.ok<{ complaint: C }>(`query($id: ID!) { complaint(id: $id) { ${FIELDS} } }`, { id }, caller)).complaint;
  const overdueIds = async (filter: Record<string, unknown>) =>
    (await t.ok<{ complaints: { items: Array<{ id: string }> } }>(`query($f: ComplaintFilter) { complaints(perPage: 500, filter: $f) { items { id } } }`, { f: filter }, w.dispatcher)).complaints.items.map((c) => c.id);

  it('deadlines: 4 h to respond, 48 h to resolve, on the business time zone’s clock; late from the deadline itself', () => {
    const received = new Date('2026-12-01T02:00:00Z'); // 10:00 in Asia/Shanghai
    const due = complaintDeadlines(received, DEFAULT_AFTER_SALES_RULES, 'Asia/Shanghai');
    expect(due.respondDueAt.toISOString()).toBe('2026-12-01T06:00:00.000Z');
    expect(due.resolveDueAt.toISOString()).toBe('2026-12-03T02:00:00.000Z');
    const c = { ...due, respondedAt: null, resolvedAt: null };
    const at = (ms: number) => new Date(received.getTime() + ms);
    expect(responseOverdue(c, at(3 * H + 59 * M))).toBe(false);
    expect(responseOverdue(c, at(4 * H))).toBe(true);
    expect(resolutionOverdue(c, at(47 * H + 59 * M))).toBe(false);
    expect(resolutionOverdue(c, at(48 * H))).toBe(true);
    // Answered at 3:59 stays on time for good; answered at 4:00 is late.
    expect(responseOverdue({ ...c, respondedAt: at(3 * H + 59 * M) }, at(100 * H))).toBe(false);
    expect(responseOverdue({ ...c, respondedAt: at(4 * H) }, at(4 * H))).toBe(true);
    // Where clocks change, 48 hours are 48 hours of the wall clock: 2026-03-28 10:00 in Berlin → 2026-03-30 10:00 there (47 real hours).
    const berlin = complaintDeadlines(new Date('2026-03-28T09:00:00Z'), DEFAULT_AFTER_SALES_RULES, 'Europe/Berlin');
    expect(berlin.resolveDueAt.toISOString()).toBe('2026-03-30T08:00:00.000Z');
  });

  it('the overdue list and flags at 3:59 / 4:00 and 47:59 / 48:00 after the complaint', async () => {
    const now = Date.now();
    const c359 = await filed({ serviceOrderId: w.order.id, receivedAt: new Date(now - 3 * H - 59 * M).toISOString() });
    const c400 = await filed({ serviceOrderId: w.order.id, receivedAt: new Date(now - 4 * H).toISOString() });
    const c4759 = await filed({ serviceOrderId: w.order.id, receivedAt: new Date(now - 47 * H - 59 * M).toISOString() });
    const c4800 = await filed({ serviceOrderId: w.order.id, receivedAt: new Date(now - 48 * H).toISOString() });
    expect([c359.responseOverdue, c400.responseOverdue]).toEqual([false, true]);
    expect([c4759.resolutionOverdue, c4800.resolutionOverdue]).toEqual([false, true]);
    const responseLate = await overdueIds({ responseOverdue: true });
    expect(responseLate).toContain(c400.id);
    expect(responseLate).not.toContain(c359.id);
    // Answer the 47:59 one: its response was late (past 4 h), but resolution is not due yet.
    await run('respondComplaint', 'ComplaintResponseInput', c4759.id, { response: '已安排回访' }, w.dispatcher);
    const overdue = await overdueIds({ overdue: true });
    expect(overdue).toEqual(expect.arrayContaining([c400.id, c4800.id]));
    expect(overdue).not.toContain(c359.id);
    expect(overdue).not.toContain(c4759.id);
    const answered = await get(c4759.id);
    expect(answered).toMatchObject({ status: 'RESPONDED', responseOverdue: true, resolutionOverdue: false });
    expect(answered.timeline[1].summary).toContain('已超响应时限');
    // A complaint in the future is refused.
    expect(code(await file({ customerId: w.customer.id, receivedAt: new Date(now + H).toISOString() }))).toBe('BAD_USER_INPUT');
  });

  it('lifecycle: respond, resolve (a resolution is required), close; refusals by state and by role', async () => {
    const c = await filed({ serviceOrderId: w.order.id, severity: 'HIGH' });
    expect(c).toMatchObject({ status: 'OPEN', stationId: w.a.id, productId: w.product.id, allowedActions: ['RESPOND', 'RESOLVE'] });
    expect(c.ownerName).toBe('Test dispatcher');
    expect(code(await run('closeComplaint', null, c.id, null, w.dispatcher))).toBe('INVALID_TRANSITION');
    expect(code(await run('respondComplaint', 'ComplaintResponseInput', c.id, { response: '收到' }, w.finance))).toBe('FORBIDDEN');
    expect(code(await run('respondComplaint', 'ComplaintResponseInput', c.id, { response: '收到' }, w.staffA))).toBe('FORBIDDEN');
    const responded = (await run('respondComplaint', 'ComplaintResponseInput', c.id, { response: '已致电顾客道歉' }, w.dispatcher)).data!.r;
    expect(responded).toMatchObject({ status: 'RESPONDED', responseOverdue: false });
    expect(code(await run('resolveComplaint', 'ComplaintResolutionInput', c.id, { resolution: '' }, w.dispatcher))).toBe('BAD_USER_INPUT');
    const resolved = (await run('resolveComplaint', 'ComplaintResolutionInput', c.id, { resolution: '更换电机，免收费用' }, w.manager)).data!.r;
    expect(resolved).toMatchObject({ status: 'RESOLVED', resolution: '更换电机，免收费用', resolutionOverdue: false, allowedActions: ['CLOSE'] });
    const closed = (await run('closeComplaint', null, c.id, null, w.manager)).data!.r;
    expect(closed.status).toBe('CLOSED');
    expect(closed.timeline.map((e: { action: string }) => e.action)).toEqual(['CREATE', 'RESPOND', 'RESOLVE', 'CLOSE']);
    // Only a manager cancels, with a reason.
    const other = await filed({ customerId: w.customer.id, category: 'FEES' });
    expect(code(await run('cancelComplaint', 'ReasonInput', other.id, { reason: '重复登记' }, w.dispatcher))).toBe('FORBIDDEN');
    expect((await run('cancelComplaint', 'ReasonInput', other.id, { reason: '重复登记' }, w.manager)).data!.r.status).toBe('CANCELLED');
  });

  it('a complaint opens a rework order from its linked order, once', async () => {
    const c = await filed({ serviceOrderId: w.order.id });
    expect(c.allowedOperations).toEqual(['ASSIGN', 'OPEN_REWORK']);
    const r = (await run('openComplaintRework', null, c.id, null, w.dispatcher)).data!.r;
    expect(r.reworkOrder).toMatchObject({ reworkOfId: w.order.id });
    expect(r.reworkOrder.number).toMatch(/^SO-/);
    expect(r.allowedOperations).toEqual(['ASSIGN']);
    expect(code(await run('openComplaintRework', null, c.id, null, w.dispatcher))).toBe('FORBIDDEN');
    const noOrder = await filed({ customerId: w.customer.id });
    expect(code(await run('openComplaintRework', null, noOrder.id, null, w.dispatcher))).toBe('FORBIDDEN');
  });

  it('station staff read the complaints about their station only; partners see the phone masked', async () => {
    const c = await filed({ serviceOrderId: w.order.id });
    expect((await get(c.id, w.staffA)).id).toBe(c.id);
    expect(code(await t.gql(`query($id: ID!) { complaint(id: $id) { id } }`, { id: c.id }, w.staffB))).toBe('NOT_FOUND');
    const issued = await t.ok<{ issueApiKey: { key: string } }>(
      `mutation($i: ApiKeyIssueInput!) { issueApiKey(input: $i) { key } }`,
      { i: { name: '甲厂', partnerKind: 'MANUFACTURER', manufacturerId: w.maker.id, scopes: ['complaint:read'] } },
      t.admin,
    );
    const maker = await t.ok<{ complaint: { contactPhone: string; ownerName: string | null } }>(`query($id: ID!) { complaint(id: $id) { contactPhone ownerName } }`, { id: c.id }, { apiKey: issued.issueApiKey.key });
    expect(maker.complaint).toEqual({ contactPhone: '137****1111', ownerName: null });
  });

  it('the monthly summary counts by category, station and product, late ones included, in the caller’s scope', async () => {
    const month = new Date().toISOString().slice(0, 7);
    const sc = serviceContext(t.em(), SYSTEM_ACTOR, t.config);
    const summary = await complaintSummary(sc, month);
    const direct = await t.em().getConnection().execute<Array<{ n: number }>>(`select count(*)::int as n from complaint where to_char(received_at at time zone 'Asia/Shanghai', 'YYYY-MM') = ?`, [month]);
    expect(summary.total).toBe(direct[0].n);
    expect(summary.byCategory.find((r) => r.key === 'repair_quality')).toMatchObject({ name: '维修质量' });
    expect(summary.byStation.find((r) => r.key === w.a.id)).toMatchObject({ name: '甲站' });
    expect(summary.byProduct.find((r) => r.key === w.product.id)!.total).toBeGreaterThan(0);
    expect(summary.byCategory.reduce((n, r) => n + r.respondedLate, 0)).toBeGreaterThan(0);
    const asB = await t.ok<{ complaintSummary: { total: number } }>(`query($m: String!) { complaintSummary(month: $m) { total } }`, { m: month }, w.staffB);
    expect(asB.complaintSummary.total).toBe(0);
    expect(code(await t.gql(`{ complaintSummary(month: "2026-13") { total } }`, {}, w.dispatcher))).toBe('BAD_USER_INPUT');
  });
});
