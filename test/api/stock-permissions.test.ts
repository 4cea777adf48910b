import { createTestApp, type TestApp } from '../helpers/test-app';
import { stockScenario, type StockScenario } from '../helpers/stock-scenario';
import { PARTNER_GRANTABLE } from '../../api/src/modules/auth/permissions';

/** Who may do what with stock: parts keepers keep it, technicians request and return, station staff see their station's, partners none unless granted. */
describe('stock permissions', () => {
  let t: TestApp;
  let s: StockScenario;
  let req: { id: string };
  let inB: { id: string };
  const keys: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    s = await stockScenario(t);
    await s.stockUp(s.wa.id, [{ partId: s.board.id, quantity: 5 }, { partId: s.gas.id, quantity: 20 }]);
    inB = await s.stockUp(s.wb.id, [{ partId: s.board.id, quantity: 3 }]);
    req = await s.created('Requisition', { warehouseId: s.wa.id, technicianId: s.techA.id, lines: [{ partId: s.gas.id, quantity: 1 }] }, s.staffA);
    const issue = async (name: string, input: Record<string, unknown>) =>
      (await s.must(t.gql<{ issueApiKey: { key: string } }>(`mutation($input: ApiKeyIssueInput!) { issueApiKey(input: $input) { key } }`, { input: { name, ...input } }, t.admin))).issueApiKey.key;
    const reads = PARTNER_GRANTABLE.filter((p) => p.endsWith(':read'));
    keys.network = await issue('外包网络', { partnerKind: 'SERVICE_NETWORK', stationId: s.a.id, scopes: reads });
    keys.networkWithout = await issue('外包网络（无库存）', { partnerKind: 'SERVICE_NETWORK', stationId: s.a.id, scopes: reads.filter((p) => !p.startsWith('stock')) });
    keys.maker = await issue('厂家', { partnerKind: 'MANUFACTURER', manufacturerId: s.maker.id, scopes: reads });
  });
  afterAll(() => t.close());

  const code = (r: { errors?: Array<{ extensions: { code: string } }> }) => r.errors?.[0]?.extensions.code;
  const balances = (caller: object) =>
    t.gql<{ stockBalances: { items: Array<{ warehouseId: string; averageCost: number | null; value: number | null }> } }>(`{ stockBalances(perPage: 100) { items { warehouseId averageCost value } } }`, {}, caller);

  it('office roles read every warehouse’s stock; only keepers keep it', async () => {
    for (const caller of [s.keeper, s.manager, s.dispatcher]) {
      const res = await balances(caller);
      expect(new Set(res.data!.stockBalances.items.map((b) => b.warehouseId))).toEqual(new Set([s.wa.id, s.wb.id]));
    }
    for (const caller of [s.manager, s.dispatcher, s.staffA]) {
      expect(code(await s.create('StockOut', { kind: 'LOSS', warehouseId: s.wa.id, lines: [{ partId: s.gas.id, quantity: 1 }] }, caller))).toBe('FORBIDDEN');
      expect(code(await s.create('PurchaseOrder', { warehouseId: s.wa.id, supplier: 'x', lines: [{ partId: s.gas.id, quantity: 1 }] }, caller))).toBe('FORBIDDEN');
      expect(code(await s.create('Stocktake', { warehouseId: s.wa.id }, caller))).toBe('FORBIDDEN');
    }
    // Dispatchers read but neither request nor post.
    expect(code(await s.create('Requisition', { warehouseId: s.wa.id, technicianId: s.techA.id, lines: [{ partId: s.gas.id, quantity: 1 }] }, s.dispatcher))).toBe('FORBIDDEN');
  });

  it('station staff see only their station’s warehouses’ stock and documents; another station’s are NOT_FOUND', async () => {
    const mine = await balances(s.staffA);
    expect(new Set(mine.data!.stockBalances.items.map((b) => b.warehouseId))).toEqual(new Set([s.wa.id]));
    expect(code(await t.gql(`query($id: ID!) { stockIn(id: $id) { id } }`, { id: inB.id }, s.staffA))).toBe('NOT_FOUND');
    expect((await s.must(t.gql<{ requisition: { id: string } }>(`query($id: ID!) { requisition(id: $id) { id } }`, { id: req.id }, s.staffA))).requisition.id).toBe(req.id);
    expect(code(await t.gql(`query($id: ID!) { requisition(id: $id) { id } }`, { id: req.id }, s.staffB))).toBe('NOT_FOUND');
    const ledger = await s.must(t.gql<{ stockMovements: { items: Array<{ warehouseId: string }> } }>(`{ stockMovements(perPage: 100) { items { warehouseId } } }`, {}, s.staffB));
    expect(ledger.stockMovements.items.every((m) => m.warehouseId === s.wb.id)).toBe(true);
    // A technician may not request from another station's warehouse, nor for another station's technician.
    expect(code(await s.create('Requisition', { warehouseId: s.wb.id, technicianId: s.techB.id, lines: [{ partId: s.gas.id, quantity: 1 }] }, s.staffA))).toBe('BAD_USER_INPUT');
    expect(code(await s.create('Requisition', { warehouseId: s.wa.id, technicianId: s.techB.id, lines: [{ partId: s.gas.id, quantity: 1 }] }, s.staffA))).toBe('BAD_USER_INPUT');
  });

  it('a station’s parts keeper keeps its stock only; the technician requests and returns but never issues', async () => {
    const approved = await s.stepped('Requisition', 'APPROVE', req.id, null, s.manager, 'id allowedActions');
    // The manager approved; issuing is the keeper's.
    expect(approved.allowedActions).toEqual(['CANCEL']);
    const asKeeper = await s.must(t.gql<{ requisition: { allowedActions: string[] } }>(`query($id: ID!) { requisition(id: $id) { allowedActions } }`, { id: req.id }, s.keeperA));
    expect(asKeeper.requisition.allowedActions).toEqual(['ISSUE', 'CANCEL']);
    const asTech = await s.must(t.gql<{ requisition: { allowedActions: string[] } }>(`query($id: ID!) { requisition(id: $id) { allowedActions } }`, { id: req.id }, s.staffA));
    expect(asTech.requisition.allowedActions).toEqual(['CANCEL']);
    expect(code(await s.step('Requisition', 'ISSUE', req.id, null, s.staffA))).toBe('FORBIDDEN');
    await s.stepped('Requisition', 'ISSUE', req.id, null, s.keeperA);
    const held = await s.must(t.gql<{ requisition: { allowedActions: string[] } }>(`query($id: ID!) { requisition(id: $id) { allowedActions } }`, { id: req.id }, s.staffA));
    expect(held.requisition.allowedActions).toEqual(['RETURN']);
    const doc = await s.created('StockOut', { kind: 'LOSS', warehouseId: s.wa.id, lines: [{ partId: s.gas.id, quantity: 1 }] }, s.keeperA);
    expect(doc.allowedActions).toEqual(['PROCESS', 'CANCEL']);
    const outB = await s.created('StockOut', { kind: 'LOSS', warehouseId: s.wb.id, lines: [{ partId: s.board.id, quantity: 1 }] });
    expect(code(await s.step('StockOut', 'PROCESS', outB.id, null, s.keeperA))).toBe('NOT_FOUND');
  });

  it('partners see no stock unless granted; a service network granted it sees its station’s, without costs; a maker’s key none', async () => {
    expect(code(await balances({ apiKey: keys.networkWithout }))).toBe('FORBIDDEN');
    const network = await balances({ apiKey: keys.network });
    expect(network.errors).toBeUndefined();
    expect(network.data!.stockBalances.items.length).toBeGreaterThan(0);
    expect(network.data!.stockBalances.items.every((b) => b.warehouseId === s.wa.id && b.averageCost === null && b.value === null)).toBe(true);
    const maker = await balances({ apiKey: keys.maker });
    expect(maker.data!.stockBalances.items).toEqual([]);
    const docs = await s.must(t.gql<{ requisitions: { items: Array<{ id: string; requestedBy: string | null }> } }>(`{ requisitions { items { id requestedBy } } }`, {}, { apiKey: keys.network }));
    expect(docs.requisitions.items).toEqual([{ id: req.id, requestedBy: null }]);
    expect(code(await t.gql(`{ stockValue { total } }`, {}, { apiKey: keys.network }))).toBe('FORBIDDEN');
    // Partners never write stock: the permission cannot even be granted.
    const grant = await t.gql(`mutation { issueApiKey(input: { name: "x", partnerKind: RETAILER, scopes: ["stockDocument:write"] }) { key } }`, {}, t.admin);
    expect(code(grant)).toBe('BAD_USER_INPUT');
  });
});
