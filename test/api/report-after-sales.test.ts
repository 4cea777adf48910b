import { Role } from '../../api/src/modules/auth/role';
import { CodeKind } from '../../api/src/modules/code-table/code-kind';
import { createTestApp, type Caller, type TestApp } from '../helpers/test-app';
import { reportWorld, writeComplaint, writeReturnRequest } from '../helpers/report-world';
import { Fixtures } from '../helpers/fixtures';

/**
 * Complaints and return requests in the monthly repair report and on the manager's dashboard,
 * against a hand-computed October 2026 (times in Asia/Shanghai; 23:59 on 31 October is
 * October's, 00:00 on 1 November November's). Deadlines of open complaints are long past "now".
 *
 * Complaints (4 h to answer, 48 h to resolve unless said):
 *  c1 s1 A  received Oct 31 23:59, answered and resolved Nov 1, closed Nov 1 12:00 — on time
 *  c2 s1 A  received Nov 1 00:00, open — late (November's)
 *  c3 s2 B  received Oct 10 10:00, answered 14:00 (= the deadline: late), closed Oct 31 23:59
 *  c4 s1 B  received Oct 15 09:00, cancelled unanswered — never late, not closed
 *  c5 s1 A  received Oct 20 09:00, answered and resolved in time, not closed
 *  c6 —  —  received Oct 5 10:00, resolved Oct 8 (due Oct 7 10:00) — late, no station
 *  c7 s3 —  received Oct 12 10:00, open — late; s3 has no orders
 * Return requests:
 *  r1 s1 return  filed Oct 31 23:59, refunded 100.50 and completed Nov 1 00:00
 *  r2 s1 exchange filed Oct 3, completed Oct 31 23:59
 *  r3 s2 refund  filed Nov 1 00:00, refunded 59.99 and completed Nov 1 08:00
 *  r4 s2 return  filed Sep 30 23:59, refunded 200 and completed Oct 1 00:00
 *  r5 —  return  filed Oct 10, pending
 *  r6 s1 return  filed Oct 12, cancelled
 */
describe('reports: complaints and returns figures', () => {
  let t: TestApp;
  let w: Awaited<ReturnType<typeof reportWorld>>;
  let s3: { id: string };
  let manager: Caller;

  const MONTHLY = `query($f: MonthlyReportFilter!) { monthlyRepairReport(filter: $f) {
    totals { month received complaintsReceived complaintsClosed complaintsOverdue returnsReceived returnsCompleted refundAmount }
    rows { month groupId groupName received complaintsReceived complaintsClosed complaintsOverdue returnsReceived returnsCompleted refundAmount } } }`;
  type Row = Record<string, number | string | null>;
  type Monthly = { monthlyRepairReport: { totals: Row[]; rows: Row[] } };
  const figures = (r: Row | undefined) =>
    r && [r.complaintsReceived, r.complaintsClosed, r.complaintsOverdue, r.returnsReceived, r.returnsCompleted, r.refundAmount];

  beforeAll(async () => {
    t = await createTestApp();
    w = await reportWorld(t);
    manager = await t.userWith([Role.MANAGER]);
    const em = t.em();
    const f = new Fixtures(em);
    s3 = await f.station({ name: '三站' });
    const c = (spec: Parameters<typeof writeComplaint>[2]) => writeComplaint(em, f, spec);
    await c({ station: w.s1, product: w.productA, received: '2026-10-31 23:59', responded: '2026-11-01 01:00', resolved: '2026-11-01 10:00', closed: '2026-11-01 12:00' });
    await c({ station: w.s1, product: w.productA, received: '2026-11-01 00:00' });
    await c({ station: w.s2, product: w.productB, received: '2026-10-10 10:00', responded: '2026-10-10 14:00', resolved: '2026-10-11 10:00', closed: '2026-10-31 23:59' });
    await c({ station: w.s1, product: w.productB, received: '2026-10-15 09:00', closed: '2026-10-15 10:00', status: 'cancelled' });
    await c({ station: w.s1, product: w.productA, received: '2026-10-20 09:00', responded: '2026-10-20 10:00', resolved: '2026-10-21 09:00' });
    await c({ received: '2026-10-05 10:00', responded: '2026-10-05 11:00', resolved: '2026-10-08 10:00' });
    await c({ station: s3 as never, received: '2026-10-12 10:00' });
    const reason = await f.code(CodeKind.AFTER_SALES_REASON, { name: '质量问题' });
    const r = (spec: Omit<Parameters<typeof writeReturnRequest>[2], 'reason'>) => writeReturnRequest(em, f, { reason, ...spec });
    await r({ station: w.s1, kind: 'return_refund', created: '2026-10-31 23:59', refunded: '2026-11-01 00:00', completed: '2026-11-01 00:00', refund: 100.5 });
    await r({ station: w.s1, kind: 'exchange', created: '2026-10-03 10:00', completed: '2026-10-31 23:59' });
    await r({ station: w.s2, kind: 'refund_only', created: '2026-11-01 00:00', refunded: '2026-11-01 08:00', completed: '2026-11-01 08:00', refund: 59.99 });
    await r({ station: w.s2, kind: 'return_refund', created: '2026-09-30 23:59', refunded: '2026-10-01 00:00', completed: '2026-10-01 00:00', refund: 200 });
    await r({ kind: 'return_refund', created: '2026-10-10 10:00' });
    await r({ station: w.s1, kind: 'return_refund', created: '2026-10-12 10:00', closed: '2026-10-12 11:00', status: 'cancelled' });
  });
  afterAll(() => t.close());

  it('counts each month’s complaints and requests on both sides of the 23:59 / 00:00 boundary', async () => {
    const r = await t.ok<Monthly>(MONTHLY, { f: { from: '2026-10', to: '2026-11' } }, manager);
    const [oct, nov] = r.monthlyRepairReport.totals;
    // Complaints received c1 c3 c4 c5 c6 c7, closed c3, late c3 c6 c7; requests filed r1 r2 r5 r6, completed r2 r4, refunded r4 (200).
    expect(figures(oct)).toEqual([6, 1, 3, 4, 2, 200]);
    // c2 received and late, c1 closed; r3 filed, r1 r3 completed, 100.50 + 59.99 refunded.
    expect(figures(nov)).toEqual([1, 1, 1, 1, 2, 160.49]);
    // The orders' figures are untouched.
    expect(oct.received).toBe(6);
  });

  it('per station, with a row for a station that has complaints but no orders and one for none', async () => {
    const r = await t.ok<Monthly>(MONTHLY, { f: { from: '2026-10', groupBy: 'STATION' } }, manager);
    const row = (id: string | null) => r.monthlyRepairReport.rows.find((x) => x.groupId === id);
    expect(figures(row(w.s1.id))).toEqual([3, 0, 0, 3, 1, 0]);
    expect(figures(row(w.s2.id))).toEqual([1, 1, 1, 0, 1, 200]);
    expect(row(s3.id)).toMatchObject({ groupName: '三站', received: 0, complaintsReceived: 1, complaintsOverdue: 1, returnsReceived: 0 });
    expect(figures(row(null))).toEqual([1, 0, 1, 1, 0, 0]);
    // Other breakdowns carry no after-sales figures (a complaint has no symptom code, a request many products).
    const byBrand = await t.ok<Monthly>(MONTHLY, { f: { from: '2026-10', groupBy: 'BRAND' } }, manager);
    expect(byBrand.monthlyRepairReport.rows.every((x) => x.complaintsReceived === null)).toBe(true);
    expect(figures(byBrand.monthlyRepairReport.totals[0])).toEqual([6, 1, 3, 4, 2, 200]);
    // One station asked for: its figures only.
    const s2 = await t.ok<Monthly>(MONTHLY, { f: { from: '2026-10', stationId: w.s2.id } }, manager);
    expect(figures(s2.monthlyRepairReport.totals[0])).toEqual([1, 1, 1, 0, 1, 200]);
  });

  it('inside the caller’s scope: a station its own, a maker’s key its products’ complaints and no requests, a key without the permission nothing', async () => {
    const staff = await t.userWith([Role.MANAGER], { stationId: w.s1.id });
    const mine = await t.ok<Monthly>(MONTHLY, { f: { from: '2026-10', groupBy: 'STATION' } }, staff);
    expect(figures(mine.monthlyRepairReport.totals[0])).toEqual([3, 0, 0, 3, 1, 0]);
    expect(mine.monthlyRepairReport.rows.map((x) => x.groupId)).toEqual([w.s1.id]);
    const key = async (scopes: string[]) => ({
      apiKey: (await t.ok<{ issueApiKey: { key: string } }>(`mutation($input: ApiKeyIssueInput!) { issueApiKey(input: $input) { key } }`, { input: { name: `甲厂 ${scopes.length}`, partnerKind: 'MANUFACTURER', manufacturerId: w.makerA.id, scopes } }, t.admin)).issueApiKey.key,
    });
    const maker = await t.ok<Monthly>(MONTHLY, { f: { from: '2026-10' } }, await key(['serviceOrder:read', 'report:read', 'complaint:read', 'returnRequest:read']));
    // Product A's: c1 and c5 received in October (c2 is November's); requests are not a maker's.
    expect(figures(maker.monthlyRepairReport.totals[0])).toEqual([2, 0, 0, 0, 0, 0]);
    const bare = await t.ok<Monthly>(MONTHLY, { f: { from: '2026-10' } }, await key(['serviceOrder:read', 'report:read']));
    expect(figures(bare.monthlyRepairReport.totals[0])).toEqual([null, null, null, null, null, null]);
  });

  it('the dashboard’s tiles, and the lists they open count the same', async () => {
    const d = await t.ok<{ managerDashboard: Row }>(
      `{ managerDashboard(month: "2026-10") { complaintsReceived complaintsClosed complaintsOverdue returnsReceived returnsCompleted refundAmount } }`,
      {},
      manager,
    );
    expect(figures(d.managerDashboard)).toEqual([6, 1, 3, 4, 2, 200]);
    const total = async (list: string, filter: Record<string, unknown>) =>
      (await t.ok<Record<string, { total: number; items: Array<{ refundTotal?: number }> }>>(`query($f: ${list === 'complaints' ? 'ComplaintFilter' : 'ReturnRequestFilter'}) { ${list}(filter: $f, perPage: 100) { total items { ${list === 'complaints' ? 'id' : 'refundTotal'} } } }`, { f: filter }, manager))[list];
    const oct = { from: '2026-10-01', to: '2026-10-31' };
    expect((await total('complaints', { receivedFrom: oct.from, receivedTo: oct.to })).total).toBe(6);
    expect((await total('complaints', { closedFrom: oct.from, closedTo: oct.to, status: 'CLOSED' })).total).toBe(1);
    expect((await total('complaints', { receivedFrom: oct.from, receivedTo: oct.to, late: true })).total).toBe(3);
    expect((await total('complaints', { receivedFrom: oct.from, receivedTo: oct.to, late: false })).total).toBe(3);
    expect((await total('returnRequests', { createdFrom: oct.from, createdTo: oct.to })).total).toBe(4);
    expect((await total('returnRequests', { completedFrom: oct.from, completedTo: oct.to, status: 'COMPLETED' })).total).toBe(2);
    const refunded = await total('returnRequests', { refundedFrom: oct.from, refundedTo: oct.to });
    expect(refunded.items.reduce((s, x) => s + (x.refundTotal ?? 0), 0)).toBe(200);
  });

  it('exports the figures with the monthly report', async () => {
    const started = await t.ok<{ startExport: { url: string } }>(`mutation($i: ExportInput!) { startExport(input: $i) { url } }`, { i: { format: 'CSV', report: 'MONTHLY_REPAIR', reportParams: { from: '2026-10' } } }, manager);
    const request = (await import('supertest')).default;
    const res = await request(t.app.app).get(`/${started.startExport.url.replace(/^\//, '')}`).set('authorization', `Bearer ${manager.token}`);
    const [head, oct] = res.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(head).toContain('投诉超时');
    expect(oct).toMatch(/,6,1,3,4,2,200(\.00)?,/);
  });
});
