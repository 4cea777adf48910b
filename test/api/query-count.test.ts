import { createTestApp, type TestApp } from '../helpers/test-app';
import { Fixtures } from '../helpers/fixtures';

const UNITS = `query($perPage: Int) {
  productUnits(perPage: $perPage, sortField: serialNumber) {
    total
    items { serialNumber product { modelNumber brand { name manufacturer { name } } manufacturer { name } } owner { name region { name } } }
  }
}`;

describe('lists resolve relations through DataLoaders (no N+1)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    const f = new Fixtures(t.em());
    const region = await f.region();
    // 50 units over 10 products, 5 brands and 5 manufacturers, each with its own owner.
    const brands = await Promise.all([1, 2, 3, 4, 5].map(() => f.brand()));
    const products = [];
    for (let i = 0; i < 10; i++) products.push(await f.product({ brand: brands[i % 5] }));
    for (let i = 0; i < 50; i++) await f.unit({ product: products[i % 10], owner: await f.customer({ region }) });
  });
  afterAll(() => t.close());

  it('runs the same, constant number of SQL statements for 5 rows as for 50', async () => {
    const five = await t.countQueries(() => t.ok<{ productUnits: { items: unknown[] } }>(UNITS, { perPage: 5 }, t.admin));
    const fifty = await t.countQueries(() => t.ok<{ productUnits: { items: unknown[] } }>(UNITS, { perPage: 50 }, t.admin));
    expect(five.result.productUnits.items).toHaveLength(5);
    expect(fifty.result.productUnits.items).toHaveLength(50);
    // user lookup, page, count, then one batch each: products, brands, manufacturers, owners, regions
    expect(fifty.queries).toHaveLength(8);
    expect(five.queries).toHaveLength(fifty.queries.length);
  });

  it('counts every statement (the counter is not blind)', async () => {
    const { queries } = await t.countQueries(() => t.orm.em.fork().getConnection().execute('select 1'));
    expect(queries).toEqual(['select 1']);
  });
});
