import { createTestApp, type TestApp } from '../helpers/test-app';
import { Fixtures } from '../helpers/fixtures';
import { today, addDaysTo } from '../../api/src/common/dates';

const CREATE_PRODUCT = `mutation($input: ProductCreateInput!) { createProduct(input: $input) { id modelNumber manufacturerId brand { name } } }`;
const CREATE_UNIT = `mutation($input: ProductUnitCreateInput!) {
  createProductUnit(input: $input) { id serialNumber purchaseDate warrantyEndsOn warrantyOverridden inWarranty product { modelNumber } } }`;
const UPDATE_UNIT = `mutation($id: ID!, $input: ProductUnitUpdateInput!) {
  updateProductUnit(id: $id, input: $input) { warrantyEndsOn warrantyOverridden } }`;
const IN_WARRANTY = `query($id: ID!, $on: LocalDate) { productUnit(id: $id) { inWarranty(on: $on) warrantyEndsOn } }`;

describe('products and product units', () => {
  let t: TestApp;
  let f: Fixtures;
  beforeAll(async () => {
    t = await createTestApp();
    f = new Fixtures(t.em());
  });
  afterAll(() => t.close());

  it('creates a product whose manufacturer defaults to its brand’s, and refuses a duplicate model number', async () => {
    const brand = await f.brand({ name: '格力' });
    const category = await f.category();
    const input = { modelNumber: 'KFR-35GW/NhGa1B', name: '云佳 1.5 匹挂机', brandId: brand.id, categoryId: category.id, warrantyMonths: 72 };
    const { createProduct } = await t.ok<{ createProduct: { manufacturerId: string; brand: { name: string } } }>(CREATE_PRODUCT, { input }, t.admin);
    expect(createProduct).toMatchObject({ manufacturerId: brand.manufacturerId, brand: { name: '格力' } });

    const dup = await t.gql(CREATE_PRODUCT, { input: { ...input, name: '另一个' } }, t.admin);
    expect(dup.errors?.[0].extensions.code).toBe('CONFLICT');
    expect(dup.errors?.[0].extensions.field).toBe('modelNumber');
    expect(dup.errors?.[0].message).toBe('型号「KFR-35GW/NhGa1B」已存在');
    const dupEn = await t.gql(CREATE_PRODUCT, { input }, { ...t.admin, lang: 'en' });
    expect(dupEn.errors?.[0].message).toBe('A record with model number "KFR-35GW/NhGa1B" already exists');
  });

  it('filters products by model number, brand, category and free text', async () => {
    const category = await f.category();
    await f.product({ modelNumber: 'XQG100-A', name: '滚筒洗衣机 10 公斤', category });
    await f.product({ modelNumber: 'XQB80-B', name: '波轮洗衣机 8 公斤', category });
    const list = (filter: object) =>
      t.ok<{ products: { total: number; items: { modelNumber: string }[] } }>(
        `query($filter: ProductFilter) { products(filter: $filter, sortField: modelNumber) { total items { modelNumber } } }`,
        { filter },
        t.admin,
      );
    expect((await list({ categoryId: category.id })).products.total).toBe(2);
    expect((await list({ modelNumber: 'XQB80-B' })).products.items).toEqual([{ modelNumber: 'XQB80-B' }]);
    expect((await list({ q: '滚筒' })).products.items).toEqual([{ modelNumber: 'XQG100-A' }]);
    expect((await list({ q: 'xqb80' })).products.items).toEqual([{ modelNumber: 'XQB80-B' }]);
  });

  it('derives the warranty end from purchase date and warranty months; the end day (same day N months on) is still covered', async () => {
    const product = await f.product({ warrantyMonths: 12 });
    const { createProductUnit: unit } = await t.ok<{ createProductUnit: { id: string; warrantyEndsOn: string; warrantyOverridden: boolean } }>(
      CREATE_UNIT,
      { input: { serialNumber: 'SN-A-1', productId: product.id, purchaseDate: '2025-03-15' } },
      t.admin,
    );
    expect(unit).toMatchObject({ warrantyEndsOn: '2026-03-15', warrantyOverridden: false });
    const on = (date: string) => t.ok<{ productUnit: { inWarranty: boolean } }>(IN_WARRANTY, { id: unit.id, on: date }, t.admin);
    expect((await on('2026-03-15')).productUnit.inWarranty).toBe(true);
    expect((await on('2026-03-16')).productUnit.inWarranty).toBe(false);
    expect((await on('2025-03-14')).productUnit.inWarranty).toBe(false);

    const overridden = await t.ok<{ updateProductUnit: { warrantyEndsOn: string; warrantyOverridden: boolean } }>(
      UPDATE_UNIT,
      { id: unit.id, input: { warrantyEndsOn: '2027-03-14', warrantyOverrideReason: '厂家延保一年' } },
      t.admin,
    );
    expect(overridden.updateProductUnit).toEqual({ warrantyEndsOn: '2027-03-14', warrantyOverridden: true });
    const unexplained = await t.gql(UPDATE_UNIT, { id: unit.id, input: { warrantyEndsOn: '2099-12-31' } }, t.admin);
    expect(unexplained.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'warrantyOverrideReason' }] });
    const moved = await t.ok<{ updateProductUnit: { warrantyEndsOn: string } }>(UPDATE_UNIT, { id: unit.id, input: { purchaseDate: '2025-04-01' } }, t.admin);
    expect(moved.updateProductUnit.warrantyEndsOn).toBe('2027-03-14');
    const derived = await t.ok<{ updateProductUnit: { warrantyEndsOn: string; warrantyOverridden: boolean } }>(
      UPDATE_UNIT,
      { id: unit.id, input: { warrantyEndsOn: null } },
      t.admin,
    );
    expect(derived.updateProductUnit).toEqual({ warrantyEndsOn: '2026-04-01', warrantyOverridden: false });
  });

  it('handles month ends: bought on 31 January with 1 month of warranty, covered through 28 February', async () => {
    const product = await f.product({ warrantyMonths: 1 });
    const { createProductUnit } = await t.ok<{ createProductUnit: { warrantyEndsOn: string } }>(
      CREATE_UNIT,
      { input: { serialNumber: 'SN-FEB', productId: product.id, purchaseDate: '2026-01-31' } },
      t.admin,
    );
    expect(createProductUnit.warrantyEndsOn).toBe('2026-02-28');
  });

  it('refuses a purchase date in the future and an installation before the purchase', async () => {
    const product = await f.product();
    const tomorrow = addDaysTo(today(t.config.timeZone), 1);
    const future = await t.gql(CREATE_UNIT, { input: { serialNumber: 'SN-F', productId: product.id, purchaseDate: tomorrow } }, t.admin);
    expect(future.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(future.errors?.[0].extensions.fields?.map((e) => e.field)).toEqual(['purchaseDate']);
    const install = await t.gql(
      CREATE_UNIT,
      { input: { serialNumber: 'SN-I', productId: product.id, purchaseDate: '2026-05-10', installationDate: '2026-05-09' } },
      t.admin,
    );
    expect(install.errors?.[0].extensions.fields?.map((e) => e.field)).toEqual(['installationDate']);
    expect(await t.em().count('ProductUnit', { serialNumber: { $in: ['SN-F', 'SN-I'] } })).toBe(0);
  });

  it('keeps serial numbers unique per product but allows the same serial on another product', async () => {
    const [a, b] = [await f.product(), await f.product()];
    await t.ok(CREATE_UNIT, { input: { serialNumber: 'SAME-1', productId: a.id } }, t.admin);
    const again = await t.gql(CREATE_UNIT, { input: { serialNumber: 'SAME-1', productId: a.id } }, t.admin);
    expect(again.errors?.[0].extensions.code).toBe('CONFLICT');
    expect(again.errors?.[0].extensions.field).toBe('serialNumber');
    await t.ok(CREATE_UNIT, { input: { serialNumber: 'SAME-1', productId: b.id } }, t.admin);
  });

  it('filters units by warranty on a date, owner and manufacturer', async () => {
    const owner = await f.customer();
    const product = await f.product({ warrantyMonths: 12 });
    await f.unit({ owner, product, purchaseDate: '2025-01-01', warrantyEndsOn: '2025-12-31' });
    await f.unit({ owner, product, purchaseDate: '2025-06-01', warrantyEndsOn: '2026-05-31' });
    const units = (filter: object) =>
      t.ok<{ productUnits: { total: number } }>(`query($filter: ProductUnitFilter) { productUnits(filter: $filter) { total } }`, { filter }, t.admin);
    expect((await units({ ownerId: owner.id })).productUnits.total).toBe(2);
    expect((await units({ ownerId: owner.id, inWarrantyOn: '2026-01-15' })).productUnits.total).toBe(1);
    expect((await units({ manufacturerId: product.manufacturerId })).productUnits.total).toBe(2);
    expect((await units({ ownerId: owner.id, purchaseFrom: '2025-03-01' })).productUnits.total).toBe(1);
  });

  it('does not delete a product that has units; it can be deactivated instead', async () => {
    const unit = await f.unit();
    const res = await t.gql(`mutation($id: ID!) { deleteProduct(id: $id) { id } }`, { id: unit.productId }, t.admin);
    expect(res.errors?.[0].extensions.code).toBe('IN_USE');
    expect(res.errors?.[0].message).toBe('该产品已被产品序列号引用，不能删除；如不再使用请将其停用');
    const off = await t.ok<{ updateProduct: { active: boolean } }>(
      `mutation($id: ID!) { updateProduct(id: $id, input: { active: false }) { active } }`,
      { id: unit.productId },
      t.admin,
    );
    expect(off.updateProduct.active).toBe(false);
    const unused = await f.product();
    await t.ok(`mutation($id: ID!) { deleteProduct(id: $id) { id } }`, { id: unused.id }, t.admin);
  });
});
