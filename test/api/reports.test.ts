import { Role } from '../../api/src/modules/auth/role';
import { createTestApp, type Caller, type TestApp } from '../helpers/test-app';
import { reportWorld, writeOrder, sh } from '../helpers/report-world';
import { Fixtures } from '../helpers/fixtures';

/**
 * Every report against the hand-computed October 2026 of test/helpers/report-world.ts (times in
 * Asia/Shanghai): the figures below are worked out from the fixture, not read back from the API.
 */
describe('reports', () => {
  let t: TestApp;
  let w: Awaited<ReturnType<typeof reportWorld>>;
  let manager: Caller;
  let finance: Caller;
  let makerKey: Caller;
  let retailerKey: Caller;

  const issueKey = async (input: Record<string, unknown>) =>
    ({
      apiKey: (
        await t.ok<{ issueApiKey: { key: string } }>(`mutation($input: ApiKeyIssueInput!) { issueApiKey(input: $input) { key } }`, {
          input: { scopes: ['serviceOrder:read', 'manufacturer:read', 'report:read', 'technician:read'], ...input },
        }, t.admin)
      ).issueApiKey.key,
    }) as Caller;

  beforeAll(async () => {
    t = await createTestApp();
    w = await reportWorld(t);
    manager = await t.userWith([Role.MANAGER]);
    finance = await t.userWith([Role.FINANCE_REVIEWER]);
    makerKey = await issueKey({ name: '甲厂对接', partnerKind: 'MANUFACTURER', manufacturerId: w.makerA.id });
    retailerKey = await issueKey({ name: '零售商', partnerKind: 'RETAILER' });
  });
  afterAll(() => t.close());

  const MONTHLY = `query($f: MonthlyReportFilter!) { monthlyRepairReport(filter: $f) { months groupBy
    totals { month received completed cancelled avgTurnaroundHours p90TurnaroundHours repeatRepairs repeatRate completedOnTime slaAdherence inWarranty outOfWarranty receivedChange completedChange }
    rows { month groupId groupName received completed cancelled slaAdherence } } }`;
  type Monthly = { monthlyRepairReport: { months: string[]; totals: Array<Record<string, number | string | null>>; rows: Array<Record<string, number | string | null>> } };

  describe('monthly repair report', () => {
    it('counts October in Asia/Shanghai: 23:59 on the 31st is October, 00:00 on the 1st is November', async () => {
      const r = await t.ok<Monthly>(MONTHLY, { f: { from: '2026-10', to: '2026-11' } }, manager);
      const [oct, nov] = r.monthlyRepairReport.totals;
      // Received: o1 o2 (23:59) o4 o5 o6 o7; o3 (00:00 on Nov 1) is November's, with o8.
      expect(oct).toMatchObject({ month: '2026-10', received: 6, completed: 4, cancelled: 1, repeatRepairs: 1, completedOnTime: 2, inWarranty: 5, outOfWarranty: 1 });
      expect(oct.repeatRate).toBeCloseTo(1 / 6, 4);
      expect(oct.slaAdherence).toBe(0.5);
      // Turnarounds of o1 o7 (24 h), o6 (36 h), o4 (Oct 10 08:00 → Oct 31 23:59 = 519.9833 h).
      const hours = [24, 24, 36, 21 * 24 + 15 + 59 / 60];
      expect(oct.avgTurnaroundHours).toBeCloseTo(hours.reduce((a, b) => a + b) / 4, 2);
      // percentile_cont(0.9) of 4 values: 36 + 0.7 × (519.98 − 36).
      expect(oct.p90TurnaroundHours).toBeCloseTo(36 + 0.7 * (hours[3] - 36), 2);
      expect(nov).toMatchObject({ month: '2026-11', received: 2, completed: 1, cancelled: 0 });
      expect(nov.receivedChange).toBeCloseTo((2 - 6) / 6, 4);
      expect(nov.completedChange).toBeCloseTo((1 - 4) / 4, 4);
      // September had nothing: no change can be given for October.
      expect(oct.receivedChange).toBeNull();
    });

    it('breaks the month down by station', async () => {
      const r = await t.ok<Monthly>(MONTHLY, { f: { from: '2026-10', groupBy: 'STATION' } }, manager);
      const s1 = r.monthlyRepairReport.rows.find((x) => x.groupId === w.s1.id)!;
      const s2 = r.monthlyRepairReport.rows.find((x) => x.groupId === w.s2.id)!;
      expect(s1).toMatchObject({ month: '2026-10', groupName: '一站', received: 5, completed: 3, cancelled: 1 });
      expect(s1.slaAdherence).toBeCloseTo(2 / 3, 4);
      expect(s2).toMatchObject({ received: 1, completed: 1, cancelled: 0, slaAdherence: 0 });
    });

    it('refuses a malformed month and more than 24 months', async () => {
      const bad = await t.gql(MONTHLY, { f: { from: '2026-13' } }, manager);
      expect(bad.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      const long = await t.gql(MONTHLY, { f: { from: '2024-01', to: '2026-12' } }, manager);
      expect(long.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    });
  });

  const SETTLEMENT = `query($f: SettlementFilter!) { manufacturerSettlement(filter: $f) { status orders labourFee visitFee partsFee total
    statement { number confirmedBy } lines { orderNumber labourFee visitFee partsFee total carriedOver } } }`;
  type Settlement = { manufacturerSettlement: { status: string; orders: number; labourFee: number; visitFee: number; partsFee: number; total: number; statement: { number: string; confirmedBy: string | null } | null; lines: Array<{ orderNumber: string; total: number; carriedOver: boolean }> } };
  const CONFIRM = `mutation($i: SettlementConfirmInput!) { confirmSettlement(input: $i) { status total statement { number } } }`;
  const OVERRIDE = `mutation($id: ID!) { overrideServiceOrderFees(id: $id, input: { labourFee: 1, reason: "改价" }) { id labourFee } }`;

  describe('manufacturer settlement', () => {
    it('lists the manufacturer’s paid orders completed in the month, line by line with numbers', async () => {
      const r = await t.ok<Settlement>(SETTLEMENT, { f: { manufacturerId: w.makerA.id, month: '2026-10' } }, finance);
      const s = r.manufacturerSettlement;
      expect(s.status).toBe('OPEN');
      // o7 (Oct 3), o1 (Oct 6), o4 (Oct 31 23:59); o6 is the customer's, o3 is November's.
      expect(s.lines.map((l) => l.orderNumber)).toEqual([w.o7.number, w.o1.number, w.o4.number]);
      expect(s.lines.map((l) => l.total)).toEqual([5015, 180.01, 200.01]);
      expect(s).toMatchObject({ orders: 3, labourFee: 5300.02, visitFee: 50, partsFee: 45, total: 5395.02 });
    });

    it('a manufacturer’s key sees its own settlement only; other keys none', async () => {
      const own = await t.ok<Settlement>(SETTLEMENT, { f: { manufacturerId: w.makerA.id, month: '2026-10' } }, makerKey);
      expect(own.manufacturerSettlement.total).toBe(5395.02);
      const other = await t.gql(SETTLEMENT, { f: { manufacturerId: w.makerB.id, month: '2026-10' } }, makerKey);
      expect(other.errors?.[0].extensions.code).toBe('NOT_FOUND');
      const retailer = await t.gql(SETTLEMENT, { f: { manufacturerId: w.makerA.id, month: '2026-10' } }, retailerKey);
      expect(retailer.errors?.[0].extensions.code).toBe('FORBIDDEN');
    });

    it('a station’s staff see their station’s lines of it', async () => {
      const staff = await t.userWith([Role.MANAGER], { stationId: w.s1.id });
      const r = await t.ok<Settlement>(SETTLEMENT, { f: { manufacturerId: w.makerA.id, month: '2026-10' } }, staff);
      expect(r.manufacturerSettlement.lines.map((l) => l.orderNumber)).toEqual([w.o7.number, w.o1.number]);
      expect(r.manufacturerSettlement.total).toBe(5195.01);
      expect((await t.gql(CONFIRM, { i: { manufacturerId: w.makerA.id, month: '2026-10' } }, staff)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    });

    it('confirms a past month once; the statement is frozen and its orders refuse fee changes', async () => {
      const future = await t.gql(CONFIRM, { i: { manufacturerId: w.makerA.id, month: '2099-01' } }, finance);
      expect(future.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      const confirmed = await t.ok<{ confirmSettlement: { status: string; total: number; statement: { number: string } } }>(CONFIRM, { i: { manufacturerId: w.makerA.id, month: '2026-10', note: '十月' } }, finance);
      expect(confirmed.confirmSettlement).toMatchObject({ status: 'CONFIRMED', total: 5395.02 });
      const number = confirmed.confirmSettlement.statement.number;
      expect(number).toMatch(/^JS-202610-/);
      // Audited: who confirmed, through the unit of work.
      const audit = await t.em().getConnection().execute(`select count(*)::int n from audit_entry where entity_id = (select id::text from settlement_statement where number = ?)`, [number]);
      expect(audit[0].n).toBe(1);
      expect((await t.gql(CONFIRM, { i: { manufacturerId: w.makerA.id, month: '2026-10' } }, finance)).errors?.[0].extensions.code).toBe('CONFLICT');

      // A later fee change to one of its orders is refused, in both languages, and changes nothing.
      const refused = await t.gql(OVERRIDE, { id: w.o1.id }, { ...manager, lang: 'en' });
      expect(refused.errors?.[0].extensions.code).toBe('SETTLED');
      expect(refused.errors?.[0].message).toContain(number);
      expect((refused.errors?.[0].extensions.message as { zh: string }).zh).toContain('已确认的对厂结算单');
      const appraisal = await t.gql(`mutation($id: ID!) { recordServiceOrderAppraisal(id: $id, input: { verdict: MISUSE }) { id } }`, { id: w.o4.id }, manager);
      expect(appraisal.errors?.[0].extensions.code).toBe('SETTLED');
      const [row] = await t.em().getConnection().execute(`select labour_fee from service_order where id = ?`, [w.o1.id]);
      expect(Number(row.labour_fee)).toBe(100.01);

      // The statement reads the snapshot, even if the database is changed behind the API's back.
      await t.em().getConnection().execute(`update service_order set labour_fee = 1 where id = ?`, [w.o7.id]);
      const after = await t.ok<Settlement>(SETTLEMENT, { f: { manufacturerId: w.makerA.id, month: '2026-10' } }, makerKey);
      expect(after.manufacturerSettlement).toMatchObject({ status: 'CONFIRMED', total: 5395.02, statement: { number, confirmedBy: null } });
      expect(after.manufacturerSettlement.lines.map((l) => l.total)).toEqual([5015, 180.01, 200.01]);
      await t.em().getConnection().execute(`update service_order set labour_fee = 5000 where id = ?`, [w.o7.id]);

      // An order of October that becomes the manufacturer's afterwards goes to the next statement.
      await t.ok(`mutation($id: ID!) { overrideServiceOrderFees(id: $id, input: { payer: MANUFACTURER, reason: "厂家同意承担" }) { id } }`, { id: w.o6.id }, manager);
      const b = await t.ok<Settlement>(SETTLEMENT, { f: { manufacturerId: w.makerB.id, month: '2026-10' } }, finance);
      expect(b.manufacturerSettlement.lines.map((l) => l.orderNumber)).toEqual([w.o6.number]);
    });
  });

  const COMMISSION = `query($f: CommissionFilter!) { technicianCommission(filter: $f) { technicianId orders credited commission baseWage wageCap gross capDeduction rewards deductions total
    lines { orderNumber technicians lead credited coefficient commission } adjustments { kind amount reason enteredBy } } }`;
  type Commission = { technicianCommission: Array<{ technicianId: string; orders: number; credited: number; commission: number; gross: number; capDeduction: number; rewards: number; deductions: number; total: number; lines: Array<{ orderNumber: string; technicians: number; lead: boolean; credited: number; commission: number }>; adjustments: Array<{ kind: string; amount: number; reason: string }> }> };

  describe('technician commission', () => {
    it('splits an order between its two technicians to the cent, caps one month and not the other, and shows rewards and deductions', async () => {
      const add = `mutation($i: CommissionAdjustmentInput!) { addCommissionAdjustment(input: $i) { id kind amount } }`;
      await t.ok(add, { i: { technicianId: w.tA.id, month: '2026-10', kind: 'REWARD', amount: 200, reason: '客户表扬信' } }, manager);
      await t.ok(add, { i: { technicianId: w.tA.id, month: '2026-10', kind: 'DEDUCTION', amount: 50, reason: '迟到两次' } }, manager);
      // Finance reads pay but does not enter rewards; a reason is required.
      expect((await t.gql(add, { i: { technicianId: w.tA.id, month: '2026-10', kind: 'REWARD', amount: 1, reason: '表现很好' } }, finance)).errors?.[0].extensions.code).toBe('FORBIDDEN');
      expect((await t.gql(add, { i: { technicianId: w.tA.id, month: '2026-10', kind: 'REWARD', amount: 1, reason: '' } }, manager)).errors?.[0].extensions.code).toBe('BAD_USER_INPUT');

      const r = await t.ok<Commission>(COMMISSION, { f: { month: '2026-10', stationId: w.s1.id } }, finance);
      const a = r.technicianCommission.find((x) => x.technicianId === w.tA.id)!;
      const b = r.technicianCommission.find((x) => x.technicianId === w.tB.id)!;
      // o1: labour 100.01 + visit 50 = 150.01 between tA (lead: 75.01) and tB (75.00).
      const o1a = a.lines.find((l) => l.orderNumber === w.o1.number)!;
      const o1b = b.lines.find((l) => l.orderNumber === w.o1.number)!;
      expect([o1a.credited, o1b.credited, o1a.technicians, o1a.lead, o1b.lead]).toEqual([75.01, 75, 2, true, false]);
      expect(o1a.credited + o1b.credited).toBeCloseTo(150.01, 2);
      // tA: 75.01 × 0.5 = 37.51 (half up) + o7 5000 × 0.5 = 2500 → 2537.51; 3000 + 2537.51 over the 3200 cap.
      expect(a).toMatchObject({ orders: 2, credited: 5075.01, commission: 2537.51, gross: 5537.51, capDeduction: 2337.51, rewards: 200, deductions: 50, total: 3350 });
      expect(a.adjustments.map((x) => [x.kind, x.amount, x.reason])).toEqual([['REWARD', 200, '客户表扬信'], ['DEDUCTION', 50, '迟到两次']]);
      // tB: 75.00 × 0.5 + o6 (80 + 40) × 0.5 = 97.50; 3097.50 under the 4000 cap.
      expect(b).toMatchObject({ orders: 2, credited: 195, commission: 97.5, gross: 3097.5, capDeduction: 0, rewards: 0, deductions: 0, total: 3097.5 });
      // Reproducible line by line: the lines add up to the figure.
      for (const x of [a, b]) expect(x.lines.reduce((s, l) => s + Math.round(l.commission * 100), 0) / 100).toBe(x.commission);
    });

    it('pay is the managers’ and finance’s (a station’s manager: its technicians’); dispatchers and partners are refused', async () => {
      const staff = await t.userWith([Role.MANAGER], { stationId: w.s1.id });
      const own = await t.ok<Commission>(COMMISSION, { f: { month: '2026-10' } }, staff);
      expect(own.technicianCommission.map((x) => x.technicianId).sort()).toEqual([w.tA.id, w.tB.id].sort());
      const dispatcher = await t.userWith([Role.DISPATCHER]);
      for (const caller of [dispatcher, makerKey]) {
        expect((await t.gql(COMMISSION, { f: { month: '2026-10' } }, caller)).errors?.[0].extensions.code).toBe('FORBIDDEN');
      }
    });
  });

  const BOARD = `query($f: LeaderboardFilter!) { technicianLeaderboard(filter: $f) { weights { completed overdue } rows { rank technicianId completed avgTurnaroundHours repeatRate satisfaction overdue score } } }`;
  type Board = { technicianLeaderboard: { rows: Array<{ rank: number; technicianId: string; completed: number; avgTurnaroundHours: number; repeatRate: number; satisfaction: number; overdue: number; score: number }> } };

  it('ranks technicians on the measures with weights that are data', async () => {
    const r = await t.ok<Board>(BOARD, { f: { month: '2026-10', stationId: w.s1.id } }, manager);
    const [first, second] = r.technicianLeaderboard.rows;
    // tA: o1 o7 (24 h each, o1 came back as o3, o7 scored 5, none late); tB: o1 o6 (24 h, 36 h; o6 scored 2 and was late).
    expect(first).toMatchObject({ rank: 1, technicianId: w.tA.id, completed: 2, avgTurnaroundHours: 24, repeatRate: 0.5, satisfaction: 5, overdue: 0, score: 100 });
    expect(second).toMatchObject({ rank: 2, technicianId: w.tB.id, completed: 2, avgTurnaroundHours: 30, repeatRate: 0.5, satisfaction: 2, overdue: 1 });
    // Equal on completed (30) and repeat rate (20), worst on the rest: 50 of 100.
    expect(second.score).toBe(50);
    const set = `mutation($i: LeaderboardWeightsInput!) { updateLeaderboardWeights(input: $i) { completed turnaround repeatRate satisfaction overdue } }`;
    expect((await t.gql(set, { i: { completed: 1 } }, finance)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    await t.ok(set, { i: { completed: 50, repeatRate: 50, turnaround: 0, satisfaction: 0, overdue: 0 } }, manager);
    const tied = await t.ok<Board>(BOARD, { f: { month: '2026-10', stationId: w.s1.id } }, manager);
    expect(tied.technicianLeaderboard.rows.map((x) => [x.rank, x.score])).toEqual([[1, 100], [1, 100]]);
    await t.ok(set, { i: { completed: 30, repeatRate: 20, turnaround: 20, satisfaction: 20, overdue: 10 } }, manager);
  });

  it('fault Pareto: symptom codes of October’s intake by frequency, with running shares', async () => {
    const q = `query($f: FaultParetoFilter!) { faultPareto(filter: $f) { total uncoded rows { codeId count share cumulativeShare } } }`;
    const r = await t.ok<{ faultPareto: { total: number; uncoded: number; rows: Array<{ codeId: string; count: number; share: number; cumulativeShare: number }> } }>(q, { f: { from: '2026-10' } }, manager);
    // X: o1 o4 o7; Y: o5 o6; o2 has no code.
    expect(r.faultPareto).toEqual({ total: 5, uncoded: 1, rows: [{ codeId: w.symptomX.id, count: 3, share: 0.6, cumulativeShare: 0.6 }, { codeId: w.symptomY.id, count: 2, share: 0.4, cumulativeShare: 1 }] });
    const a = await t.ok<{ faultPareto: { rows: Array<{ count: number; share: number }> } }>(q, { f: { from: '2026-10', productId: w.productA.id } }, manager);
    expect(a.faultPareto.rows.map((x) => [x.count, x.share])).toEqual([[3, 0.75], [1, 0.25]]);
  });

  it('parts consumption: used lines of October’s completed orders, charged and at cost', async () => {
    const r = await t.ok<{ partsConsumption: unknown[] }>(`query($f: PartsConsumptionFilter!) { partsConsumption(filter: $f) { partId quantity orders charged cost } }`, { f: { from: '2026-10' } }, manager);
    expect(r.partsConsumption).toEqual([{ partId: w.partP.id, quantity: 3, orders: 2, charged: 45, cost: 12 }]);
    const maker = await t.ok<{ partsConsumption: Array<{ cost: number | null }> }>(`query($f: PartsConsumptionFilter!) { partsConsumption(filter: $f) { cost } }`, { f: { from: '2026-10' } }, makerKey);
    expect(maker.partsConsumption).toEqual([{ cost: null }]);
  });

  it('stock value and turnover: opening, closing and issued at cost; turnover = issued / average stock', async () => {
    const r = await t.ok<{ stockTurnover: unknown[] }>(
      `query($f: StockTurnoverFilter!) { stockTurnover(filter: $f) { warehouseId openingValue closingValue issuedCost turnover turnoverDays } }`,
      { f: { from: '2026-10' } },
      manager,
    );
    // 10 × 6 before; −2 and +10 in October; 12 issued on an average of (60 + 108) / 2.
    expect(r.stockTurnover).toEqual([{ warehouseId: w.w1.id, openingValue: 60, closingValue: 108, issuedCost: 12, turnover: 0.1429, turnoverDays: 217 }]);
    expect((await t.gql(`{ stockTurnover(filter: { from: "2026-10" }) { warehouseId } }`, {}, makerKey)).errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('return-visit satisfaction per station, with the unsatisfied and their rework orders', async () => {
    const r = await t.ok<{ returnVisitSatisfaction: unknown[] }>(
      `query($f: SatisfactionFilter!) { returnVisitSatisfaction(filter: $f) { stationId visits averageScore scoreCounts unsatisfied satisfiedRate reworkOrders } }`,
      { f: { from: '2026-10' } },
      manager,
    );
    const row = { visits: 2, averageScore: 3.5, scoreCounts: [0, 1, 0, 0, 1], unsatisfied: 1, satisfiedRate: 0.5, reworkOrders: 1 };
    expect(r.returnVisitSatisfaction).toEqual([{ stationId: null, ...row }, { stationId: w.s1.id, ...row }]);
  });

  it('SLA breaches by station and band, finished late or still running past due', async () => {
    const q = `query($f: SlaBreachFilter!) { slaBreaches(filter: $f) { due breached breachRate rows { stationId band due breached avgHoursLate } orders { orderNumber hoursLate stoppedAt } } }`;
    type Sla = { slaBreaches: { due: number; breached: number; breachRate: number; rows: Array<{ stationId: string; band: string; due: number; breached: number; avgHoursLate: number | null }>; orders: Array<{ orderNumber: string; hoursLate: number; stoppedAt: string | null }> } };
    const oct = await t.ok<Sla>(q, { f: { from: '2026-10' } }, manager);
    // Due in October: o1 o7 (on time), o6 (9 h late), o4 (Oct 12 08:00 → Oct 31 23:59); o5 was cancelled.
    expect(oct.slaBreaches).toMatchObject({ due: 4, breached: 2, breachRate: 0.5 });
    const [near, far] = oct.slaBreaches.rows;
    expect(near).toEqual({ stationId: w.s1.id, band: 'NEAR', due: 3, breached: 1, avgHoursLate: 9 });
    expect(far).toMatchObject({ stationId: w.s2.id, band: 'FAR', due: 1, breached: 1 });
    expect(far.avgHoursLate).toBeCloseTo(19 * 24 + 15 + 59 / 60, 2);
    expect(oct.slaBreaches.orders.map((o) => o.orderNumber)).toEqual([w.o4.number, w.o6.number]);
    // November: o2 is still in repair past its due time (a breach now), o3 finished in time, o8 is due and running.
    const nov = await t.ok<Sla>(q, { f: { from: '2026-11' } }, manager);
    expect(nov.slaBreaches.orders.map((o) => [o.orderNumber, o.stoppedAt])).toEqual(expect.arrayContaining([[w.o2.number, null]]));
    expect(nov.slaBreaches.orders.map((o) => o.orderNumber)).not.toContain(w.o3.number);
  });

  it('a station sees its own figures, a manufacturer its own orders’, in every report', async () => {
    const staff = await t.userWith([Role.MANAGER], { stationId: w.s1.id });
    const mine = await t.ok<Monthly>(MONTHLY, { f: { from: '2026-10', groupBy: 'STATION' } }, staff);
    expect(mine.monthlyRepairReport.totals[0]).toMatchObject({ received: 5, completed: 3 });
    expect(mine.monthlyRepairReport.rows.map((x) => x.groupId)).toEqual([w.s1.id]);
    const maker = await t.ok<Monthly>(MONTHLY, { f: { from: '2026-10' } }, makerKey);
    // Product A's: o1 o2 o4 o5 o7 received, o1 o4 o7 completed.
    expect(maker.monthlyRepairReport.totals[0]).toMatchObject({ received: 5, completed: 3 });
    const board = await t.ok<Board>(BOARD, { f: { month: '2026-10' } }, staff);
    expect(board.technicianLeaderboard.rows.map((x) => x.technicianId).sort()).toEqual([w.tA.id, w.tB.id].sort());
    const sla = await t.ok<{ slaBreaches: { due: number; rows: Array<{ stationId: string }> } }>(`{ slaBreaches(filter: { from: "2026-10" }) { due rows { stationId } } }`, {}, staff);
    expect(sla.slaBreaches.due).toBe(3);
    expect(sla.slaBreaches.rows.map((x) => x.stationId)).toEqual([w.s1.id]);
    const makerBoard = await t.ok<Board>(BOARD, { f: { month: '2026-10' } }, makerKey);
    expect(makerBoard.technicianLeaderboard.rows).toEqual([]);
  });

  it('the manager dashboard: the month’s tiles from the same figures', async () => {
    const r = await t.ok<{ managerDashboard: Record<string, unknown> }>(
      `{ managerDashboard(month: "2026-10") { month received completed slaAdherence repeatRate satisfaction breached topFaults { codeId count } stationsBehind { stationId breached due } } }`,
      {},
      manager,
    );
    expect(r.managerDashboard).toMatchObject({ month: '2026-10', received: 6, completed: 4, slaAdherence: 0.5, satisfaction: 3.5, breached: 2 });
    expect(r.managerDashboard.topFaults).toEqual([{ codeId: w.symptomX.id, count: 3 }, { codeId: w.symptomY.id, count: 2 }]);
    // Equal breaches: the higher rate (s2: 1 of 1) is further behind.
    expect(r.managerDashboard.stationsBehind).toEqual([{ stationId: w.s2.id, breached: 1, due: 1 }, { stationId: w.s1.id, breached: 1, due: 3 }]);
  });

  it('exports a report as CSV through the export module, in the caller’s language and scope', async () => {
    const started = await t.ok<{ startExport: { url: string; total: number } }>(
      `mutation($i: ExportInput!) { startExport(input: $i) { url total } }`,
      { i: { format: 'CSV', report: 'MONTHLY_REPAIR', reportParams: { from: '2026-10', to: '2026-11' } } },
      manager,
    );
    expect(started.startExport.total).toBe(2);
    const request = (await import('supertest')).default;
    const res = await request(t.app.app).get(`/${started.startExport.url.replace(/^\//, '')}`).set('authorization', `Bearer ${manager.token}`);
    expect(res.status).toBe(200);
    const lines = res.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toContain('接件');
    expect(lines[1]).toMatch(/^2026-10,6,4,1,/);
    expect(lines[2]).toMatch(/^2026-11,2,1,0,/);
    const bad = await t.gql(`mutation($i: ExportInput!) { startExport(input: $i) { url } }`, { i: { format: 'CSV', report: 'TECHNICIAN_COMMISSION', reportParams: { month: '2026-10' } } }, { token: (await t.userWith([Role.DISPATCHER])).token });
    expect(bad.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const invalid = await t.gql(`mutation($i: ExportInput!) { startExport(input: $i) { url } }`, { i: { format: 'CSV', report: 'MONTHLY_REPAIR', reportParams: { from: 'October' } } }, manager);
    expect(invalid.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('runs a fixed number of statements whatever the rows (no N+1)', async () => {
    const count = async () => {
      // The request's own statements: not the sign-in lookups, nor an earlier export's progress written after its response.
      const own = (q: string[]) => q.filter((x) => !/from "(app_user|api_key)"|export_run|api_key_usage/.test(x)).length;
      return {
        monthly: own((await t.countQueries(() => t.ok(MONTHLY, { f: { from: '2026-10', groupBy: 'STATION' } }, manager))).queries),
        commission: own((await t.countQueries(() => t.ok(COMMISSION, { f: { month: '2026-10' } }, manager))).queries),
        settlement: own((await t.countQueries(() => t.ok(SETTLEMENT, { f: { manufacturerId: w.makerB.id, month: '2026-10' } }, manager))).queries),
        board: own((await t.countQueries(() => t.ok(BOARD, { f: { month: '2026-10' } }, manager))).queries),
      };
    };
    const before = await count();
    const em = t.em();
    const f = new Fixtures(em);
    for (let i = 0; i < 6; i++) {
      const tech = await f.technician({ station: w.s2, baseWage: 1000, commissionCoefficient: 0.1 });
      await writeOrder(em, f, { station: w.s2, product: w.productB, created: `2026-10-0${i + 1} 10:00`, completed: `2026-10-0${i + 2} 10:00`, due: '2026-10-20 10:00', labour: 10, visit: 5, payer: 'manufacturer', technicians: [tech, w.tC] });
    }
    const after = await count();
    expect(after).toEqual(before);
    expect(before.commission).toBeLessThanOrEqual(3);
    // Totals, the breakdown, and the month's complaints and requests.
    expect(before.monthly).toBeLessThanOrEqual(3);
    void sh;
  });
});
