import { Role } from '../../api/src/modules/auth/role';
import { PARTNER_GRANTABLE } from '../../api/src/modules/auth/permissions';
import { createTestApp, type Caller, type TestApp } from '../helpers/test-app';
import { queryWorld } from '../helpers/query-world';

/**
 * Scope and masking through ad-hoc and saved queries: whoever saved a query, each caller sees
 * only their own rows, masked as they read them, and may not filter, group or sort on what they
 * may not read. Sharing follows its rules.
 */
describe('ad-hoc and saved queries: scope, masking and sharing', () => {
  let t: TestApp;
  let w: Awaited<ReturnType<typeof queryWorld>>;
  const keys: Record<'maker' | 'network' | 'retailer', Caller & { id: string }> = {} as never;
  let northTech: Caller;
  let headTech: Caller;
  let analyst: Caller;
  let dispatcher: Caller;

  const RUN = `query($q: AdHocQueryInput!) { runQuery(query: $q, perPage: 100) { columns { key masked } rows { values } total description } }`;
  const RUN_SAVED = `query($id: ID!) { runSavedQuery(id: $id, perPage: 100) { columns { key masked } rows { values } total } }`;
  const CREATE = `mutation($input: SavedQueryCreateInput!) { createSavedQuery(input: $input) { id name root ownerId sharedWithRoles definition } }`;
  type Rows = { columns: Array<{ key: string; masked: boolean }>; rows: Array<{ values: unknown[] }>; total: number; description: string };
  const numbers = (r: Rows) => r.rows.map((x) => x.values[0]).sort();
  const run = async (q: Record<string, unknown>, caller: Caller) => (await t.ok<{ runQuery: Rows }>(RUN, { q }, caller)).runQuery;

  beforeAll(async () => {
    t = await createTestApp();
    const issue = async (input: Record<string, unknown>) => {
      const r = await t.ok<{ issueApiKey: { key: string; apiKey: { id: string } } }>(
        `mutation($input: ApiKeyIssueInput!) { issueApiKey(input: $input) { key apiKey { id } } }`,
        { input: { scopes: PARTNER_GRANTABLE.filter((s) => s.endsWith(':read')), ...input } },
        t.admin,
      );
      return { apiKey: r.issueApiKey.key, id: r.issueApiKey.apiKey.id };
    };
    keys.retailer = await issue({ name: '零售商', partnerKind: 'RETAILER' });
    w = await queryWorld(t.em(), { retailerKeyId: keys.retailer.id });
    keys.maker = await issue({ name: '甲厂', partnerKind: 'MANUFACTURER', manufacturerId: w.makerA.id });
    keys.network = await issue({ name: '北站网络', partnerKind: 'SERVICE_NETWORK', stationId: w.north.id });
    northTech = await t.userWith([Role.TECHNICIAN], { stationId: w.north.id });
    headTech = await t.userWith([Role.TECHNICIAN], { stationId: w.head.id });
    analyst = await t.userWith([Role.ANALYST]);
    dispatcher = await t.userWith([Role.DISPATCHER]);
  });
  afterAll(() => t.close());

  const ORDERS = { root: 'serviceOrders', columns: ['number', 'contactName', 'contactPhone', 'customer.name', 'customer.mobile', 'address', 'internalNote'] };

  it('station staff see their station’s rows, in clear; partners their own, masked', async () => {
    expect(numbers(await run(ORDERS, northTech))).toEqual(['Q-D1', 'Q-D2', 'Q-N1', 'Q-N2', 'Q-N3']);
    expect(numbers(await run(ORDERS, headTech))).toEqual(['Q-D3', 'Q-D4', 'Q-D5', 'Q-N4']);
    const maker = await run(ORDERS, keys.maker);
    expect(numbers(maker)).toEqual(['Q-D1', 'Q-D2', 'Q-D5', 'Q-N1', 'Q-N2']);
    const d2 = maker.rows.find((r) => r.values[0] === 'Q-D2')!.values;
    expect(d2).toEqual(['Q-D2', '王*', '138****2222', '张*', '138****2222', null, null]);
    expect(maker.columns.map((c) => c.masked)).toEqual([false, true, true, true, true, true, true]);
    // A service network visits the customer: names and phones in clear, the office's note hidden.
    const network = await run(ORDERS, keys.network);
    expect(numbers(network)).toEqual(['Q-D1', 'Q-D2', 'Q-N1', 'Q-N2', 'Q-N3']);
    expect(network.rows.find((r) => r.values[0] === 'Q-D2')!.values).toEqual(['Q-D2', '王五', '13811112222', '张三', '13811112222', '测试路 1 号', null]);
    expect(numbers(await run(ORDERS, keys.retailer))).toEqual(['Q-D6']);
  });

  it('grouped figures count only the caller’s rows', async () => {
    const q = { root: 'serviceOrders', groupBy: [{ field: 'station.name' }], aggregates: [{ fn: 'count' }, { fn: 'sum', field: 'labourFee' }] };
    expect((await run(q, analyst)).rows.map((r) => r.values)).toEqual([
      ['北站', 5, 180],
      ['总站', 4, 210],
      [null, 1, null],
    ]);
    expect((await run(q, northTech)).rows.map((r) => r.values)).toEqual([['北站', 5, 180]]);
    expect((await run(q, keys.maker)).rows.map((r) => r.values)).toEqual([
      ['北站', 4, 180],
      ['总站', 1, 60],
    ]);
  });

  it('records outside the caller’s scope read as empty through a relation, and in the query in words', async () => {
    // 北站's parent is 总站, which 北站 staff may not see: its name stays empty for them.
    const parent = { root: 'serviceOrders', columns: ['number', 'station.name', 'station.parent.name'], filter: { rules: [{ field: 'number', operator: 'equals', value: 'Q-D1' }] } };
    expect((await run(parent, northTech)).rows.map((x) => x.values)).toEqual([['Q-D1', '北站', null]]);
    expect((await run(parent, analyst)).rows.map((x) => x.values)).toEqual([['Q-D1', '北站', '总站']]);
    const north = await run({ root: 'serviceOrders', columns: ['number'], filter: { rules: [{ field: 'station', operator: 'equals', value: w.head.id }] } }, northTech);
    expect(north.total).toBe(0);
    // 北站 staff may not see 总站: the words show its id, not its name.
    expect(north.description).toContain(w.head.id);
    expect((await run({ root: 'serviceOrders', columns: ['number'], filter: { rules: [{ field: 'station', operator: 'equals', value: w.head.id }] } }, analyst)).description).toContain('总站');
    // Parts lines follow their order; units and customers their own scopes.
    expect((await run({ root: 'orderParts', columns: ['order.number'] }, headTech)).total).toBe(0);
    expect((await run({ root: 'orderParts', columns: ['order.number', 'part.costPrice'] }, keys.maker)).rows.map((x) => x.values)).toEqual([['Q-N1', null]]);
    expect((await run({ root: 'technicians', columns: ['name', 'mobile'] }, keys.maker)).total).toBe(0);
    expect((await run({ root: 'technicians', columns: ['name', 'baseWage'] }, northTech)).rows.map((x) => x.values)).toEqual([['北站师傅', null]]);
  });

  it('what a caller may not read cannot be filtered, grouped, sorted or aggregated on', async () => {
    const refused = async (q: Record<string, unknown>, caller: Caller, field: string) => {
      const res = await t.gql(RUN, { q }, caller);
      expect(res.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions.fields?.[0].field).toBe(field);
      expect(res.errors?.[0].extensions.message?.en).toContain('you may not read it');
    };
    await refused({ root: 'serviceOrders', filter: { rules: [{ field: 'contactPhone', operator: 'contains', value: '2222' }] } }, keys.maker, 'filter.rules[0].field');
    await refused({ root: 'serviceOrders', groupBy: [{ field: 'customer.name' }] }, keys.maker, 'groupBy[0].field');
    await refused({ root: 'serviceOrders', columns: ['number'], sort: [{ key: 'contactName' }] }, keys.maker, 'sort[0].key');
    await refused({ root: 'serviceOrders', aggregates: [{ fn: 'countDistinct', field: 'customer.mobile' }] }, keys.maker, 'aggregates[0].field');
    await refused({ root: 'technicians', filter: { rules: [{ field: 'baseWage', operator: 'gt', value: 1 }] } }, analyst, 'filter.rules[0].field');
    // The network reads phones, so it may search them.
    expect((await run({ root: 'serviceOrders', columns: ['number'], filter: { rules: [{ field: 'contactPhone', operator: 'contains', value: '2222' }] } }, keys.network)).total).toBe(4);
    const catalogue = await t.ok<{ queryCatalogue: { fields: Array<{ path: string; masked: boolean; operators: string[] }> } }>(
      `{ queryCatalogue(root: serviceOrders) { fields { path masked operators } } }`,
      {},
      keys.maker,
    );
    const phone = catalogue.queryCatalogue.fields.find((f) => f.path === 'contactPhone')!;
    expect(phone).toEqual({ path: 'contactPhone', masked: true, operators: [] });
    expect(catalogue.queryCatalogue.fields.some((f) => f.path === 'customer.defaultTechnician.name')).toBe(true);
  });

  it('a saved query runs in the scope of whoever runs it, and is seen only by those it is shared with', async () => {
    const saved = await t.ok<{ createSavedQuery: { id: string; root: string; sharedWithRoles: string[] } }>(
      CREATE,
      { input: { name: '维修中的单', definition: { root: 'serviceOrders', columns: ['number', 'contactName'], filter: { rules: [{ field: 'status', operator: 'equals', value: 'IN_REPAIR' }] } }, sharedWithRoles: ['TECHNICIAN'], sharedWithApiKeyIds: [keys.maker.id] } },
      t.admin,
    );
    const id = saved.createSavedQuery.id;
    expect(saved.createSavedQuery.root).toBe('serviceOrders');
    const runAs = async (caller: Caller) => (await t.ok<{ runSavedQuery: Rows }>(RUN_SAVED, { id }, caller)).runSavedQuery;
    expect(numbers(await runAs(t.admin))).toEqual(['Q-D1', 'Q-D2', 'Q-D3']);
    expect(numbers(await runAs(northTech))).toEqual(['Q-D1', 'Q-D2']);
    expect(numbers(await runAs(headTech))).toEqual(['Q-D3']);
    const maker = await runAs(keys.maker);
    expect(maker.rows.map((r) => r.values)).toEqual([
      ['Q-D2', '王*'],
      ['Q-D1', '张*'],
    ]);
    // Not shared with the network key, nor with analysts.
    for (const caller of [keys.network, analyst]) {
      expect((await t.gql(RUN_SAVED, { id }, caller)).errors?.[0].extensions.code).toBe('NOT_FOUND');
      expect((await t.ok<{ savedQueries: { total: number } }>(`{ savedQueries { total } }`, {}, caller)).savedQueries.total).toBe(0);
    }
    const list = await t.ok<{ savedQueries: { items: Array<{ id: string; ownerName: string | null; sharedWithApiKeyIds: string[] | null }> } }>(
      `{ savedQueries { items { id ownerName sharedWithApiKeyIds } } }`,
      {},
      keys.maker,
    );
    expect(list.savedQueries.items).toEqual([{ id, ownerName: null, sharedWithApiKeyIds: null }]);
  });

  it('sharing: analysts share with roles, key holders with keys; only the owner changes a query', async () => {
    const definition = { root: 'serviceOrders', groupBy: [{ field: 'status' }] };
    const denied = await t.gql(CREATE, { input: { name: '按状态', definition, sharedWithRoles: ['MANAGER'] } }, dispatcher);
    expect(denied.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const mine = await t.ok<{ createSavedQuery: { id: string } }>(CREATE, { input: { name: '按状态', definition } }, dispatcher);
    const keyShare = await t.gql(CREATE, { input: { name: '给厂家', definition, sharedWithApiKeyIds: [keys.maker.id] } }, analyst);
    expect(keyShare.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const shared = await t.ok<{ createSavedQuery: { id: string } }>(CREATE, { input: { name: '按状态', definition, sharedWithRoles: ['DISPATCHER'] } }, analyst);
    // The dispatcher sees it (and its own), may run it, may not change or delete it.
    const seen = await t.ok<{ savedQueries: { items: Array<{ id: string }> } }>(`{ savedQueries(sortField: name) { items { id } } }`, {}, dispatcher);
    expect(seen.savedQueries.items.map((x) => x.id).sort()).toEqual([mine.createSavedQuery.id, shared.createSavedQuery.id].sort());
    const only = await t.ok<{ savedQueries: { items: Array<{ id: string }> } }>(`{ savedQueries(filter: { mine: true }) { items { id } } }`, {}, dispatcher);
    expect(only.savedQueries.items.map((x) => x.id)).toEqual([mine.createSavedQuery.id]);
    const change = await t.gql(`mutation($id: ID!) { updateSavedQuery(id: $id, input: { name: "改名" }) { id } }`, { id: shared.createSavedQuery.id }, dispatcher);
    expect(change.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const remove = await t.gql(`mutation($id: ID!) { deleteSavedQuery(id: $id) { id } }`, { id: shared.createSavedQuery.id }, dispatcher);
    expect(remove.errors?.[0].extensions.code).toBe('FORBIDDEN');
    // Names are unique per owner; a definition that does not check is refused before it is saved.
    expect((await t.gql(CREATE, { input: { name: '按状态', definition } }, analyst)).errors?.[0].extensions.code).toBe('CONFLICT');
    const broken = await t.gql(CREATE, { input: { name: '坏的', definition: { root: 'serviceOrders', columns: ['nope'] } } }, analyst);
    expect(broken.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    // The owner renames it, and its definition round-trips into runQuery unchanged.
    const renamed = await t.ok<{ updateSavedQuery: { name: string; definition: Record<string, unknown> } }>(
      `mutation($id: ID!) { updateSavedQuery(id: $id, input: { name: "订单按状态" }) { name definition } }`,
      { id: shared.createSavedQuery.id },
      analyst,
    );
    expect(renamed.updateSavedQuery.name).toBe('订单按状态');
    expect((await run(renamed.updateSavedQuery.definition, analyst)).rows.length).toBeGreaterThan(1);
    // Changes to saved queries are audited.
    const audit = await t.ok<{ auditEntries: { items: Array<{ action: string }> } }>(
      `query($id: String) { auditEntries(filter: { entityName: "SavedQuery", entityId: $id }) { items { action } } }`,
      { id: shared.createSavedQuery.id },
      t.admin,
    );
    expect(audit.auditEntries.items.map((a) => a.action).sort()).toEqual(['CREATE', 'UPDATE']);
  });
});
