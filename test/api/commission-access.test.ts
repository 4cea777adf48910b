import { Role } from '../../api/src/modules/auth/role';
import { createTestApp, type Caller, type TestApp } from '../helpers/test-app';
import { reportWorld } from '../helpers/report-world';

/**
 * Who reads whose commission (test/helpers/report-world.ts's October 2026, figures worked out in
 * reports.test.ts): a user linked to a technician their own lines only, a manager tied to a
 * station its technicians', the office everyone's, partners none; and the panel is told the same.
 */
describe('commission: who reads whose', () => {
  let t: TestApp;
  let w: Awaited<ReturnType<typeof reportWorld>>;
  let manager: Caller;
  let stationManager: Caller;
  let finance: Caller;
  let techA: Caller;
  let techAUserId: string;

  const COMMISSION = `query($f: CommissionFilter!) { technicianCommission(filter: $f) { technicianId orders credited commission baseWage coefficient wageCap gross capDeduction rewards deductions total
    lines { orderNumber technicians lead credited coefficient commission } adjustments { kind amount reason } } }`;
  type Row = { technicianId: string; orders: number; credited: number; commission: number; gross: number; capDeduction: number; rewards: number; deductions: number; total: number; lines: Array<{ orderNumber: string; technicians: number; lead: boolean; credited: number; coefficient: number; commission: number }>; adjustments: Array<{ kind: string; amount: number; reason: string }> };
  const CREATE_USER = `mutation($i: UserCreateInput!) { createUser(input: $i) { id stationId technicianId } }`;
  const ABILITIES = `{ me { technicianId reportAbilities { commission confirmSettlement adjustCommission changeLeaderboardWeights } } }`;
  type Me = { me: { technicianId: string | null; reportAbilities: { commission: string | null; confirmSettlement: boolean; adjustCommission: boolean; changeLeaderboardWeights: boolean } } };

  const signIn = async (username: string): Promise<Caller> => ({
    token: (await t.ok<{ login: { token: string } }>(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, { u: username, p: 'secret-pass-1' })).login.token,
  });
  const rows = async (f: Record<string, unknown>, caller: Caller) => (await t.ok<{ technicianCommission: Row[] }>(COMMISSION, { f: { month: '2026-10', ...f } }, caller)).technicianCommission;
  const code = async (f: Record<string, unknown>, caller: Caller) => (await t.gql(COMMISSION, { f: { month: '2026-10', ...f } }, caller)).errors?.[0]?.extensions.code;

  beforeAll(async () => {
    t = await createTestApp();
    w = await reportWorld(t);
    manager = await t.userWith([Role.MANAGER]);
    stationManager = await t.userWith([Role.MANAGER], { stationId: w.s1.id });
    finance = await t.userWith([Role.FINANCE_REVIEWER]);
    const created = await t.ok<{ createUser: { id: string; stationId: string; technicianId: string } }>(
      CREATE_USER,
      { i: { username: 'tech-a', displayName: '甲师傅', password: 'secret-pass-1', roles: ['TECHNICIAN'], technicianId: w.tA.id } },
      t.admin,
    );
    techAUserId = created.createUser.id;
    techA = await signIn('tech-a');
    const add = `mutation($i: CommissionAdjustmentInput!) { addCommissionAdjustment(input: $i) { id } }`;
    await t.ok(add, { i: { technicianId: w.tA.id, month: '2026-10', kind: 'REWARD', amount: 200, reason: '客户表扬信' } }, manager);
    await t.ok(add, { i: { technicianId: w.tB.id, month: '2026-10', kind: 'DEDUCTION', amount: 30, reason: '工具遗失' } }, manager);
  });
  afterAll(() => t.close());

  describe('linking a user to a technician', () => {
    it('ties the user to the technician’s station and is audited', async () => {
      const [user] = await t.em().getConnection().execute(`select station_id, technician_id from app_user where id = ?`, [techAUserId]);
      expect(user).toEqual({ station_id: w.s1.id, technician_id: w.tA.id });
      const [audit] = await t.em().getConnection().execute(`select count(*)::int n from audit_entry where entity_id = ?`, [techAUserId]);
      expect(audit.n).toBe(1);
    });

    it('refuses a second user for the same technician, a user without the technician role, and another station', async () => {
      const second = await t.gql(CREATE_USER, { i: { username: 'tech-a2', displayName: '甲', password: 'secret-pass-1', roles: ['TECHNICIAN'], technicianId: w.tA.id } }, t.admin);
      expect(second.errors?.[0].extensions.code).toBe('CONFLICT');
      const notTech = await t.gql(CREATE_USER, { i: { username: 'disp-b', displayName: '乙', password: 'secret-pass-1', roles: ['DISPATCHER'], technicianId: w.tB.id } }, t.admin);
      expect(notTech.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(notTech.errors?.[0].extensions)).toContain('technicianId');
      const elsewhere = await t.gql(CREATE_USER, { i: { username: 'tech-b', displayName: '乙', password: 'secret-pass-1', roles: ['TECHNICIAN'], stationId: w.s2.id, technicianId: w.tB.id } }, t.admin);
      expect(elsewhere.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(elsewhere.errors?.[0].extensions)).toContain('stationId');
      // Nothing was written by the refusals.
      const [n] = await t.em().getConnection().execute(`select count(*)::int n from app_user where username in ('tech-a2', 'disp-b', 'tech-b')`);
      expect(n.n).toBe(0);
      // Only administrators link (managers read users, they do not write them).
      const byManager = await t.gql(`mutation($id: ID!, $i: UserUpdateInput!) { updateUser(id: $id, input: $i) { id } }`, { id: techAUserId, i: { technicianId: w.tB.id } }, manager);
      expect(byManager.errors?.[0].extensions.code).toBe('FORBIDDEN');
    });
  });

  describe('a technician', () => {
    it('reads their own month line by line: orders, fees, split, coefficient, cap and rewards', async () => {
      const [a] = await rows({}, techA);
      expect((await rows({}, techA)).length).toBe(1);
      expect(a.technicianId).toBe(w.tA.id);
      // o7 (Oct 3): 5000 alone × 0.5 = 2500; o1 (Oct 6): 150.01 split with tB, tA the lead: 75.01 × 0.5 = 37.505 → 37.51.
      expect(a.lines).toEqual([
        { orderNumber: w.o7.number, technicians: 1, lead: true, credited: 5000, coefficient: 0.5, commission: 2500 },
        { orderNumber: w.o1.number, technicians: 2, lead: true, credited: 75.01, coefficient: 0.5, commission: 37.51 },
      ]);
      // 3000 + 2537.51 = 5537.51 over the 3200 cap (2337.51 off), + the 200 reward; tB's deduction is not here.
      expect(a).toMatchObject({ orders: 2, credited: 5075.01, commission: 2537.51, gross: 5537.51, capDeduction: 2337.51, rewards: 200, deductions: 0, total: 3400 });
      expect(a.adjustments).toEqual([{ kind: 'REWARD', amount: 200, reason: '客户表扬信' }]);
    });

    it('is refused a colleague’s, finds no other station’s technician, and sees nothing of another station', async () => {
      expect(await code({ technicianId: w.tB.id }, techA)).toBe('FORBIDDEN');
      expect(await code({ technicianId: w.tC.id }, techA)).toBe('NOT_FOUND');
      expect(await rows({ stationId: w.s2.id }, techA)).toEqual([]);
      expect((await rows({ technicianId: w.tA.id }, techA)).map((r) => r.technicianId)).toEqual([w.tA.id]);
    });

    it('exports their own commission, and no other report (they do not hold report:read)', async () => {
      const start = `mutation($i: ExportInput!) { startExport(input: $i) { total } }`;
      const own = await t.ok<{ startExport: { total: number } }>(start, { i: { format: 'CSV', report: 'TECHNICIAN_COMMISSION', reportParams: { month: '2026-10' } } }, techA);
      expect(own.startExport.total).toBeGreaterThan(0);
      const monthly = await t.gql(start, { i: { format: 'CSV', report: 'MONTHLY_REPAIR', reportParams: { from: '2026-10' } } }, techA);
      expect(monthly.errors?.[0].extensions.code).toBe('FORBIDDEN');
      expect((await t.gql(`{ monthlyRepairReport(filter: { from: "2026-10" }) { months } }`, {}, techA)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    });

    it('a technician-role user who is not linked reads no commission', async () => {
      const unlinked = await t.userWith([Role.TECHNICIAN], { stationId: w.s1.id });
      expect(await code({}, unlinked)).toBe('FORBIDDEN');
      expect((await t.ok<Me>(ABILITIES, {}, unlinked)).me.reportAbilities.commission).toBeNull();
    });

    it('the panel is told: their technician and their own commission only', async () => {
      expect((await t.ok<Me>(ABILITIES, {}, techA)).me).toEqual({
        technicianId: w.tA.id,
        reportAbilities: { commission: 'OWN', confirmSettlement: false, adjustCommission: false, changeLeaderboardWeights: false },
      });
    });
  });

  describe('a manager tied to a station', () => {
    it('reads the commission of their station’s technicians, in SQL scope', async () => {
      const mine = await rows({}, stationManager);
      expect(mine.map((r) => r.technicianId).sort()).toEqual([w.tA.id, w.tB.id].sort());
      const b = mine.find((r) => r.technicianId === w.tB.id)!;
      // tB: o1 75.00 × 0.5 + o6 120 × 0.5 = 97.50; 3097.50 under the 4000 cap; − 30.
      expect(b).toMatchObject({ orders: 2, credited: 195, commission: 97.5, gross: 3097.5, capDeduction: 0, deductions: 30, total: 3067.5 });
      expect(await rows({ stationId: w.s2.id }, stationManager)).toEqual([]);
      expect(await code({ technicianId: w.tC.id }, stationManager)).toBe('NOT_FOUND');
      // And the technicians' pay on their records (the office sets it).
      const techs = await t.ok<{ technicians: { items: Array<{ id: string; baseWage: number | null }> } }>(`{ technicians { items { id baseWage } } }`, {}, stationManager);
      expect(techs.technicians.items.map((x) => x.baseWage).sort()).toEqual([3000, 3000]);
      const pay = await t.gql(`mutation($id: ID!) { updateTechnician(id: $id, input: { baseWage: 1 }) { id } }`, { id: w.tA.id }, stationManager);
      expect(pay.errors?.[0].extensions.code).toBe('FORBIDDEN');
    });

    it('enters no rewards, confirms no settlement, sets no weights, and the panel is told so', async () => {
      const add = await t.gql(`mutation($i: CommissionAdjustmentInput!) { addCommissionAdjustment(input: $i) { id } }`, { i: { technicianId: w.tA.id, month: '2026-10', kind: 'REWARD', amount: 1, reason: '表现很好' } }, stationManager);
      expect(add.errors?.[0].extensions.code).toBe('FORBIDDEN');
      const weights = await t.gql(`mutation { updateLeaderboardWeights(input: { completed: 1 }) { completed } }`, {}, stationManager);
      expect(weights.errors?.[0].extensions.code).toBe('FORBIDDEN');
      expect((await t.ok<Me>(ABILITIES, {}, stationManager)).me.reportAbilities).toEqual({ commission: 'STATION', confirmSettlement: false, adjustCommission: false, changeLeaderboardWeights: false });
    });
  });

  it('the office: managers everything, finance reads pay and confirms, dispatchers and partners no pay', async () => {
    expect((await t.ok<Me>(ABILITIES, {}, manager)).me.reportAbilities).toEqual({ commission: 'ALL', confirmSettlement: true, adjustCommission: true, changeLeaderboardWeights: true });
    expect((await t.ok<Me>(ABILITIES, {}, finance)).me.reportAbilities).toEqual({ commission: 'ALL', confirmSettlement: true, adjustCommission: false, changeLeaderboardWeights: false });
    expect((await rows({}, finance)).map((r) => r.technicianId).sort()).toEqual([w.tA.id, w.tB.id, w.tC.id].sort());
    const dispatcher = await t.userWith([Role.DISPATCHER]);
    expect(await code({}, dispatcher)).toBe('FORBIDDEN');
    for (const kind of [{ partnerKind: 'MANUFACTURER', manufacturerId: w.makerA.id }, { partnerKind: 'SERVICE_NETWORK', stationId: w.s1.id }]) {
      const key = (await t.ok<{ issueApiKey: { key: string } }>(`mutation($input: ApiKeyIssueInput!) { issueApiKey(input: $input) { key } }`, { input: { name: `key ${kind.partnerKind}`, scopes: ['report:read', 'technician:read'], ...kind } }, t.admin)).issueApiKey.key;
      expect(await code({}, { apiKey: key })).toBe('FORBIDDEN');
      expect((await t.ok<Me>(ABILITIES, {}, { apiKey: key })).me.reportAbilities.commission).toBeNull();
    }
  });
});
