import { createTestApp, type TestApp } from '../helpers/test-app';
import { Fixtures } from '../helpers/fixtures';
import { Role } from '../../api/src/modules/auth/role';

interface Case {
  type: string;
  plural: string;
  input: (f: Fixtures) => Promise<Record<string, unknown>>;
  fields: string;
  update: Record<string, unknown>;
  /** A filter matching the created record, and one that must not. */
  filter: (created: Record<string, unknown>) => [Record<string, unknown>, Record<string, unknown>];
}

const lc = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** Every master-data resource goes through the same create / get / list / update / delete surface. */
const CASES: Case[] = [
  {
    type: 'Region',
    plural: 'regions',
    input: async () => ({ code: '440305', name: '南山区', nameEn: 'Nanshan', level: 3, latitude: 22.53, longitude: 113.93 }),
    fields: 'id code name level',
    update: { name: '深圳市南山区' },
    filter: () => [{ level: 3, q: '南山' }, { level: 1 }],
  },
  {
    type: 'Manufacturer',
    plural: 'manufacturers',
    input: async () => ({ code: 'GREE', name: '珠海格力电器股份有限公司', nameEn: 'Gree Electric', phone: '4008-365-315' }),
    fields: 'id code name',
    update: { contact: '张经理' },
    filter: () => [{ code: 'GREE' }, { code: 'MIDEA' }],
  },
  {
    type: 'Brand',
    plural: 'brands',
    input: async (f) => ({ code: 'BR-1', name: '格力', manufacturerId: (await f.manufacturer()).id }),
    fields: 'id code name manufacturerId manufacturer { id }',
    update: { nameEn: 'Gree' },
    filter: (c) => [{ manufacturerId: c.manufacturerId }, { manufacturerId: '01900000-0000-7000-8000-000000000000' }],
  },
  {
    type: 'ProductCategory',
    plural: 'productCategories',
    input: async (f) => ({ code: 'AC-SPLIT', name: '挂壁式空调', parentId: (await f.category({ name: '空调' })).id, sortOrder: 10 }),
    fields: 'id code name parentId parent { name }',
    update: { nameEn: 'Split air conditioner' },
    filter: (c) => [{ parentId: c.parentId }, { active: false }],
  },
  {
    type: 'Part',
    plural: 'parts',
    input: async (f) => ({
      code: 'P-COMP-01',
      name: '压缩机',
      spec: '1.5P 旋转式',
      salePrice: 680,
      costPrice: 420,
      reorderPoint: 3,
      compatibleProductIds: [(await f.product()).id],
    }),
    fields: 'id code name salePrice compatibleProductIds compatibleProducts { id }',
    update: { salePrice: 699.5 },
    filter: (c) => [{ productId: (c.compatibleProductIds as string[])[0], q: '压缩' }, { q: '电机' }],
  },
  {
    type: 'FeeRule',
    plural: 'feeRules',
    input: async (f) => ({ name: '空调上门费 5km 内', feeKind: 'VISIT', serviceKind: 'ON_SITE_REPAIR', distanceBand: 'NEAR', amount: 30, categoryId: (await f.category()).id }),
    fields: 'id name amount feeKind distanceBand categoryId category { id }',
    update: { amount: 35 },
    filter: (c) => [{ feeKind: 'VISIT', categoryId: c.categoryId }, { feeKind: 'LABOUR', categoryId: c.categoryId }],
  },
  {
    type: 'Warehouse',
    plural: 'warehouses',
    input: async (f) => ({ code: 'WH-1', name: '南山站配件库', stationId: (await f.station()).id }),
    fields: 'id code name stationId station { id }',
    update: { central: true },
    filter: (c) => [{ stationId: c.stationId }, { central: true, stationId: c.stationId }],
  },
  {
    type: 'User',
    plural: 'users',
    input: async () => ({ username: 'dispatcher9', displayName: '调度九号', password: 'secret-pass-9', roles: ['DISPATCHER'] }),
    fields: 'id username roles active',
    update: { displayName: '调度员九号', roles: ['DISPATCHER', 'MANAGER'] },
    filter: () => [{ role: 'DISPATCHER', q: 'dispatcher9' }, { role: 'ANALYST', q: 'dispatcher9' }],
  },
];

describe.each(CASES)('$type', (c) => {
  let t: TestApp;
  let f: Fixtures;
  beforeAll(async () => {
    t = await createTestApp();
    f = new Fixtures(t.em());
  });
  afterAll(() => t.close());

  it('creates, gets, filters, updates and deletes', async () => {
    const input = await c.input(f);
    const created = (await t.ok<Record<string, Record<string, unknown>>>(
      `mutation($input: ${c.type}CreateInput!) { create${c.type}(input: $input) { ${c.fields} } }`,
      { input },
      t.admin,
    ))[`create${c.type}`];
    const id = created.id as string;

    const got = await t.ok<Record<string, Record<string, unknown>>>(`query($id: ID!) { ${lc(c.type)}(id: $id) { ${c.fields} } }`, { id }, t.admin);
    expect(got[lc(c.type)]).toEqual(created);

    const [hit, miss] = c.filter(created);
    const list = (filter: object) =>
      t.ok<Record<string, { total: number; items: { id: string }[] }>>(
        `query($filter: ${c.type}Filter) { ${c.plural}(filter: $filter) { total items { id } } }`,
        { filter },
        t.admin,
      );
    expect((await list(hit))[c.plural].items.map((x) => x.id)).toEqual([id]);
    expect((await list(miss))[c.plural].items.map((x) => x.id)).not.toContain(id);
    expect((await list({ ids: [id] }))[c.plural].total).toBe(1);

    const updated = await t.ok<Record<string, Record<string, unknown>>>(
      `mutation($id: ID!, $input: ${c.type}UpdateInput!) { update${c.type}(id: $id, input: $input) { id } }`,
      { id, input: c.update },
      t.admin,
    );
    expect(updated[`update${c.type}`].id).toBe(id);

    await t.ok(`mutation($id: ID!) { delete${c.type}(id: $id) { id } }`, { id }, t.admin);
    const gone = await t.gql(`query($id: ID!) { ${lc(c.type)}(id: $id) { id } }`, { id }, t.admin);
    expect(gone.errors?.[0].extensions.code).toBe('NOT_FOUND');

    const audit = await t.ok<{ auditEntries: { items: { action: string }[] } }>(
      `query($id: String) { auditEntries(filter: { entityId: $id }, sortField: at, sortOrder: ASC) { items { action } } }`,
      { id },
      t.admin,
    );
    expect(audit.auditEntries.items.map((a) => a.action)).toEqual(['CREATE', 'UPDATE', 'DELETE']);
  });

  it('is readable by an analyst but not writable', async () => {
    const analyst = await t.userWith([Role.ANALYST]);
    const perm = c.type === 'User' ? 'FORBIDDEN' : undefined;
    const read = await t.gql(`{ ${c.plural} { total } }`, {}, analyst);
    expect(read.errors?.[0]?.extensions.code).toBe(perm);
    const write = await t.gql(
      `mutation($input: ${c.type}CreateInput!) { create${c.type}(input: $input) { id } }`,
      { input: await c.input(f) },
      analyst,
    );
    expect(write.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});

describe('audit log and validation details', () => {
  let t: TestApp;
  let f: Fixtures;
  beforeAll(async () => {
    t = await createTestApp();
    f = new Fixtures(t.em());
  });
  afterAll(() => t.close());

  it('is readable by administrators only, filtered by entity, actor, action and time', async () => {
    const dispatcher = await t.userWith([Role.DISPATCHER]);
    await t.ok(`mutation { createCustomer(input: { name: "审计客户", mobile: "13811112222" }) { id } }`, {}, dispatcher);
    const manager = await t.userWith([Role.MANAGER]);
    const denied = await t.gql(`{ auditEntries { total } }`, {}, manager);
    expect(denied.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const byActor = await t.ok<{ auditEntries: { items: { entityName: string; actorLabel: string; action: string; after: Record<string, unknown> }[] } }>(
      `query($actor: ID) { auditEntries(filter: { actorId: $actor, entityName: "Customer", action: CREATE, atFrom: "2020-01-01T00:00:00Z" }) { items { entityName actorLabel action after } } }`,
      { actor: dispatcher.user.id },
      t.admin,
    );
    expect(byActor.auditEntries.items).toHaveLength(1);
    expect(byActor.auditEntries.items[0]).toMatchObject({ actorLabel: dispatcher.user.username, after: { name: '审计客户' } });
  });

  it('never writes password hashes into the audit log', async () => {
    const created = await t.ok<{ createUser: { id: string } }>(
      `mutation { createUser(input: { username: "auditme", displayName: "x", password: "a-long-password", roles: [ANALYST] }) { id } }`,
      {},
      t.admin,
    );
    const audit = await t.ok<{ auditEntries: { items: { after: Record<string, unknown> }[] } }>(
      `query($id: String) { auditEntries(filter: { entityId: $id }) { items { after } } }`,
      { id: created.createUser.id },
      t.admin,
    );
    expect(audit.auditEntries.items[0].after.passwordHash).toBe('***');
  });

  it('refuses a distance band on a labour fee, and a validity that ends before it starts', async () => {
    const res = await t.gql(
      `mutation { createFeeRule(input: { name: "x", feeKind: LABOUR, serviceKind: ON_SITE_REPAIR, distanceBand: FAR, amount: 10, validFrom: "2026-02-01", validTo: "2026-01-01" }) { id } }`,
      {},
      t.admin,
    );
    expect(res.errors?.[0].extensions.fields?.map((e) => e.field).sort()).toEqual(['distanceBand', 'validTo']);
  });

  it('refuses page sizes beyond the limit and unknown sort fields', async () => {
    const big = await t.gql(`{ customers(perPage: 5000) { total } }`, {}, t.admin);
    expect(big.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const sort = await t.gql(`{ customers(sortField: password) { total } }`, {}, t.admin);
    expect(sort.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    await f.customer();
  });

  it('lets an administrator manage users but not lock themselves out', async () => {
    const self = await t.gql(`mutation($id: ID!) { updateUser(id: $id, input: { active: false }) { id } }`, { id: t.admin.user.id }, t.admin);
    expect(self.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const login = await t.gql(`mutation { login(username: "nobody", password: "wrong") { token } }`);
    expect(login.errors?.[0]).toMatchObject({ message: '用户名或密码错误', extensions: { code: 'UNAUTHENTICATED' } });
    await t.ok(`mutation { createUser(input: { username: "newbie", displayName: "新人", password: "newbie-pass-1", roles: [DISPATCHER] }) { id } }`, {}, t.admin);
    const ok = await t.ok<{ login: { token: string; user: { roles: string[] } } }>(
      `mutation { login(username: "newbie", password: "newbie-pass-1") { token user { roles } } }`,
    );
    expect(ok.login.user.roles).toEqual(['DISPATCHER']);
    const me = await t.ok<{ me: { label: string; permissions: string[] } }>(`{ me { label permissions } }`, {}, { token: ok.login.token });
    expect(me.me.label).toBe('newbie');
    expect(me.me.permissions).toContain('customer:write');
    expect(me.me.permissions).not.toContain('user:write');
  });
});

describe('guessing is throttled', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('locks a username after 10 wrong passwords, even for the right one, without touching other users', async () => {
    await t.ok(`mutation { createUser(input: { username: "target", displayName: "x", password: "right-password", roles: [ANALYST] }) { id } }`, {}, t.admin);
    await t.ok(`mutation { createUser(input: { username: "bystander", displayName: "y", password: "right-password", roles: [ANALYST] }) { id } }`, {}, t.admin);
    const login = (username: string, password: string) => t.gql(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, { u: username, p: password });
    for (let i = 0; i < 10; i++) expect((await login('target', 'wrong')).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const locked = await login('target', 'right-password');
    expect(locked.errors?.[0]).toMatchObject({ message: '尝试次数过多，请 15 分钟后再试', extensions: { code: 'TOO_MANY_ATTEMPTS' } });
    expect((await login('bystander', 'right-password')).errors).toBeUndefined();
  });
});
