import { Role } from '../../api/src/modules/auth/role';
import { serviceContext } from '../../api/src/common/service-context';
import { runQuery } from '../../api/src/modules/query/run';
import { SYSTEM_ACTOR } from '../../api/src/modules/auth/actor';
import { createTestApp, type Caller, type TestApp } from '../helpers/test-app';
import { queryWorld } from '../helpers/query-world';

/**
 * Ad-hoc queries against a world small enough to count by hand (test/helpers/query-world.ts):
 * every operator, grouping with date buckets in the business time zone, aggregates, sorting,
 * paging, totals and the query in words.
 */
describe('ad-hoc queries: results against hand-computed fixtures', () => {
  let t: TestApp;
  let w: Awaited<ReturnType<typeof queryWorld>>;
  let analyst: Caller;
  /** The world's "now": 2026-12-07 10:00 in Shanghai. */
  const NOW = new Date('2026-12-07T02:00:00Z');

  const RUN = `query($q: AdHocQueryInput!, $page: Int, $perPage: Int) { runQuery(query: $q, page: $page, perPage: $perPage) {
    columns { key label type enumName bucket aggregate masked } rows { values } total totalExact description } }`;

  interface Result {
    columns: Array<{ key: string; label: string; type: string; masked: boolean; bucket: string | null; aggregate: string | null }>;
    rows: Array<{ values: unknown[] }>;
    total: number;
    totalExact: boolean;
    description: string;
  }
  const run = async (q: Record<string, unknown>, caller: Caller = analyst, page = {}) =>
    (await t.ok<{ runQuery: Result }>(RUN, { q, ...page }, caller)).runQuery;
  /** Directly through the service, with the world's clock. */
  const runAt = (q: Record<string, unknown>, now = NOW) =>
    runQuery(serviceContext(t.em(), SYSTEM_ACTOR, t.config, { now: () => now }), q, { page: 1, perPage: 100 });
  const numbers = (r: { rows: Array<{ values: unknown[] } | unknown[]> }, i = 0) =>
    r.rows.map((row) => (Array.isArray(row) ? row : row.values)[i]).sort();
  const rule = (field: string, operator: string, value?: unknown) => ({ field, operator, value });
  const byNumber = (filter: Record<string, unknown>) => ({ root: 'serviceOrders', columns: ['number'], filter });

  beforeAll(async () => {
    t = await createTestApp();
    w = await queryWorld(t.em());
    analyst = await t.userWith([Role.ANALYST]);
  });
  afterAll(() => t.close());

  it('the combined query: status, station, a date range and a fault code, with related columns and the count', async () => {
    const r = await run({
      root: 'serviceOrders',
      columns: ['number', 'status', 'customer.name', 'productUnit.product.brand.name', 'station.parent.name', 'symptomCode.name', 'customer.region.parent.name'],
      filter: {
        combinator: 'and',
        rules: [
          rule('status', 'in', ['IN_REPAIR', 'COMPLETED']),
          rule('station', 'equals', w.north.id),
          rule('createdAt', 'between', ['2026-12-01', '2026-12-31']),
          rule('symptomCode.code', 'equals', 'S01'),
        ],
      },
      sort: [{ key: 'number' }],
    });
    expect(r.rows.map((x) => x.values)).toEqual([['Q-D1', 'IN_REPAIR', '张三', '甲牌', '总站', '不制冷', '广东']]);
    expect(r.total).toBe(1);
    expect(r.totalExact).toBe(true);
    expect(r.columns.map((c) => c.label)).toEqual([
      '单号',
      '状态',
      '客户 · 客户名称',
      '序列号 · 产品型号 · 品牌 · 名称',
      '维修站 · 上级网点 · 名称',
      '故障现象 · 名称（中文）',
      '客户 · 区域 · 上级区域 · 名称',
    ]);
    expect(r.description).toBe(`服务单：状态为维修中、已完工之一 且 维修站为北站 且 接件时间在2026-12-01至2026-12-31之间 且 故障现象 · 代码为S01，按单号排序`);
  });

  it('a day in a date range is the whole day in the business time zone (an order at 23:30 on 30 November stays in November)', async () => {
    const nov = await run(byNumber({ rules: [rule('createdAt', 'between', ['2026-11-01', '2026-11-30'])] }));
    expect(numbers(nov)).toEqual(['Q-N1', 'Q-N2', 'Q-N3', 'Q-N4']);
    const first = await run(byNumber({ rules: [rule('createdAt', 'equals', '2026-12-01')] }));
    expect(numbers(first)).toEqual(['Q-D1']);
    const before = await run(byNumber({ rules: [rule('createdAt', 'before', '2026-11-10')] }));
    expect(numbers(before)).toEqual(['Q-N1']);
    const after = await run(byNumber({ rules: [rule('createdAt', 'after', '2026-12-04')] }));
    expect(numbers(after)).toEqual(['Q-D5', 'Q-D6']);
    const instant = await run(byNumber({ rules: [rule('createdAt', 'between', ['2026-12-01T00:00:00+08:00', '2026-12-02T08:00:00+08:00'])] }));
    expect(numbers(instant)).toEqual(['Q-D1', 'Q-D2']);
  });

  it('relative dates: within the last N days and this/last month, counted from the query’s now', async () => {
    expect(numbers(await runAt(byNumber({ rules: [rule('createdAt', 'inLast', 3)] })))).toEqual(['Q-D5', 'Q-D6']);
    expect(numbers(await runAt(byNumber({ rules: [rule('createdAt', 'inPeriod', 'lastMonth')] })))).toEqual(['Q-N1', 'Q-N2', 'Q-N3', 'Q-N4']);
    expect((await runAt(byNumber({ rules: [rule('createdAt', 'inPeriod', 'thisMonth')] }))).rows).toHaveLength(6);
    // Monday 30 November to Sunday 6 December: Q-N4 came in late on the Monday.
    expect(numbers(await runAt(byNumber({ rules: [rule('createdAt', 'inPeriod', 'lastWeek')] })))).toEqual(['Q-D1', 'Q-D2', 'Q-D3', 'Q-D4', 'Q-D5', 'Q-D6', 'Q-N4']);
    expect((await runAt(byNumber({ rules: [rule('createdAt', 'inPeriod', 'thisWeek')] }))).rows).toHaveLength(0);
  });

  it('text, number, enum, ref, boolean and empty operators', async () => {
    const cases: Array<[Record<string, unknown>, string[]]> = [
      [rule('contactName', 'contains', '王'), ['Q-D2']],
      [rule('number', 'startsWith', 'Q-N'), ['Q-N1', 'Q-N2', 'Q-N3', 'Q-N4']],
      [rule('number', 'endsWith', '4'), ['Q-D4', 'Q-N4']],
      [rule('number', 'contains', '%'), []],
      [rule('labourFee', 'gte', 100), ['Q-N1', 'Q-N4']],
      [rule('labourFee', 'between', [60, 80]), ['Q-D5', 'Q-N2']],
      [rule('totalFee', 'gt', 100), ['Q-N1', 'Q-N4']],
      [rule('labourFee', 'isEmpty'), ['Q-D1', 'Q-D2', 'Q-D3', 'Q-D4', 'Q-D6', 'Q-N3']],
      [rule('station', 'isEmpty'), ['Q-D6']],
      // "is not" keeps the empty ones: an order without a station is not at 北站.
      [rule('station', 'notEquals', w.north.id), ['Q-D3', 'Q-D4', 'Q-D5', 'Q-D6', 'Q-N4']],
      [rule('status', 'notIn', ['IN_REPAIR', 'VISITED', 'CANCELLED']), ['Q-D4', 'Q-D5', 'Q-D6', 'Q-N4']],
      [rule('productUnit.product.manufacturer.name', 'equals', '乙厂'), ['Q-D3', 'Q-D4', 'Q-D6', 'Q-N3', 'Q-N4']],
      [rule('technicians', 'equals', w.techH.id), ['Q-D1', 'Q-N4']],
      [rule('technicians', 'isEmpty'), ['Q-D2', 'Q-D3', 'Q-D4', 'Q-D5', 'Q-D6', 'Q-N2', 'Q-N3']],
      [rule('usedParts', 'in', [w.part.id]), ['Q-N1']],
      // Due 48 hours after intake: at the world's now only Q-D6 (and the closed orders) are not overdue.
      [rule('overdue', 'equals', false), ['Q-D6', 'Q-N1', 'Q-N2', 'Q-N3', 'Q-N4']],
      [{ combinator: 'or', rules: [rule('number', 'equals', 'Q-N1'), rule('number', 'equals', 'Q-D6')] }, ['Q-D6', 'Q-N1']],
      [{ not: true, rules: [rule('station.name', 'equals', '北站')] }, ['Q-D3', 'Q-D4', 'Q-D5', 'Q-N4']],
    ];
    for (const [filter, expected] of cases) {
      const r = await runAt(byNumber(filter.rules ? filter : { rules: [filter] }));
      expect([JSON.stringify(filter), numbers(r)]).toEqual([JSON.stringify(filter), expected]);
    }
  });

  it('groups by station and month with counts and sums, in the business time zone', async () => {
    const r = await run({
      root: 'serviceOrders',
      groupBy: [{ field: 'station.name' }, { field: 'createdAt', bucket: 'month' }],
      aggregates: [{ fn: 'count' }, { fn: 'sum', field: 'totalFee' }, { fn: 'avg', field: 'labourFee' }],
    });
    expect(r.columns.map((c) => c.key)).toEqual(['station.name', 'createdAt:month', 'count', 'sum:totalFee', 'avg:labourFee']);
    expect(r.columns.map((c) => c.label)).toEqual(['维修站 · 名称', '接件时间（月）', '数量', '合计（元）（合计）', '工时费（元）（平均）']);
    expect(r.rows.map((x) => x.values)).toEqual([
      ['北站', '2026-11', 3, 200, 90],
      ['北站', '2026-12', 2, 0, null],
      ['总站', '2026-11', 1, 180, 150],
      ['总站', '2026-12', 3, 60, 60],
      [null, '2026-12', 1, 0, null],
    ]);
    expect(r.total).toBe(5);
    expect(r.description).toBe('服务单：全部，按维修站 · 名称、接件时间（月）统计数量、合计（元）（合计）、工时费（元）（平均）');
  });

  it('top N: stations by order count, descending, and totals without groups', async () => {
    const top = await run({ root: 'serviceOrders', groupBy: [{ field: 'station.name' }], sort: [{ key: 'count', direction: 'DESC' }], limit: 2 });
    expect(top.rows.map((x) => x.values)).toEqual([
      ['北站', 5],
      ['总站', 4],
    ]);
    expect(top.total).toBe(2);
    const totals = await run({ root: 'serviceOrders', aggregates: [{ fn: 'count' }, { fn: 'max', field: 'createdAt' }, { fn: 'countDistinct', field: 'customer' }] });
    expect(totals.rows.map((x) => x.values)).toEqual([[10, '2026-12-06T00:00:00.000Z', 2]]);
  });

  it('week buckets are ISO weeks from Monday; day buckets are business days', async () => {
    const weeks = await run({ root: 'serviceOrders', filter: { rules: [rule('createdAt', 'inPeriod', 'thisYear')] }, groupBy: [{ field: 'createdAt', bucket: 'week' }] });
    expect(weeks.rows.map((x) => x.values)).toEqual([
      ['2026-W45', 1],
      ['2026-W46', 1],
      ['2026-W47', 1],
      ['2026-W49', 7],
    ]);
  });

  it('pages with totals, English labels and enum names', async () => {
    const page2 = await run({ root: 'serviceOrders', columns: ['number', 'status'], sort: [{ key: 'createdAt' }] }, { ...analyst, lang: 'en' }, { page: 2, perPage: 4 });
    expect(page2.rows.map((x) => x.values[0])).toEqual(['Q-D1', 'Q-D2', 'Q-D3', 'Q-D4']);
    expect(page2.total).toBe(10);
    expect(page2.columns.map((c) => c.label)).toEqual(['Number', 'Status']);
    expect(page2.description).toBe('service orders: all, sorted by Received');
  });

  it('other roots: units, customers, parts and parts lines (scoped through their order)', async () => {
    const units = await run({ root: 'productUnits', columns: ['serialNumber', 'product.brand.name', 'owner.name'], sort: [{ key: 'serialNumber' }] });
    expect(units.rows.map((x) => x.values)).toEqual([
      ['SN-A1', '甲牌', '张三'],
      ['SN-B1', '乙牌', '李四'],
    ]);
    const lines = await run({ root: 'orderParts', columns: ['order.number', 'part.name', 'amount'] });
    expect(lines.rows.map((x) => x.values)).toEqual([['Q-N1', '压缩机', 450]]);
  });
});
