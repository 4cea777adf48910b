import request from 'supertest';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { Role } from '../../api/src/modules/auth/role';
import { CodeKind } from '../../api/src/modules/code-table/code-kind';
import { Fixtures } from '../helpers/fixtures';
import { Product } from '../../api/src/modules/product/product.entity';
import { createTestApp, type Caller, type TestApp } from '../helpers/test-app';
import { IMPORT_BATCH, START_IMPORT, authed, csv, importFile as importAs } from '../helpers/imports';

/**
 * Bulk imports: a template per record type (headers in zh or en), a dry run that names every bad
 * row with its row, column and reason, a commit that writes all rows or none, references by code
 * or name, and one audit entry per record carrying the batch.
 */
describe('imports: templates, dry runs and all-or-nothing commits', () => {
  let t: TestApp;
  let dispatcher: Caller;
  let f: Fixtures;

  const START = START_IMPORT;
  const BATCH = IMPORT_BATCH;
  const auth = authed;
  const importFile = (entity: string, mode: 'DRY_RUN' | 'COMMIT', file: Buffer | string, caller: Caller = dispatcher, fileName = `${entity}.csv`) =>
    importAs(t, caller, entity, mode, file, fileName);
  const count = async (table: string) => Number((await t.em().getConnection().execute(`select count(*)::int as n from ${table}`))[0].n);

  beforeAll(async () => {
    t = await createTestApp();
    dispatcher = await t.userWith([Role.DISPATCHER]);
    f = new Fixtures(t.em());
  });
  afterAll(() => t.close());

  it('templates: CSV with Chinese headers (required ones starred), XLSX in English with a sheet of notes', async () => {
    const res = await auth(request(t.app.app).get('/imports/templates/customers.csv'), dispatcher).buffer(true);
    expect(res.status).toBe(200);
    expect(res.text.charCodeAt(0)).toBe(0xfeff);
    expect((parse(res.text.slice(1)) as string[][])[0]).toEqual(['客户名称*', '客户类型', '手机', '其他电话', '电子邮箱', '地址', '区域', '服务等级', '备注']);
    const x = await auth(request(t.app.app).get('/imports/templates/products.xlsx?lang=en'), dispatcher)
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(x.body as never);
    expect((book.worksheets[0].getRow(1).values as string[]).slice(1)).toEqual(['Model number*', 'Name*', 'Brand*', 'Category*', 'Manufacturer', 'Warranty months*', 'List price (yuan)']);
    expect(book.worksheets[1].getRow(2).values).toEqual([undefined, 'Model number', '型号/款号', 'yes', 'text']);
    expect((await auth(request(t.app.app).get('/imports/templates/users.csv'), dispatcher)).status).toBe(404);
  });

  it('one bad row among 1,000 customers: the dry run and the commit name it, and nothing is imported', async () => {
    const region = await f.region({ code: '440100', name: '广州市' });
    const rows = [['客户名称', '客户类型', '手机', '其他电话', '区域', '服务等级']];
    for (let i = 0; i < 1000; i++) rows.push([`导入客户${i}`, i % 2 ? '个人' : 'individual', `1390000${String(i).padStart(4, '0')}`, i === 7 ? '020-12345678;0755 8888 9999' : '', i % 3 ? '广州市' : '440100', i % 5 ? '' : 'VIP']);
    rows[501][2] = '1390000ABCD';
    const before = await count('customer');
    const dry = await importFile('customers', 'DRY_RUN', csv(rows));
    expect(dry).toMatchObject({ status: 'INVALID', rowsTotal: 1000, errorCount: 1 });
    expect(dry.errors).toEqual([{ row: 502, column: 'mobile', message: '手机：不是有效的手机号（11 位，以 1 开头）', value: '1390000ABCD' }]);
    const commit = await importFile('customers', 'COMMIT', csv(rows));
    expect(commit).toMatchObject({ status: 'INVALID', rowsImported: 0, errorCount: 1 });
    expect(await count('customer')).toBe(before);
    const batch = await t.ok<{ importBatch: { status: string; errors: Array<{ row: number }> } }>(BATCH, { id: commit.id }, dispatcher);
    expect(batch.importBatch).toMatchObject({ status: 'INVALID', errors: [{ row: 502 }] });

    rows[501][2] = '13900009999';
    const ok = await importFile('customers', 'DRY_RUN', csv(rows));
    expect(ok).toMatchObject({ status: 'VALID', rowsValid: 1000, rowsImported: 0, errorCount: 0 });
    expect(await count('customer')).toBe(before);
    const done = await importFile('customers', 'COMMIT', csv(rows));
    expect(done).toMatchObject({ status: 'IMPORTED', rowsImported: 1000 });
    expect(await count('customer')).toBe(before + 1000);
    // As if entered by hand: search text for the incoming-call lookup, region by code or name, defaults.
    const found = await t.ok<{ customers: { items: Array<{ name: string; phones: string[]; regionId: string; serviceLevel: string; kind: string }> } }>(
      `{ customers(filter: { phone: "12345678" }) { items { name phones regionId serviceLevel kind } } }`,
      {},
      dispatcher,
    );
    expect(found.customers.items).toEqual([{ name: '导入客户7', phones: ['020-12345678', '0755 8888 9999'], regionId: region.id, serviceLevel: 'NORMAL', kind: 'INDIVIDUAL' }]);
    // One audit entry per customer, each naming the batch.
    const audit = await t.ok<{ auditEntries: { total: number; items: Array<{ action: string; actorLabel: string; after: Record<string, unknown> }> } }>(
      `query($q: String) { auditEntries(filter: { q: $q, entityName: "Customer" }, perPage: 1) { total items { action actorLabel after } } }`,
      { q: done.id },
      t.admin,
    );
    expect(audit.auditEntries.total).toBe(1000);
    expect(audit.auditEntries.items[0].action).toBe('CREATE');
    // The same file again: every mobile exists now.
    const again = await importFile('customers', 'DRY_RUN', csv(rows.slice(0, 3)));
    expect(again.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [2, 'mobile', '手机：手机已存在'],
      [3, 'mobile', '手机：手机已存在'],
    ]);
  });

  it('every problem of every row is listed: unknown choices, missing values, bad numbers and dates, unknown references', async () => {
    await f.region({ code: 'R-DUP-1', name: '同名区' });
    await f.region({ code: 'R-DUP-2', name: '同名区' });
    const rows = [
      ['客户名称', '客户类型', '手机', '区域', '服务等级', 'email'],
      ['甲', '外星人', '13911110001', '', '', ''],
      ['', '个人', '13911110002', '', '', ''],
      ['乙', '个人', '', '', '', ''],
      ['丙', '门店', '', '火星', '', 'not-an-email'],
      ['丁', '个人', '13911110005', '同名区', '至尊', ''],
      ['戊', '个人', '13911110006', '', '', ''],
      ['己', '个人', '13911110006', '', '', ''],
    ];
    const r = await importFile('customers', 'DRY_RUN', csv(rows));
    expect(r.rowsTotal).toBe(7);
    expect(r.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [2, 'kind', '客户类型：不是可选的值（个人、经销商、门店、企业）'],
      [3, 'name', '客户名称：必须填写'],
      [4, 'mobile', '手机：个人客户必须填写手机号'],
      [5, 'region', '区域：找不到代码或名称为「火星」的区域'],
      [5, 'email', '电子邮箱：不是有效的电子邮箱'],
      [6, 'serviceLevel', '服务等级：不是可选的值（普通、VIP、合约）'],
      [6, 'region', '区域：名称为「同名区」的区域不止一个：请填写代码'],
      [8, 'mobile', '手机：手机与第 7 行重复'],
    ]);
  });

  it('products and units: references by code or name, derived warranty ends, duplicate serials in the file and in the database', async () => {
    const maker = await f.manufacturer({ code: 'GREE', name: '格力' });
    await f.brand({ code: 'GR', name: '格力牌', manufacturer: maker });
    await f.category({ code: 'AC', name: '空调' });
    const products = await importFile(
      'products',
      'COMMIT',
      csv([
        ['型号/款号', '品名', '品牌', '产品类别', '保修月数', '零售价（元）'],
        ['KFR-35GW', '格力空调', 'GR', '空调', '36', '3,999.00'],
        ['KFR-50LW', '格力柜机', '格力牌', 'AC', '36', ''],
      ]),
      t.admin,
    );
    expect(products).toMatchObject({ status: 'IMPORTED', rowsImported: 2 });
    const made = await t.ok<{ products: { items: Array<{ modelNumber: string; listPrice: number | null; manufacturerId: string }> } }>(`{ products(sortField: modelNumber) { items { modelNumber listPrice manufacturerId } } }`, {}, dispatcher);
    expect(made.products.items).toEqual([
      { modelNumber: 'KFR-35GW', listPrice: 3999, manufacturerId: maker.id },
      { modelNumber: 'KFR-50LW', listPrice: null, manufacturerId: maker.id },
    ]);
    const owner = await f.customer({ name: '王先生', mobile: '13722223333' });
    await f.unit({ product: (await t.em().findOneOrFail(Product, { modelNumber: 'KFR-35GW' })), serialNumber: 'OLD-1', owner });
    const units = [
      ['产品型号', '序列号', '购买人', '购买日期', '安装日期'],
      ['KFR-35GW', 'SN-1', '13722223333', '2026-01-31', '2026-02-01'],
      ['KFR-35GW', 'SN-1', '王先生', '2026-01-31', ''],
      ['KFR-35GW', 'OLD-1', '', '', ''],
      ['KFR-99', 'SN-2', '', '2026/3/1', ''],
      ['KFR-50LW', 'SN-3', '', '2099-01-01', ''],
      ['KFR-50LW', 'SN-4', '', '2026-05-01', '2026-04-01'],
      ['KFR-50LW', 'SN-5', '', '2026-13-01', ''],
    ];
    const dry = await importFile('productUnits', 'DRY_RUN', csv(units));
    expect(dry.errors.map((e) => [e.row, e.column])).toEqual([
      [3, 'serialNumber'],
      [4, 'serialNumber'],
      [5, 'product'],
      [6, 'purchaseDate'],
      [7, 'installationDate'],
      [8, 'purchaseDate'],
    ]);
    expect(dry.errors[0].message).toBe('序列号：序列号与第 2 行重复');
    expect(dry.errors[1].message).toBe('序列号：序列号已存在');
    const good = await importFile('productUnits', 'COMMIT', csv([units[0], units[1]]));
    expect(good).toMatchObject({ status: 'IMPORTED', rowsImported: 1 });
    const unit = await t.ok<{ productUnits: { items: Array<{ warrantyEndsOn: string; ownerId: string }> } }>(`{ productUnits(filter: { serialNumber: "SN-1" }) { items { warrantyEndsOn ownerId } } }`, {}, dispatcher);
    // 36 months from 31 January 2026: the last day of January 2029.
    expect(unit.productUnits.items).toEqual([{ warrantyEndsOn: '2029-01-31', ownerId: owner.id }]);
  });

  it('codes within the group of their kind, with the next sort order; parts with compatible products; an XLSX in English', async () => {
    await f.codeGroup(CodeKind.FAULT_SYMPTOM, { code: 'G-COOL', name: '制冷' });
    await f.codeGroup(CodeKind.FAULT_CAUSE, { code: 'G-COOL', name: '制冷原因' });
    const codes = await importFile(
      'codes',
      'COMMIT',
      csv([
        ['代码类型', '代码组', '代码', '名称（中文）', '英文名称'],
        ['不良现象', 'G-COOL', 'X01', '不制冷', 'Not cooling'],
        ['fault_cause', '制冷原因', 'Y01', '缺氟', 'Low refrigerant'],
      ]),
      t.admin,
    );
    expect(codes).toMatchObject({ status: 'IMPORTED', rowsImported: 2 });
    const imported = await t.ok<{ codes: { items: Array<{ code: string; kind: string; sortOrder: number }> } }>(`{ codes(filter: { q: "X01" }) { items { code kind sortOrder } } }`, {}, dispatcher);
    expect(imported.codes.items).toEqual([{ code: 'X01', kind: 'FAULT_SYMPTOM', sortOrder: 10 }]);
    const wrongGroup = await importFile('codes', 'DRY_RUN', csv([['代码类型', '代码组', '代码', '名称（中文）'], ['不良现象', '制冷原因', 'X02', '漏水']]), t.admin);
    expect(wrongGroup.errors.map((e) => e.column)).toEqual(['group']);

    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Parts');
    sheet.addRow(['Code', 'Name', 'Cost price (yuan)', 'Sale price (yuan)', 'Compatible products']);
    sheet.addRow(['P-100', '压缩机', 300, 450.5, 'KFR-35GW; KFR-50LW']);
    sheet.addRow(['P-101', '遥控器', 10, 25, '']);
    const xlsx = Buffer.from(await book.xlsx.writeBuffer());
    const parts = await importFile('parts', 'COMMIT', xlsx, t.admin, 'parts.xlsx');
    expect(parts).toMatchObject({ status: 'IMPORTED', rowsImported: 2 });
    const p = await t.ok<{ parts: { items: Array<{ code: string; salePrice: number; compatibleProductIds: string[] }> } }>(`{ parts(filter: { q: "P-100" }) { items { code salePrice compatibleProductIds } } }`, {}, t.admin);
    expect(p.parts.items[0].salePrice).toBe(450.5);
    expect(p.parts.items[0].compatibleProductIds).toHaveLength(2);
  });

  it('who may import: the back office with write access to the records; a batch takes one file; unknown columns are named', async () => {
    const station = await f.station();
    const tech = await t.userWith([Role.TECHNICIAN], { stationId: station.id });
    const refusedTech = await t.gql(START, { input: { entity: 'customers', mode: 'DRY_RUN', fileName: 'x.csv' } }, tech);
    expect(refusedTech.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(refusedTech.errors?.[0].extensions.message?.en).toContain('back office');
    const refusedProducts = await t.gql(START, { input: { entity: 'products', mode: 'DRY_RUN', fileName: 'x.csv' } }, dispatcher);
    expect(refusedProducts.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const keeper = await t.userWith([Role.PARTS_KEEPER]);
    expect((await t.gql(START, { input: { entity: 'customers', mode: 'DRY_RUN', fileName: 'x.csv' } }, keeper)).errors?.[0].extensions.code).toBe('FORBIDDEN');

    const started = await t.ok<{ startImport: { id: string; uploadUrl: string } }>(START, { input: { entity: 'customers', mode: 'DRY_RUN', fileName: 'c.csv' } }, dispatcher);
    const upload = () => auth(request(t.app.app).post(`/${started.startImport.uploadUrl}`), dispatcher).set('content-type', 'text/csv').send(Buffer.from(csv([['客户名称', '手机'], ['甲', '13955550000']])));
    expect((await upload()).status).toBe(200);
    expect((await upload()).status).toBe(410);
    expect((await auth(request(t.app.app).post(`/${started.startImport.uploadUrl}`), t.admin).send('x')).status).toBe(404);
    const unknown = await importFile('customers', 'DRY_RUN', csv([['客户名称', '血型'], ['甲', 'A']]));
    expect(unknown.errors).toEqual([{ row: 1, column: null, message: '不认识的列「血型」（请使用模板的列名，中文或英文均可）', value: '血型' }]);
  });
});
