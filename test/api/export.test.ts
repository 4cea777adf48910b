import request from 'supertest';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { Role } from '../../api/src/modules/auth/role';
import { PARTNER_GRANTABLE } from '../../api/src/modules/auth/permissions';
import { createTestApp, type Caller, type TestApp } from '../helpers/test-app';
import { queryWorld, writeOrder } from '../helpers/query-world';
import { ServiceOrderStatus } from '../../api/src/modules/service-order/service-order.enums';

/**
 * Server-side exports: started over GraphQL, downloaded once from /exports/<id> while the rows
 * stream from a cursor. Files are read back (CSV parsed, XLSX opened with exceljs) and checked
 * for their encoding, headers and values in the caller's language, row counts, scope and masking.
 */
describe('exports: CSV and XLSX of queries and lists', () => {
  let t: TestApp;
  let w: Awaited<ReturnType<typeof queryWorld>>;
  let analyst: Caller;
  let maker: Caller;

  const START = `mutation($input: ExportInput!) { startExport(input: $input) { id url total status fileName format title } }`;
  const RUN = `query($id: ID!) { exportRun(id: $id) { status rowsDone total error } }`;
  interface Started {
    id: string;
    url: string;
    total: number;
    status: string;
    fileName: string;
  }

  const start = async (input: Record<string, unknown>, caller: Caller) => (await t.ok<{ startExport: Started }>(START, { input }, caller)).startExport;

  /** GET the file with the caller's credentials, as bytes. */
  async function download(url: string, caller: Caller) {
    let req = request(t.app.app).get(`/${url}`);
    if (caller.token) req = req.set('authorization', `Bearer ${caller.token}`);
    if (caller.apiKey) req = req.set('x-api-key', caller.apiKey);
    const res = await req.buffer(true).parse((r, done) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => done(null, Buffer.concat(chunks)));
    });
    return { status: res.status, headers: res.headers, body: res.body as Buffer };
  }

  async function xlsxRows(body: Buffer): Promise<unknown[][]> {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(body as never);
    const rows: unknown[][] = [];
    book.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    return rows;
  }

  beforeAll(async () => {
    t = await createTestApp();
    w = await queryWorld(t.em());
    analyst = await t.userWith([Role.ANALYST]);
    const key = await t.ok<{ issueApiKey: { key: string } }>(
      `mutation($input: ApiKeyIssueInput!) { issueApiKey(input: $input) { key } }`,
      { input: { name: '甲厂导出', partnerKind: 'MANUFACTURER', manufacturerId: w.makerA.id, scopes: PARTNER_GRANTABLE.filter((s) => s.endsWith(':read')) } },
      t.admin,
    );
    maker = { apiKey: key.issueApiKey.key };
  });
  afterAll(() => t.close());

  const QUERY = { root: 'serviceOrders', columns: ['number', 'status', 'createdAt', 'labourFee', 'inWarranty', 'customer.name', 'contactPhone'], sort: [{ key: 'createdAt' }] };

  it('CSV: UTF-8 with a byte-order mark, Chinese headers and values, one row per order, times in the business time zone', async () => {
    const run = await start({ format: 'CSV', query: QUERY }, analyst);
    expect(run).toMatchObject({ status: 'PENDING', total: 10, url: `exports/${run.id}` });
    expect(run.fileName).toMatch(/^服务单-\d{8}-\d{4}\.csv$/);
    const file = await download(run.url, analyst);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(file.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent(run.fileName)}`);
    expect([...file.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = file.body.toString('utf8').slice(1);
    expect(text).toContain('\r\n');
    const rows = parse(text) as string[][];
    expect(rows[0]).toEqual(['单号', '状态', '接件时间', '工时费（元）', '在保', '客户 · 客户名称', '联系电话']);
    expect(rows).toHaveLength(11);
    expect(rows[1]).toEqual(['Q-N1', '已回访', '2026-11-02 09:00', '100', '是', '张三', '13811112222']);
    expect(rows[4]).toEqual(['Q-N4', '已完工', '2026-11-30 23:30', '150', '是', '李四', '13833334444']);
    const done = await t.ok<{ exportRun: { status: string; rowsDone: number; total: number } }>(RUN, { id: run.id }, analyst);
    expect(done.exportRun).toMatchObject({ status: 'DONE', rowsDone: 10, total: 10 });
  });

  it('XLSX in English: headers and enum values in the caller’s language, numbers as numbers, times as dates', async () => {
    const run = await start({ format: 'XLSX', query: QUERY }, { ...analyst, lang: 'en' });
    const file = await download(run.url, analyst);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const rows = await xlsxRows(file.body);
    expect(rows[0]).toEqual(['Number', 'Status', 'Received', 'Labour fee (yuan)', 'In warranty', 'Customer · Name', 'Contact phone']);
    expect(rows).toHaveLength(11);
    expect(rows[1].slice(0, 5)).toEqual(['Q-N1', 'Visited', new Date('2026-11-02T09:00:00Z'), 100, 'yes']);
  });

  it('a grouped query exports its groups and figures', async () => {
    const run = await start({ format: 'CSV', query: { root: 'serviceOrders', groupBy: [{ field: 'station.name' }, { field: 'createdAt', bucket: 'month' }], aggregates: [{ fn: 'count' }, { fn: 'sum', field: 'labourFee' }] } }, analyst);
    const rows = parse((await download(run.url, analyst)).body.toString('utf8').slice(1)) as string[][];
    expect(rows).toEqual([
      ['维修站 · 名称', '接件时间（月）', '数量', '工时费（元）（合计）'],
      ['北站', '2026-11', '3', '180'],
      ['北站', '2026-12', '2', ''],
      ['总站', '2026-11', '1', '150'],
      ['总站', '2026-12', '3', '60'],
      ['', '2026-12', '1', ''],
    ]);
  });

  it('a list exports as filtered, with its default columns; a saved query as saved', async () => {
    const run = await start({ format: 'CSV', list: 'serviceOrders', filter: { statuses: ['IN_REPAIR', 'AWAITING_PARTS'], stationId: w.head.id }, sortField: 'number', sortOrder: 'ASC' }, analyst);
    expect(run.total).toBe(2);
    const rows = parse((await download(run.url, analyst)).body.toString('utf8').slice(1)) as string[][];
    expect(rows.map((r) => r[0])).toEqual(['单号', 'Q-D3', 'Q-D5']);
    const customers = await start({ format: 'XLSX', list: 'customers', filter: { q: '张' } }, analyst);
    expect((await xlsxRows((await download(customers.url, analyst)).body)).map((r) => r[0])).toEqual(['客户名称', '张三']);
    const saved = await t.ok<{ createSavedQuery: { id: string } }>(
      `mutation($input: SavedQueryCreateInput!) { createSavedQuery(input: $input) { id } }`,
      { input: { name: '北站的单', definition: { root: 'serviceOrders', columns: ['number'], filter: { rules: [{ field: 'station.name', operator: 'equals', value: '北站' }] } } } },
      analyst,
    );
    const fromSaved = await start({ format: 'CSV', savedQueryId: saved.createSavedQuery.id }, analyst);
    expect(fromSaved.fileName).toMatch(/^北站的单-/);
    expect((parse((await download(fromSaved.url, analyst)).body.toString('utf8').slice(1)) as string[][]).length).toBe(6);
  });

  it('a partner’s export holds only its rows, masked; what it may not read it may not filter the list on', async () => {
    const run = await start({ format: 'CSV', query: QUERY }, maker);
    expect(run.total).toBe(5);
    const rows = parse((await download(run.url, maker)).body.toString('utf8').slice(1)) as string[][];
    expect(rows.slice(1).map((r) => r[0])).toEqual(['Q-N1', 'Q-N2', 'Q-D1', 'Q-D2', 'Q-D5']);
    expect(rows[1].slice(5)).toEqual(['张*', '138****2222']);
    // Its free-text search of orders leaves out the masked contact (as the list does): no error, fewer matches.
    const search = await t.gql(START, { input: { format: 'CSV', list: 'serviceOrders', filter: { q: '张三' } } }, maker);
    expect(search.errors).toBeUndefined();
    const phone = await t.gql(START, { input: { format: 'CSV', list: 'customers', filter: { phone: '1381111' } } }, maker);
    expect(phone.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(phone.errors?.[0].extensions.fields)).toContain('phone');
  });

  it('a spreadsheet formula in the data is written as text', async () => {
    await writeOrder(t.em(), { number: 'Q-X1', status: ServiceOrderStatus.RECEIVED, unit: w.unitA, customer: w.zhang, createdAt: '2026-12-06T09:00:00+08:00', contactName: '=HYPERLINK("http://x","y")' });
    const run = await start({ format: 'CSV', query: { root: 'serviceOrders', columns: ['number', 'contactName'], filter: { rules: [{ field: 'number', operator: 'equals', value: 'Q-X1' }] } } }, analyst);
    const rows = parse((await download(run.url, analyst)).body.toString('utf8').slice(1)) as string[][];
    expect(rows[1]).toEqual(['Q-X1', `'=HYPERLINK("http://x","y")`]);
  });

  it('downloads once, by its starter only; bad requests are refused with codes in both languages', async () => {
    const run = await start({ format: 'CSV', query: QUERY }, analyst);
    expect((await download(run.url, {})).status).toBe(401);
    expect((await download(run.url, t.admin)).status).toBe(404);
    expect((await download(run.url, analyst)).status).toBe(200);
    const again = await download(run.url, analyst);
    expect(again.status).toBe(410);
    expect(JSON.parse(again.body.toString('utf8')).errors[0].extensions.message.en).toContain('downloaded already');
    expect((await download('exports/not-an-id', analyst)).status).toBe(404);
    const two = await t.gql(START, { input: { format: 'CSV', query: QUERY, list: 'serviceOrders' } }, analyst);
    expect(two.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const badFilter = await t.gql(START, { input: { format: 'CSV', list: 'serviceOrders', filter: { statuses: ['NOPE'] } } }, analyst);
    expect(badFilter.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(badFilter.errors?.[0].extensions.fields)).toContain('filter.statuses');
    const badQuery = await t.gql(START, { input: { format: 'XLSX', query: { root: 'serviceOrders', columns: ['nope'] } } }, analyst);
    expect(badQuery.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    // Someone else's export is not found.
    expect((await t.gql(RUN, { id: run.id }, maker)).errors?.[0].extensions.code).toBe('NOT_FOUND');
  });
});
