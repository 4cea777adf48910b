import { createTestApp, type TestApp } from '../helpers/test-app';
import { Fixtures } from '../helpers/fixtures';

/** Range filters (`createdFrom`/`createdTo` …) take a calendar day in the business time zone, or an exact date-time. */
describe('date ranges: DateOrDateTime', () => {
  const INSTANTS = {
    lastOfNov30: '2026-11-30T15:59:59.000Z', // 2026-11-30 23:59:59 in Shanghai
    firstOfDec1: '2026-11-30T16:00:00.000Z', // 2026-12-01 00:00:00
    lastOfDec1: '2026-12-01T15:59:59.999Z', // 2026-12-01 23:59:59.999
    firstOfDec2: '2026-12-01T16:00:00.000Z', // 2026-12-02 00:00:00
  };
  type Moment = keyof typeof INSTANTS;
  const Q = `query($f: CustomerFilter) { customers(filter: $f, perPage: 10, sortField: createdAt, sortOrder: ASC) { items { name } } }`;

  async function arrange(t: TestApp): Promise<string[]> {
    const f = new Fixtures(t.em());
    const ids: string[] = [];
    for (const [name, at] of Object.entries(INSTANTS)) ids.push((await f.customer({ name, createdAt: new Date(at) })).id);
    return ids;
  }

  async function names(t: TestApp, ids: string[], range: Record<string, unknown>): Promise<Moment[]> {
    const res = await t.ok<{ customers: { items: { name: Moment }[] } }>(Q, { f: { ids, ...range } }, t.admin);
    return res.customers.items.map((c) => c.name);
  }

  let t: TestApp;
  let ids: string[];
  beforeAll(async () => {
    t = await createTestApp();
    ids = await arrange(t);
  });
  afterAll(() => t.close());

  it('a day means that whole day in the business time zone (Asia/Shanghai), From from its start, To to its end', async () => {
    expect(await names(t, ids, { createdFrom: '2026-12-01', createdTo: '2026-12-01' })).toEqual(['firstOfDec1', 'lastOfDec1']);
    expect(await names(t, ids, { createdFrom: '2026-12-01' })).toEqual(['firstOfDec1', 'lastOfDec1', 'firstOfDec2']);
    expect(await names(t, ids, { createdTo: '2026-11-30' })).toEqual(['lastOfNov30']);
    // Written in the query text as well as in variables.
    const literal = await t.ok<{ customers: { total: number } }>(
      `query($ids: [ID!]) { customers(filter: { ids: $ids, createdFrom: "2026-12-01", createdTo: "2026-12-01" }) { total } }`,
      { ids },
      t.admin,
    );
    expect(literal.customers.total).toBe(2);
  });

  it('a date-time stays exact and inclusive, as the panel and partners send it', async () => {
    expect(await names(t, ids, { createdFrom: INSTANTS.firstOfDec1, createdTo: INSTANTS.lastOfDec1 })).toEqual(['firstOfDec1', 'lastOfDec1']);
    expect(await names(t, ids, { createdFrom: '2026-12-01T00:00:00+08:00', createdTo: '2026-12-01T23:59:59.999+08:00' })).toEqual(['firstOfDec1', 'lastOfDec1']);
    expect(await names(t, ids, { createdFrom: '2026-12-01T00:00:00.001+08:00' })).toEqual(['lastOfDec1', 'firstOfDec2']);
  });

  it('the day follows BUSINESS_TZ', async () => {
    const utc = await createTestApp({ BUSINESS_TZ: 'UTC' });
    try {
      const utcIds = await arrange(utc);
      expect(await names(utc, utcIds, { createdFrom: '2026-12-01', createdTo: '2026-12-01' })).toEqual(['lastOfDec1', 'firstOfDec2']);
    } finally {
      await utc.close();
    }
  });

  it('refuses what is neither, bilingual and naming the field; the scalar is named in the schema', async () => {
    for (const bad of ['2026-02-30', '2026-12-01T25:00:00Z', '12/01/2026', 'yesterday', 20261201]) {
      const res = await t.gql(Q, { f: { createdFrom: bad } }, t.admin);
      expect(res.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'f.createdFrom' }],
        message: { zh: expect.stringContaining('不是有效的日期或时间'), en: expect.stringContaining('is not a valid date or date-time') },
      });
      expect(JSON.stringify(res)).not.toContain('stacktrace');
    }
    const literal = await t.gql(`{ customers(filter: { createdTo: "2026-13-01" }) { total } }`, {}, t.admin);
    expect(literal.errors?.[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', message: { zh: expect.stringContaining('2026-13-01') } });
    const type = await t.ok<{ __type: { kind: string; description: string } }>(`{ __type(name: "DateOrDateTime") { kind description } }`);
    expect(type.__type).toMatchObject({ kind: 'SCALAR', description: expect.stringContaining('business time zone') });
  });
});
