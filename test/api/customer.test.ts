import { createTestApp, type TestApp } from '../helpers/test-app';
import { Fixtures } from '../helpers/fixtures';
import { Role } from '../../api/src/modules/auth/role';
import { AuditEntry } from '../../api/src/modules/audit/audit-entry.entity';

const CREATE = `mutation($input: CustomerCreateInput!) { createCustomer(input: $input) { id name kind mobile phones serviceLevel regionId } }`;
const UPDATE = `mutation($id: ID!, $input: CustomerUpdateInput!) { updateCustomer(id: $id, input: $input) { id name mobile active } }`;
const LIST = `query($filter: CustomerFilter, $page: Int, $perPage: Int, $sortField: CustomerSortField, $sortOrder: SortOrder) {
  customers(filter: $filter, page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder) { total items { id name mobile region { name } } } }`;

describe('customers', () => {
  let t: TestApp;
  let f: Fixtures;
  beforeAll(async () => {
    t = await createTestApp();
    f = new Fixtures(t.em());
  });
  afterAll(() => t.close());

  it('creates, reads, updates and deletes a customer, auditing each change', async () => {
    const region = await f.region({ name: '南山区' });
    const created = await t.ok<{ createCustomer: { id: string; phones: string[]; kind: string } }>(
      CREATE,
      { input: { name: '王小明', mobile: '13912345678', phones: ['0755-8888 1234', ' 0755-8888 1234 '], regionId: region.id } },
      t.admin,
    );
    expect(created.createCustomer).toMatchObject({ kind: 'INDIVIDUAL', phones: ['0755-8888 1234'], regionId: region.id });
    const id = created.createCustomer.id;

    const got = await t.ok<{ customer: { name: string; region: { name: string } } }>(
      `query($id: ID!) { customer(id: $id) { name region { name } } }`,
      { id },
      t.admin,
    );
    expect(got.customer).toEqual({ name: '王小明', region: { name: '南山区' } });

    const updated = await t.ok<{ updateCustomer: { name: string; mobile: string } }>(UPDATE, { id, input: { name: '王晓明' } }, t.admin);
    expect(updated.updateCustomer).toMatchObject({ name: '王晓明', mobile: '13912345678' });

    await t.ok(`mutation($id: ID!) { deleteCustomer(id: $id) { id } }`, { id }, t.admin);
    const gone = await t.gql(`query($id: ID!) { customer(id: $id) { id } }`, { id }, t.admin);
    expect(gone.errors?.[0].extensions.code).toBe('NOT_FOUND');

    const audit = await t.em().find(AuditEntry, { entityName: 'Customer', entityId: id }, { orderBy: { at: 'asc', id: 'asc' } });
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'delete']);
    expect(audit.every((a) => a.actorId === t.admin.user.id && a.actorLabel === 'test_admin')).toBe(true);
    expect(audit[1].before).toEqual({ name: '王小明' });
    expect(audit[1].after).toEqual({ name: '王晓明' });
    expect(audit[2].before).toMatchObject({ name: '王晓明', mobile: '13912345678' });
  });

  it('finds a customer by any phone number or part of one, and by part of the name', async () => {
    await f.customer({ name: '赵六', mobile: '13700001111', phones: ['020-5555 6666'] });
    await f.customer({ name: '钱七', mobile: '13700002222' });
    const byLandline = await t.ok<{ customers: { items: { name: string }[] } }>(LIST, { filter: { phone: '55556666' } }, t.admin);
    expect(byLandline.customers.items.map((c) => c.name)).toEqual(['赵六']);
    const byPart = await t.ok<{ customers: { items: { name: string }[] } }>(LIST, { filter: { phone: '1370000' } }, t.admin);
    expect(byPart.customers.items.map((c) => c.name).sort()).toEqual(['赵六', '钱七']);
    const byName = await t.ok<{ customers: { total: number; items: { name: string }[] } }>(LIST, { filter: { q: '钱' } }, t.admin);
    expect(byName.customers.items.map((c) => c.name)).toEqual(['钱七']);
  });

  it('filters by kind, service level, region and active, and paginates with a total', async () => {
    const region = await f.region();
    for (let i = 0; i < 7; i++) await f.customer({ name: `分页客户${i}`, region, serviceLevel: i < 3 ? ('vip' as never) : ('normal' as never) });
    const page2 = await t.ok<{ customers: { total: number; items: { name: string }[] } }>(
      LIST,
      { filter: { regionId: region.id }, page: 2, perPage: 3, sortField: 'name', sortOrder: 'ASC' },
      t.admin,
    );
    expect(page2.customers.total).toBe(7);
    expect(page2.customers.items.map((c) => c.name)).toEqual(['分页客户3', '分页客户4', '分页客户5']);
    const vip = await t.ok<{ customers: { total: number } }>(LIST, { filter: { regionId: region.id, serviceLevel: 'VIP' } }, t.admin);
    expect(vip.customers.total).toBe(3);
    const stores = await t.ok<{ customers: { total: number } }>(LIST, { filter: { regionId: region.id, kind: 'STORE' } }, t.admin);
    expect(stores.customers.total).toBe(0);
  });

  it('refuses bad input with per-field messages in Chinese by default and English on request, writing nothing', async () => {
    const before = await t.em().count(AuditEntry, {});
    const zh = await t.gql(CREATE, { input: { name: '', mobile: '12345' } }, t.admin);
    expect(zh.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(zh.errors?.[0].message).toContain('输入有误');
    expect(zh.errors?.[0].extensions.fields?.map((e) => e.field).sort()).toEqual(['mobile', 'name']);
    const en = await t.gql(CREATE, { input: { name: '无手机', kind: 'INDIVIDUAL' } }, { ...t.admin, lang: 'en' });
    expect(en.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(en.errors?.[0].message).toBe('Invalid input: mobile is required for individual customers');
    expect(en.errors?.[0].extensions.message).toEqual({
      zh: '输入有误：手机号必须填写（个人客户）',
      en: 'Invalid input: mobile is required for individual customers',
    });
    const store = await t.ok<{ createCustomer: { kind: string; mobile: null } }>(CREATE, { input: { name: '某门店', kind: 'STORE' } }, t.admin);
    expect(store.createCustomer).toMatchObject({ kind: 'STORE', mobile: null });
    expect(await t.em().count(AuditEntry, {})).toBe(before + 1);
  });

  it('refuses a reference to a region that does not exist', async () => {
    const res = await t.gql(CREATE, { input: { name: '某人', mobile: '13900000001', regionId: '01900000-0000-7000-8000-000000000000' } }, t.admin);
    expect(res.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions.fields?.[0].field).toBe('regionId');
  });

  it('does not delete a customer that owns product units (IN_USE), and lets it be deactivated', async () => {
    const unit = await f.unit();
    const id = unit.ownerId!;
    const res = await t.gql(`mutation($id: ID!) { deleteCustomer(id: $id) { id } }`, { id }, t.admin);
    expect(res.errors?.[0].extensions.code).toBe('IN_USE');
    expect(res.errors?.[0].message).toContain('产品序列号');
    const off = await t.ok<{ updateCustomer: { active: boolean } }>(UPDATE, { id, input: { active: false } }, t.admin);
    expect(off.updateCustomer.active).toBe(false);
  });

  it('needs a signed-in caller with the right permission', async () => {
    const anonymous = await t.gql(LIST);
    expect(anonymous.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const analyst = await t.userWith([Role.ANALYST]);
    const read = await t.gql(LIST, {}, analyst);
    expect(read.errors).toBeUndefined();
    const write = await t.gql(CREATE, { input: { name: '某人', mobile: '13900000002' } }, analyst);
    expect(write.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const badToken = await t.gql(LIST, {}, { token: 'garbage' });
    expect(badToken.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
