import request from 'supertest';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { Role } from '../../api/src/modules/auth/role';
import { ROLE_PERMISSIONS } from '../../api/src/modules/auth/permissions';
import type { Actor } from '../../api/src/modules/auth/actor';
import { serviceContext } from '../../api/src/common/service-context';
import { importSpec } from '../../api/src/modules/import/import-spec';
import { runImport } from '../../api/src/modules/import/import.service';
import type { FileRow } from '../../api/src/modules/import/read-file';
import { reconcile } from '../../api/src/modules/stock/ledger/reconciliation';
import { WarehouseKind } from '../../api/src/modules/station/warehouse.entity';
import type { Part } from '../../api/src/modules/part/part.entity';
import type { Warehouse } from '../../api/src/modules/station/warehouse.entity';
import { Fixtures } from '../helpers/fixtures';
import { authed, csv, importFile, START_IMPORT } from '../helpers/imports';
import { createTestApp, type Caller, type TestApp } from '../helpers/test-app';

/**
 * 期初库存导入: opening balances from a file, through the ledger. Each row names a parts warehouse
 * and a part by code or name; a pair with stock already, a pair twice, inactive records and bad
 * quantities are named by row and column; a good file becomes one received OPENING stock in per
 * warehouse, and on hand equals the ledger afterwards.
 */
describe('opening stock import', () => {
  let t: TestApp;
  let f: Fixtures;
  let keeper: Caller & { user: { id: string; username: string } };
  let w1: Warehouse;
  let w2: Warehouse;
  let p1: Part;
  let p2: Part;
  let stocked: Part;

  const HEADER = ['仓库', '配件', '数量', '单位成本（元）', '备注'];
  const count = async (table: string) => Number((await t.em().getConnection().execute(`select count(*)::int as n from ${table}`))[0].n);
  const counts = async () => ({ stockIns: await count('stock_in'), lines: await count('stock_in_line'), movements: await count('stock_movement'), balances: await count('stock_balance') });

  beforeAll(async () => {
    t = await createTestApp();
    f = new Fixtures(t.em());
    keeper = await t.userWith([Role.PARTS_KEEPER]);
    const station = await f.station({ name: '开账中心站' });
    w1 = await f.warehouse({ station, code: 'OS-W1', name: '开账一号仓' });
    w2 = await f.warehouse({ station, code: 'OS-W2', name: '开账二号仓' });
    await f.warehouse({ station, code: 'OS-WOLD', name: '开账旧件仓', kind: WarehouseKind.OLD_PARTS });
    await f.warehouse({ station, code: 'OS-WOFF', name: '停用仓', active: false });
    p1 = await f.part({ code: 'OS-P1', name: '开账压缩机', costPrice: 20 });
    p2 = await f.part({ code: 'OS-P2', name: '开账遥控器', costPrice: 7.5 });
    await f.part({ code: 'OS-P3', name: '停用配件', active: false });
    stocked = await f.part({ code: 'OS-P4', name: '已有库存配件', costPrice: 3 });
    // OS-P4 already has stock in OS-W1, entered by hand.
    const made = await t.ok<{ createStockIn: { id: string } }>(
      `mutation($input: StockInCreateInput!) { createStockIn(input: $input) { id } }`,
      { input: { kind: 'PURCHASE_IN', warehouseId: w1.id, lines: [{ partId: stocked.id, quantity: 2, unitCost: 3 }] } },
      keeper,
    );
    await t.ok(`mutation($id: ID!) { receiveStockIn(id: $id) { id } }`, { id: made.createStockIn.id }, keeper);
  });
  afterAll(() => t.close());

  it('offers a template in zh and en, named 期初库存 / opening stock', async () => {
    const zh = await authed(request(t.app.app).get('/imports/templates/openingStock.csv'), keeper).buffer(true);
    expect(zh.status).toBe(200);
    expect((parse(zh.text.slice(1)) as string[][])[0]).toEqual(['仓库*', '配件*', '数量*', '单位成本（元）', '备注']);
    expect(decodeURIComponent(String(zh.headers['content-disposition']))).toContain('期初库存-template.csv');
    const en = await authed(request(t.app.app).get('/imports/templates/openingStock.xlsx?lang=en'), keeper)
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(en.body as never);
    expect((book.worksheets[0].getRow(1).values as string[]).slice(1)).toEqual(['Warehouse*', 'Part*', 'Quantity*', 'Unit cost (yuan)', 'Note']);
    expect(book.worksheets[1].getRow(5).values).toEqual([undefined, 'Unit cost (yuan)', '单位成本（元）', '', 'an amount (yuan) (the part’s cost price when empty)']);
    const labels = await t.ok<{ __type: { enumValues: Array<{ name: string; description: string }> } }>(`{ __type(name: "ImportEntity") { enumValues { name description } } }`, {}, keeper);
    expect(labels.__type.enumValues.find((v) => v.name === 'openingStock')?.description).toContain('期初库存');
  });

  it('a dry run names every bad row with its column and reason; the commit of the same file writes nothing', async () => {
    const rows = [
      HEADER,
      ['OS-W1', 'OS-P1', '10', '', ''],
      ['火星仓', 'OS-P1', '1', '', ''],
      ['OS-W1', '没有这个配件', '1', '', ''],
      ['OS-W2', 'OS-P1', '0', '', ''],
      ['OS-W2', 'OS-P2', '-3', '', ''],
      ['OS-W2', 'OS-P2', '1.5', '', ''],
      ['OS-W1', 'OS-P4', '5', '', ''],
      ['开账一号仓', '开账压缩机', '2', '', ''],
      ['OS-WOLD', 'OS-P1', '1', '', ''],
      ['OS-WOFF', 'OS-P1', '1', '', ''],
      ['OS-W2', 'OS-P3', '1', '', ''],
      ['OS-W2', 'OS-P1', '1', '-2', ''],
      ['OS-W2', 'OS-P2', '', '', ''],
    ];
    const before = await counts();
    const dry = await importFile(t, keeper, 'openingStock', 'DRY_RUN', csv(rows));
    expect(dry).toMatchObject({ status: 'INVALID', rowsTotal: 13, rowsValid: 1 });
    expect(dry.errors.map((e) => [e.row, e.column, e.message, e.value])).toEqual([
      [3, 'warehouse', '仓库：找不到代码或名称为「火星仓」的仓库', '火星仓'],
      [4, 'part', '配件：找不到代码或名称为「没有这个配件」的配件', '没有这个配件'],
      [5, 'quantity', '数量：太小（不能小于 1）', '0'],
      [6, 'quantity', '数量：太小（不能小于 1）', '-3'],
      [7, 'quantity', '数量：必须是整数', '1.5'],
      [8, 'part', '配件：该配件在此仓库已有库存或出入库记录：请用盘点调整', 'OS-W1 / OS-P4'],
      [9, 'part', '配件：仓库和配件与第 2 行重复', '开账一号仓 / 开账压缩机'],
      [10, 'warehouse', '仓库：必须是配件仓（旧件仓不录期初库存）', 'OS-WOLD'],
      [11, 'warehouse', '仓库：仓库已停用', 'OS-WOFF'],
      [12, 'part', '配件：配件已停用', 'OS-P3'],
      [13, 'unitCost', '单位成本（元）：太小（不能小于 0）', '-2'],
      [14, 'quantity', '数量：必须填写', null],
    ]);
    const commit = await importFile(t, keeper, 'openingStock', 'COMMIT', csv(rows));
    expect(commit).toMatchObject({ status: 'INVALID', rowsImported: 0, errorCount: 12 });
    expect(await counts()).toEqual(before);
    // In English, for an English caller.
    const en = await importFile(t, { ...keeper, lang: 'en' }, 'openingStock', 'DRY_RUN', csv([['Warehouse', 'Part', 'Quantity'], ['OS-W1', 'OS-P4', '1']]));
    expect(en.errors.map((e) => e.message)).toEqual(['Part: already has stock or movements in this warehouse: use a stocktake']);
  });

  it('one bad row among many imports nothing; the fixed file becomes received opening stock ins, ledger rows, balances and audit entries', async () => {
    // 1,001 parts (through the parts import): the first warehouse's 1,001 lines make two documents of at most 1,000.
    const partRows = [['配件编码', '名称', '成本价（元）']];
    for (let i = 0; i < 1001; i++) partRows.push([`OS-B${String(i).padStart(4, '0')}`, `开账批量配件${i}`, String(1 + (i % 10))]);
    const parts = await importFile(t, t.admin, 'parts', 'COMMIT', csv(partRows));
    expect(parts.errors).toEqual([]);
    expect(parts).toMatchObject({ status: 'IMPORTED', rowsImported: 1001 });

    const rows = [['Warehouse', 'Part', 'Quantity', 'Unit cost (yuan)', 'Note']];
    for (let i = 0; i < 1001; i++) rows.push(['OS-W1', `OS-B${String(i).padStart(4, '0')}`, String(1 + (i % 7)), i % 2 ? '12.34' : '', i === 0 ? '仓库旧账结转' : '']);
    rows.push(['开账二号仓', 'OS-P1', '10', '', '']);
    rows.push(['OS-W2', '开账遥控器', '4', '9.99', '']);
    rows[600][2] = '0';
    const before = await counts();
    const bad = await importFile(t, keeper, 'openingStock', 'COMMIT', csv(rows), 'opening.csv');
    expect(bad).toMatchObject({ status: 'INVALID', rowsImported: 0, errorCount: 1 });
    expect(bad.errors.map((e) => [e.row, e.column])).toEqual([[601, 'quantity']]);
    expect(await counts()).toEqual(before);

    rows[600][2] = '3';
    const done = await importFile(t, keeper, 'openingStock', 'COMMIT', csv(rows), 'opening.csv');
    expect(done).toMatchObject({ status: 'IMPORTED', rowsImported: 1003, errorCount: 0 });
    expect(await counts()).toEqual({ stockIns: before.stockIns + 3, lines: before.lines + 1003, movements: before.movements + 1003, balances: before.balances + 1003 });

    // The documents: OPENING, received, numbered, one per warehouse (the first split at 1,000 lines), made and received by the keeper.
    const docs = await t.ok<{ stockIns: { items: Array<{ id: string; number: string; kind: string; status: string; warehouseId: string; receivedAt: string | null; lines: Array<{ partId: string }>; timeline: Array<{ action: string; summary: string; actorLabel: string }> }> } }>(
      `{ stockIns(filter: { kind: OPENING }, perPage: 10, sortField: number, sortOrder: ASC) { items { id number kind status warehouseId receivedAt lines { partId } timeline { action summary actorLabel } } } }`,
      {},
      keeper,
    );
    const opening = docs.stockIns.items;
    expect(opening.map((d) => [d.kind, d.status, d.warehouseId, d.lines.length])).toEqual([
      ['OPENING', 'RECEIVED', w1.id, 1000],
      ['OPENING', 'RECEIVED', w1.id, 1],
      ['OPENING', 'RECEIVED', w2.id, 2],
    ]);
    for (const d of opening) {
      expect(d.number).toMatch(/^RK-\d{4}-\d{6}$/);
      expect(d.receivedAt).not.toBeNull();
      expect(d.timeline.map((e) => e.action)).toEqual(['CREATE', 'RECEIVE']);
      expect(d.timeline[0].summary).toContain(`期初库存导入：opening.csv（批次 ${done.id}）`);
    }

    // The ledger: OPENING rows at the given cost, or the part's cost price; the row's note on its ledger row.
    const ledger = await t.em().getConnection().execute<Array<{ code: string; quantity: number; kind: string; unit_cost: string; balance_after: number; note: string | null; document_id: string }>>(
      `select p.code, m.quantity, m.kind, m.unit_cost, m.balance_after, m.note, m.document_id
         from stock_movement m join part p on p.id = m.part_id
        where m.document_id in (?) order by p.code`,
      [opening.map((d) => d.id)],
    );
    expect(ledger).toHaveLength(1003);
    const byCode = new Map(ledger.map((l) => [l.code, l]));
    expect(byCode.get('OS-B0000')).toMatchObject({ quantity: 1, kind: 'opening', unit_cost: '1.0000', balance_after: 1, note: '仓库旧账结转' });
    expect(byCode.get('OS-B0001')).toMatchObject({ quantity: 2, kind: 'opening', unit_cost: '12.3400', note: null });
    expect(byCode.get('OS-B0599')).toMatchObject({ quantity: 3 });
    expect(byCode.get('OS-B1000')?.document_id).toBe(opening[1].id);
    expect(byCode.get('OS-P1')).toMatchObject({ quantity: 10, unit_cost: '20.0000' });
    expect(byCode.get('OS-P2')).toMatchObject({ quantity: 4, unit_cost: '9.9900' });

    // The balances and their moving averages, as the stock list shows them.
    const balances = await t.ok<{ stockBalances: { items: Array<{ partId: string; warehouseId: string; onHand: number; averageCost: number }> } }>(
      `query($w: ID) { stockBalances(filter: { warehouseId: $w }, perPage: 10) { items { partId warehouseId onHand averageCost } } }`,
      { w: w2.id },
      keeper,
    );
    expect(balances.stockBalances.items.map((b) => [b.partId, b.onHand, b.averageCost]).sort()).toEqual(
      [
        [p1.id, 10, 20],
        [p2.id, 4, 9.99],
      ].sort(),
    );

    // Audited as one batch: the documents' creation and receipt and every line, each naming the batch.
    const audit = async (entityName: string) =>
      (await t.ok<{ auditEntries: { total: number; items: Array<{ actorLabel: string }> } }>(
        `query($q: String, $e: String) { auditEntries(filter: { q: $q, entityName: $e }, perPage: 1) { total items { actorLabel } } }`,
        { q: done.id, e: entityName },
        t.admin,
      )).auditEntries;
    const docAudit = await audit('StockIn');
    expect(docAudit.total).toBe(6);
    expect(docAudit.items[0].actorLabel).toBe(keeper.user.username);
    expect((await audit('StockInLine')).total).toBe(1003);

    // On hand equals the ledger everywhere.
    const books = await reconcile(t.em());
    expect(books.mismatches).toEqual([]);
    expect(books.ok).toBe(true);

    // The same file again: every pair has stock now.
    const again = await importFile(t, keeper, 'openingStock', 'DRY_RUN', csv(rows.slice(0, 3)));
    expect(again.errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'part'],
      [3, 'part'],
    ]);
  });

  it('reports progress while writing, a document at a time', async () => {
    const spec = importSpec('openingStock')!;
    const actor: Actor = { kind: 'user', id: keeper.user.id, label: keeper.user.username, roles: [Role.PARTS_KEEPER], permissions: new Set(ROLE_PERMISSIONS[Role.PARTS_KEEPER]) };
    const part = await f.part({ code: 'OS-PROGRESS', costPrice: 1 });
    async function* file(): AsyncGenerator<FileRow> {
      yield { row: 1, cells: ['仓库', '配件', '数量'] };
      yield { row: 2, cells: ['OS-W1', 'OS-PROGRESS', '5'] };
      yield { row: 3, cells: ['OS-W2', 'OS-PROGRESS', '6'] };
    }
    const heard: Array<[string, number]> = [];
    const em = t.em();
    const result = await em.transactional((tem) =>
      runImport(serviceContext(tem, actor, t.config), spec, file(), { commit: true, batchId: 'progress-test', fileName: 'p.csv', progress: (phase, n) => void heard.push([phase, n]) }),
    );
    expect(result).toMatchObject({ rowsImported: 2, errorCount: 0 });
    expect(heard.filter(([phase]) => phase === 'writing')).toEqual([
      ['writing', 1],
      ['writing', 2],
    ]);
    const rows = await t.em().getConnection().execute<Array<{ on_hand: number }>>('select on_hand from stock_balance where part_id = ? order by on_hand', [part.id]);
    expect(rows.map((r) => r.on_hand)).toEqual([5, 6]);
  });

  it('stock that arrives between the check and the write refuses the whole file', async () => {
    const spec = importSpec('openingStock')!;
    const actor: Actor = { kind: 'user', id: keeper.user.id, label: keeper.user.username, roles: [Role.PARTS_KEEPER], permissions: new Set(ROLE_PERMISSIONS[Role.PARTS_KEEPER]) };
    const early = await f.part({ code: 'OS-RACE-1', costPrice: 1 });
    const late = await f.part({ code: 'OS-RACE-2', costPrice: 1 });
    const before = await counts();
    // The file is checked, then a receipt posts OS-RACE-2 before the opening stock is written.
    const spied = { ...spec, prepare: async (em: Parameters<NonNullable<typeof spec.prepare>>[0]) => {
      await em.getConnection().execute(`insert into stock_balance (id, part_id, warehouse_id, on_hand, average_cost, created_at, updated_at) values (gen_random_uuid(), ?, ?, 0, 0, now(), now())`, [late.id, w1.id], 'run', em.getTransactionContext());
    } };
    async function* file(): AsyncGenerator<FileRow> {
      yield { row: 1, cells: ['仓库', '配件', '数量'] };
      yield { row: 2, cells: ['OS-W1', early.code, '1'] };
      yield { row: 3, cells: ['OS-W1', late.code, '1'] };
    }
    await expect(
      t.em().transactional((tem) => runImport(serviceContext(tem, actor, t.config), spied, file(), { commit: true, batchId: 'race-test', fileName: 'r.csv' })),
    ).rejects.toMatchObject({ appCode: 'CONFLICT', bilingual: { en: expect.stringContaining(`OS-W1/${late.code}`) } });
    expect(await counts()).toEqual(before);
  });

  it('who may import opening stock: stock write, and not tied to a station', async () => {
    const dispatcher = await t.userWith([Role.DISPATCHER]);
    const refused = await t.gql(START_IMPORT, { input: { entity: 'openingStock', mode: 'DRY_RUN', fileName: 'x.csv' } }, dispatcher);
    expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const station = await f.station();
    const stationKeeper = await t.userWith([Role.PARTS_KEEPER], { stationId: station.id });
    const tied = await t.gql(START_IMPORT, { input: { entity: 'openingStock', mode: 'DRY_RUN', fileName: 'x.csv' } }, stationKeeper);
    expect(tied.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(tied.errors?.[0].extensions.message?.en).toContain('back office');
    // An administrator may (every permission, no station).
    const admin = await importFile(t, t.admin, 'openingStock', 'DRY_RUN', csv([HEADER, ['OS-W2', 'OS-P4', '1', '', '']]));
    expect(admin).toMatchObject({ status: 'VALID', rowsValid: 1 });
  });
});
