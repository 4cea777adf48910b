import { createTestApp, type TestApp } from '../helpers/test-app';
import { Fixtures } from '../helpers/fixtures';
import { countRows } from '../../api/src/graphql/read/read';
import { Customer } from '../../api/src/modules/customer/customer.entity';

const PAGE = `query($after: String, $sortField: CustomerSortField, $sortOrder: SortOrder) {
  customers(perPage: 7, after: $after, sortField: $sortField, sortOrder: $sortOrder, filter: { q: "翻页" }) {
    nextCursor items { id name createdAt } } }`;

interface Page {
  customers: { nextCursor: string | null; items: Array<{ id: string; name: string; createdAt: string }> };
}

describe('the compiled read path: keyset pages, capped counts, aliases', () => {
  let t: TestApp;
  let ids: string[];
  beforeAll(async () => {
    t = await createTestApp();
    const f = new Fixtures(t.em());
    ids = [];
    // Thirty customers created within the same few milliseconds: ties on createdAt are broken by id.
    for (let i = 0; i < 30; i++) ids.push((await f.customer({ name: `翻页客户${String(i).padStart(2, '0')}` })).id);
  });
  afterAll(() => t.close());

  async function walk(vars: Record<string, unknown>): Promise<string[]> {
    const seen: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 10; guard++) {
      const page: Page = await t.ok<Page>(PAGE, { ...vars, after }, t.admin);
      seen.push(...page.customers.items.map((c) => c.id));
      after = page.customers.nextCursor;
      if (!after) break;
    }
    return seen;
  }

  it('walks a list with the nextCursor in either direction, every row once, in order', async () => {
    const desc = await walk({});
    expect(desc).toHaveLength(30);
    expect(new Set(desc).size).toBe(30);
    const all = await t.ok<Page>(`{ customers(perPage: 100, filter: { q: "翻页" }) { nextCursor items { id name createdAt } } }`, {}, t.admin);
    expect(desc).toEqual(all.customers.items.map((c) => c.id));
    const byName = await walk({ sortField: 'name', sortOrder: 'ASC' });
    expect(byName).toEqual([...ids]);
  });

  it('gives the whole list’s total on every page of a cursor walk, read with the page', async () => {
    const q = `query($after: String) { customers(perPage: 7, filter: { q: "翻页" }, after: $after) { total nextCursor items { id } } }`;
    const first = await t.ok<{ customers: { total: number; nextCursor: string; items: unknown[] } }>(q, { after: null }, t.admin);
    const second = await t.ok<{ customers: { total: number; items: unknown[] } }>(q, { after: first.customers.nextCursor }, t.admin);
    expect([first.customers.total, second.customers.total]).toEqual([30, 30]);
    expect(second.customers.items).toHaveLength(7);
  });

  it('refuses a forged cursor, or one made for another sorting', async () => {
    const first = await t.ok<Page>(PAGE, {}, t.admin);
    const forged = await t.gql(PAGE, { after: 'bm90LWEtY3Vyc29y' }, t.admin);
    expect(forged.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'after' }] });
    const other = await t.gql(PAGE, { after: first.customers.nextCursor, sortField: 'name' }, t.admin);
    expect(other.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('asks for the cursor path instead of offsets past 10,000 rows', async () => {
    const res = await t.gql(`{ customers(perPage: 500, page: 22) { items { id } } }`, {}, t.admin);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'page' }] });
  });

  it('counts exactly up to the cap, then answers the planner’s estimate and says so', async () => {
    const em = t.em();
    expect(await countRows({ em }, Customer, { name: { $like: '翻页%' } }, 100)).toEqual({ total: 30, exact: true });
    const capped = await countRows({ em }, Customer, { name: { $like: '翻页%' } }, 10);
    expect(capped.exact).toBe(false);
    expect(capped.total).toBeGreaterThan(10);
    const res = await t.ok<{ customers: { total: number; totalExact: boolean } }>(`{ customers(filter: { q: "翻页" }) { total totalExact } }`, {}, t.admin);
    expect(res.customers).toEqual({ total: 30, totalExact: true });
  });

  it('reads no rows when only the total is asked for, and gives each alias of a relation its own selection', async () => {
    const { queries } = await t.countQueries(() => t.ok(`{ customers(filter: { q: "翻页" }) { total } }`, {}, t.admin));
    expect(queries.filter((q) => /json_agg/.test(q))).toEqual([]);
    const region = await new Fixtures(t.em()).region({ name: '别名区' });
    await t.ok(`mutation($id: ID!, $r: ID!) { updateCustomer(id: $id, input: { regionId: $r }) { id } }`, { id: ids[0], r: region.id }, t.admin);
    const res = await t.ok<{ customer: { a: { name: string } | null; b: { id: string; code: string } | null } }>(
      `query($id: ID!) { customer(id: $id) { a: region { name } b: region { id code } } }`,
      { id: ids[0] },
      t.admin,
    );
    expect(res.customer.a).toEqual({ name: '别名区' });
    expect(res.customer.b).toEqual({ id: region.id, code: region.code });
  });
});
