import { buildClientSchema, getIntrospectionQuery, parse, validate, type GraphQLSchema, type IntrospectionQuery } from 'graphql';
import { CREATE, DELETE, GET_LIST, GET_MANY, GET_MANY_REFERENCE, GET_ONE, UPDATE } from 'ra-core';
import type { BuildQueryResult } from 'ra-data-graphql';
import { entityResource } from '../../admin/src/auditEntries/entityResource';
import { buildQueryFactory } from '../../admin/src/dataProvider/buildQuery';
import type { ApiErrorBody } from '../../admin/src/dataProvider/errors';
import { findResources, type ApiIntrospection } from '../../admin/src/dataProvider/introspection';
import { DOCUMENTS, STEP_DOCUMENTS } from '../../admin/src/dataProvider/operations';
import { MENU_GROUPS } from '../../admin/src/layout/menuGroups';
import { isAllowed, panelPermissions } from '../../admin/src/permissions';
import { Role } from '../../api/src/modules/auth/role';
import { createTestApp, type Caller, type TestApp } from '../helpers/test-app';
import { Fixtures } from '../helpers/fixtures';
import { operationsAs, runBuilt } from '../helpers/panel-provider';

/**
 * The panel's data provider against the real API: the queries it builds from introspection are
 * valid for every resource, and the convention (filters, sort, 1-based pages, input types, errors)
 * holds end to end. The browser test covers one path through the UI; this covers them all.
 */
describe('panel data provider', () => {
  let t: TestApp;
  let f: Fixtures;
  let introspection: ApiIntrospection;
  let schema: GraphQLSchema;
  let buildQuery: ReturnType<typeof buildQueryFactory>;

  beforeAll(async () => {
    t = await createTestApp();
    f = new Fixtures(t.em());
    const data = await t.ok<IntrospectionQuery>(getIntrospectionQuery({ descriptions: false }));
    introspection = findResources(data.__schema);
    schema = buildClientSchema({ __schema: introspection.schema });
    buildQuery = buildQueryFactory(introspection);
  });
  afterAll(() => t.close());

  const run = (built: BuildQueryResult, caller: Caller = t.admin) => runBuilt(t, built, caller);

  const panelResources = MENU_GROUPS.flatMap((group) => group.resources ?? []);

  it('finds every resource of the panel in the schema by the naming convention', () => {
    const byName = new Map(introspection.apiResources.map((r) => [r.name, r]));
    for (const name of panelResources) expect(byName.get(name)?.[GET_LIST]).toBeDefined();
    expect(byName.get('customers')).toMatchObject({
      type: { name: 'Customer' },
      [GET_ONE]: { name: 'customer' },
      [CREATE]: { name: 'createCustomer' },
      [UPDATE]: { name: 'updateCustomer' },
      [DELETE]: { name: 'deleteCustomer' },
    });
    expect(byName.get('apiKeys')?.[CREATE]?.name).toBe('issueApiKey');
    expect(byName.get('auditEntries')?.[CREATE]).toBeUndefined();
    expect(byName.get('serviceOrders')).toMatchObject({
      type: { name: 'ServiceOrder' },
      [GET_ONE]: { name: 'serviceOrder' },
      [CREATE]: { name: 'createServiceOrder' },
      [UPDATE]: { name: 'updateServiceOrder' },
    });
    expect(byName.get('serviceOrders')?.[DELETE]).toBeUndefined();
  });

  // What authProvider.ts asks of `me`.
  const ME = '{ me { permissions mayTakeOrders technicianId reportAbilities { commission confirmSettlement adjustCommission changeLeaderboardWeights } } }';
  const menuOf = async (caller: Caller) => {
    const { me } = await t.ok<{ me: Parameters<typeof panelPermissions>[0] }>(ME, {}, caller);
    const permissions = panelPermissions(me);
    return { permissions, pages: MENU_GROUPS.flatMap((group) => group.pages ?? []).filter((p) => isAllowed(permissions, p.resource, p.action)).map((p) => p.path) };
  };

  it('lists pages in the menu that an administrator may open (all but a technician’s own commission)', async () => {
    const pages = MENU_GROUPS.flatMap((group) => group.pages ?? []);
    expect(pages.length).toBeGreaterThan(0);
    const { pages: shown } = await menuOf(t.admin);
    expect(pages.map((p) => p.path).filter((p) => !shown.includes(p))).toEqual(['/reports/myCommission']);
  });

  it('shows the commission pages and report steps the API allows: station managers, technicians, finance', async () => {
    const station = await f.station();
    const technician = await f.technician({ station });
    const stationManager = await menuOf(await t.userWith([Role.MANAGER], { stationId: station.id }));
    expect(stationManager.pages).toEqual(expect.arrayContaining(['/reports/commission', '/reports/monthly', '/reports/settlement']));
    expect(stationManager.permissions.filter((p) => /^report:(confirm|adjust|change)/.test(p))).toEqual([]);
    const linked = await t.userWith([Role.TECHNICIAN], { stationId: station.id });
    await t.ok(`mutation($id: ID!, $i: UserUpdateInput!) { updateUser(id: $id, input: $i) { id } }`, { id: linked.user.id, i: { technicianId: technician.id } }, t.admin);
    const tech = await menuOf(linked);
    expect(tech.pages.filter((p) => p.startsWith('/reports/'))).toEqual(['/reports/myCommission']);
    const finance = await menuOf(await t.userWith([Role.FINANCE_REVIEWER]));
    expect(finance.permissions.filter((p) => /^report:(commission|confirm|adjust|change)/.test(p))).toEqual(['report:commission', 'report:confirmSettlement']);
    const dispatcher = await menuOf(await t.userWith([Role.DISPATCHER]));
    expect(dispatcher.pages).not.toContain('/reports/commission');
  });

  it('offers intake to those the API lets take orders: dispatchers, not managers', async () => {
    const permissionsOf = async (role: Role) =>
      panelPermissions((await t.ok<{ me: { permissions: string[]; mayTakeOrders: boolean } }>('{ me { permissions mayTakeOrders } }', {}, await t.userWith([role]))).me);
    expect(isAllowed(await permissionsOf(Role.DISPATCHER), 'serviceOrders', 'create')).toBe(true);
    const manager = await permissionsOf(Role.MANAGER);
    expect(isAllowed(manager, 'serviceOrders', 'create')).toBe(false);
    expect(isAllowed(manager, 'serviceOrders', 'list')).toBe(true);
  });

  it('has valid documents for the operations beyond the standard methods', () => {
    const documents = { ...DOCUMENTS, ...STEP_DOCUMENTS };
    expect(Object.keys(STEP_DOCUMENTS)).toHaveLength(11);
    const invalid = Object.entries(documents)
      .map(([name, document]) => ({ name, errors: validate(schema, parse(document)).map((e) => e.message) }))
      .filter(({ errors }) => errors.length > 0);
    expect(invalid).toEqual([]);
  });

  it('reads the grantable partner scopes and the audited entity names; audited entities with a list are named by the convention', async () => {
    const ops = operationsAs(t);
    const { data: scopes } = await ops.grantableScopes();
    expect(scopes).toEqual(expect.arrayContaining(['product:read', 'serviceOrder:create']));
    expect(scopes).not.toContain('user:read');
    const { data: entities } = await ops.auditedEntityNames();
    expect(entities).toEqual(expect.arrayContaining(['Customer', 'ServiceOrder', 'OrderPart']));
    const listed = introspection.apiResources.filter((r) => entities.includes(r.type.name));
    expect(listed.length).toBeGreaterThan(10);
    for (const resource of listed) expect(entityResource(resource.type.name)).toBe(resource.name);
  });

  it('keeps saved filters per user: save, replace by name, list, delete', async () => {
    const mine = operationsAs(t, await t.userWith([Role.DISPATCHER]));
    const others = operationsAs(t, await t.userWith([Role.DISPATCHER]));
    await mine.saveFilter('serviceOrders', '超期未派工', { overdue: true, statuses: ['RECEIVED'] });
    const { data: replaced } = await mine.saveFilter('serviceOrders', '超期未派工', { overdue: true });
    await mine.saveFilter('serviceOrders', '南山', { stationId: 'x' });
    const { data: saved } = await mine.savedFilters('serviceOrders');
    expect(saved.map((s) => [s.name, s.filter])).toEqual([
      ['南山', { stationId: 'x' }],
      ['超期未派工', { overdue: true }],
    ]);
    await expect(others.savedFilters('serviceOrders')).resolves.toEqual({ data: [] });
    await expect(others.deleteSavedFilter(replaced.id)).rejects.toMatchObject({ status: 404 });
    await mine.deleteSavedFilter(replaced.id);
    expect((await mine.savedFilters('serviceOrders')).data.map((s) => s.name)).toEqual(['南山']);
  });

  it('reads service rules for order readers and lets administrators change them, refusing an impossible band', async () => {
    const dispatcher = operationsAs(t, await t.userWith([Role.DISPATCHER]));
    const { data: rules } = await dispatcher.serviceRules();
    expect(rules).toMatchObject({ nearKm: expect.any(Number), reworkScoreAtMost: expect.any(Number) });
    await expect(dispatcher.updateServiceRules({ repeatRepairDays: 30 })).rejects.toMatchObject({ status: 403 });
    const { data: changed } = await operationsAs(t).updateServiceRules({ repeatRepairDays: 60 });
    expect(changed).toEqual({ ...rules, repeatRepairDays: 60 });
    const refused = await operationsAs(t).updateServiceRules({ middleKm: 1 }).catch((e) => e);
    expect(refused).toMatchObject({ status: 400, body: { code: 'BAD_USER_INPUT', errors: { middleKm: expect.any(String) } } });
  });

  it('builds documents the schema accepts for every operation of every resource', () => {
    const params: Record<string, object> = {
      [GET_LIST]: { filter: { q: 'x' }, pagination: { page: 1, perPage: 10 }, sort: { field: 'createdAt', order: 'DESC' } },
      [GET_MANY]: { ids: ['a', 'b'] },
      [GET_MANY_REFERENCE]: { target: 'q', id: 'x', filter: {}, pagination: { page: 1, perPage: 10 }, sort: { field: 'id', order: 'ASC' } },
      [GET_ONE]: { id: 'a' },
      [CREATE]: { data: { name: 'x' } },
      [UPDATE]: { id: 'a', data: { name: 'x' }, previousData: { id: 'a' } },
      [DELETE]: { id: 'a' },
    };
    const built = introspection.apiResources.flatMap((resource) =>
      Object.keys(params)
        .filter((method) => [GET_LIST, GET_MANY, GET_MANY_REFERENCE].includes(method) || resource[method as typeof GET_ONE])
        .map((method) => ({ at: `${resource.name} ${method}`, query: buildQuery(method, resource.name, params[method]).query })),
    );
    expect(built.length).toBeGreaterThan(panelResources.length * 5);
    const invalid = built.filter(({ query }) => validate(schema, query).length > 0).map(({ at }) => at);
    expect(invalid).toEqual([]);
  });

  it('lists with the API filter, its sort fields and 1-based pages, dropping what the API does not know', async () => {
    const region = await f.region();
    for (const name of ['A', 'B', 'C']) await f.customer({ name: `列表客户${name}`, region });
    const built = buildQuery(GET_LIST, 'customers', {
      filter: { regionId: region.id, q: '', notAFilter: 1 },
      pagination: { page: 2, perPage: 2 },
      sort: { field: 'name', order: 'ASC' },
    });
    expect(built.variables).toEqual({ filter: { regionId: region.id }, page: 2, perPage: 2, sortField: 'name', sortOrder: 'ASC' });
    const page = await run(built);
    expect(page.total).toBe(3);
    expect(page.data.map((c: { name: string }) => c.name)).toEqual(['列表客户C']);

    const unsortable = buildQuery(GET_LIST, 'customers', { filter: {}, pagination: { page: 1, perPage: 5 }, sort: { field: 'region.name', order: 'ASC' } });
    expect(unsortable.variables).not.toHaveProperty('sortField');
  });

  it('gets many by ids and many by reference', async () => {
    const station = await f.station();
    const [a, b] = [await f.technician({ station }), await f.technician({ station })];
    await f.technician();
    const many = await run(buildQuery(GET_MANY, 'technicians', { ids: [a.id, b.id] }));
    expect(many.data.map((x: { id: string }) => x.id).sort()).toEqual([a.id, b.id].sort());
    const byStation = await run(
      buildQuery(GET_MANY_REFERENCE, 'technicians', {
        target: 'stationId',
        id: station.id,
        filter: {},
        pagination: { page: 1, perPage: 10 },
        sort: { field: 'code', order: 'ASC' },
      }),
    );
    expect(byStation.total).toBe(2);
    expect(byStation.data[0]).toMatchObject({ stationId: station.id, code: a.code });
  });

  it('creates with only the input type fields and updates only what changed', async () => {
    const region = await f.region();
    const create = buildQuery(CREATE, 'customers', {
      data: { id: 'ignored', createdAt: '2026-01-01T00:00:00Z', region: { id: region.id }, regionId: region.id, name: '新客户', mobile: '13911112222', email: null },
    });
    expect(create.variables).toEqual({ input: { regionId: region.id, name: '新客户', mobile: '13911112222' } });
    const { data: created } = await run(create);
    expect(created).toMatchObject({ name: '新客户', regionId: region.id, kind: 'INDIVIDUAL' });

    const update = buildQuery(UPDATE, 'customers', { id: created.id, data: { ...created, name: '改名客户', email: '' }, previousData: created });
    expect(update.variables).toEqual({ id: created.id, input: { name: '改名客户', email: '' } });
    const cleared = buildQuery(UPDATE, 'customers', { id: created.id, data: { ...created, regionId: null }, previousData: created });
    expect(cleared.variables).toEqual({ id: created.id, input: { regionId: null } });
    const { data: updated } = await run(cleared);
    expect(updated).toMatchObject({ id: created.id, regionId: null, name: '新客户' });
  });

  it('issues a partner key through create and returns the one-time key with the record', async () => {
    const { data } = await run(buildQuery(CREATE, 'apiKeys', { data: { name: '测试合作方', partnerKind: 'RETAILER', scopes: ['product:read'] } }));
    expect(data).toMatchObject({ name: '测试合作方', scopes: ['product:read'], active: true });
    expect(data.key).toMatch(/^ask_/);
    expect(data.id).toEqual(expect.any(String));
  });

  it('turns API errors into HttpErrors: per-field form errors, IN_USE, and the caller’s language', async () => {
    const invalid = await run(buildQuery(CREATE, 'customers', { data: { name: '坏手机', mobile: '123' } })).catch((e) => e);
    expect(invalid.status).toBe(400);
    expect((invalid.body as ApiErrorBody).code).toBe('BAD_USER_INPUT');
    expect((invalid.body as ApiErrorBody).errors).toMatchObject({ mobile: expect.stringContaining('手机号'), root: { serverError: invalid.message } });

    const manufacturer = await f.manufacturer();
    await f.brand({ manufacturer });
    const remove = buildQuery(DELETE, 'manufacturers', { id: manufacturer.id });
    const inUse = await run(remove).catch((e) => e);
    expect(inUse).toMatchObject({ status: 409, body: { code: 'IN_USE' } });
    expect(inUse.message).toContain('停用');
    const inEnglish = await run(remove, { ...t.admin, lang: 'en' }).catch((e) => e);
    expect(inEnglish.message).toContain('deactivate');
  });
});
