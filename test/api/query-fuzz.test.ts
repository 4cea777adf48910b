import { serviceContext } from '../../api/src/common/service-context';
import { AppError } from '../../api/src/common/errors';
import { SYSTEM_ACTOR } from '../../api/src/modules/auth/actor';
import { Role } from '../../api/src/modules/auth/role';
import { runQuery } from '../../api/src/modules/query/run';
import { createTestApp, type Caller, type TestApp } from '../helpers/test-app';
import { queryWorld } from '../helpers/query-world';

/**
 * The query compiler under attack: hostile field names, operators, keys and values, alone and
 * mixed into valid queries, nested and repeated. Each run either answers or is refused with
 * BAD_USER_INPUT (FORBIDDEN for a root the caller may not read), and no client text ever
 * appears in the SQL sent: every hostile string carries a marker the statements are searched for.
 */
describe('ad-hoc query compiler: hostile input never reaches SQL', () => {
  let t: TestApp;
  let analyst: Caller;

  beforeAll(async () => {
    t = await createTestApp();
    await queryWorld(t.em());
    analyst = await t.userWith([Role.ANALYST]);
  });
  afterAll(() => t.close());

  const MARK = 'Zq9';
  const HOSTILE = [
    `${MARK}'; drop table customer; --`,
    `"${MARK}"."id"`,
    `${MARK}) or 1=1 --`,
    `${MARK}' || pg_sleep(5) || '`,
    `${MARK}$1`,
    `${MARK}?`,
    `${MARK}\\`,
    `customer.${MARK}`,
    `customer..${MARK}`,
    `__proto__.${MARK}`,
    `constructor.${MARK}`,
    `${MARK}`.repeat(80),
    `${MARK}\u202e\u0007`,
    `${MARK} union select password_hash from app_user`,
    `status; ${MARK}`,
    `${MARK}/*`,
  ];
  const VALID_FIELDS = ['status', 'number', 'createdAt', 'labourFee', 'station', 'customer.name', 'technicians', 'symptomCode.code', 'overdue', 'totalFee'];
  const OPERATORS = ['equals', 'in', 'contains', 'between', 'inLast', 'inPeriod', 'isEmpty', 'gte', 'before'];

  /** A small seeded generator, so a failure can be replayed. */
  function rng(seed: number) {
    let s = seed >>> 0;
    return () => {
      s = (s * 1664525 + 1013904223) >>> 0;
      return s / 2 ** 32;
    };
  }

  function hostileQuery(r: () => number): Record<string, unknown> {
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
    const maybe = <T>(good: () => T) => (r() < 0.35 ? pick(HOSTILE) : good());
    const value = (): unknown => {
      const x = r();
      if (x < 0.3) return pick(HOSTILE);
      if (x < 0.4) return [pick(HOSTILE), pick(HOSTILE)];
      if (x < 0.5) return { [pick(HOSTILE)]: pick(HOSTILE) };
      if (x < 0.6) return 1e308;
      if (x < 0.7) return ['2026-01-01', pick(HOSTILE)];
      if (x < 0.8) return 'IN_REPAIR';
      return 3;
    };
    const rule = (depth: number): Record<string, unknown> => {
      if (depth < 3 && r() < 0.25) return { combinator: maybe(() => pick(['and', 'or'])), not: r() < 0.2, rules: [rule(depth + 1), rule(depth + 1)] };
      return { field: maybe(() => pick(VALID_FIELDS)), operator: maybe(() => pick(OPERATORS)), value: value() };
    };
    const q: Record<string, unknown> = { root: r() < 0.1 ? pick(HOSTILE) : 'serviceOrders' };
    if (r() < 0.5) q.columns = [maybe(() => pick(VALID_FIELDS)), maybe(() => 'number')];
    if (r() < 0.7) q.filter = rule(0);
    if (r() < 0.3) q.groupBy = [{ field: maybe(() => pick(VALID_FIELDS)), bucket: maybe(() => pick(['day', 'month'])) }];
    if (r() < 0.3) q.aggregates = [{ fn: maybe(() => pick(['count', 'sum', 'avg'])), field: maybe(() => 'labourFee') }];
    if (r() < 0.3) q.sort = [{ key: maybe(() => pick(['number', 'count', 'createdAt'])), direction: maybe(() => pick(['ASC', 'DESC'])) }];
    if (r() < 0.1) q[pick(HOSTILE)] = pick(HOSTILE);
    if (r() < 0.1) q.limit = pick([0, -1, 1.5, 1e9, MARK]);
    return q;
  }

  it('2,000 generated queries: answered or refused as input, and no marker in any statement', async () => {
    const r = rng(20261201);
    const outcomes = { answered: 0, refused: 0 };
    const problems: string[] = [];
    const { queries } = await t.countQueries(async () => {
      for (let i = 0; i < 2000; i++) {
        const q = hostileQuery(r);
        try {
          await runQuery(serviceContext(t.em(), SYSTEM_ACTOR, t.config), q, { page: 1, perPage: 5 });
          outcomes.answered++;
        } catch (err) {
          const code = err instanceof AppError ? err.appCode : `${(err as Error).name}: ${(err as Error).message}`;
          if (code !== 'BAD_USER_INPUT') problems.push(`${JSON.stringify(q).slice(0, 300)} -> ${code}`);
          else outcomes.refused++;
          if (err instanceof AppError) {
            const { zh, en } = err.bilingual;
            if (!zh || !en || !/[\u4e00-\u9fff]/.test(zh)) problems.push(`not bilingual: ${zh} / ${en}`);
          }
        }
      }
    });
    expect(problems).toEqual([]);
    // Both outcomes occur: the generator is neither all-valid nor all-broken.
    expect(outcomes.answered).toBeGreaterThan(100);
    expect(outcomes.refused).toBeGreaterThan(1000);
    expect(queries.length).toBeGreaterThan(100);
    expect(queries.filter((sql) => sql.includes(MARK))).toEqual([]);
  }, 240_000);

  it('the marker search is not blind: a value that is bound reaches the database as a parameter only', async () => {
    const bindings: unknown[] = [];
    const listen = (q: { bindings?: unknown[] }) => bindings.push(...(q.bindings ?? []));
    const knex = t.orm.em.getConnection().getKnex();
    knex.on('query', listen);
    try {
      const { queries } = await t.countQueries(() =>
        runQuery(serviceContext(t.em(), SYSTEM_ACTOR, t.config), { root: 'serviceOrders', filter: { rules: [{ field: 'number', operator: 'contains', value: `${MARK}'x` }] } }, { page: 1, perPage: 5 }),
      );
      expect(queries.some((sql) => /ilike (\?|\$\d)/.test(sql))).toBe(true);
      expect(queries.filter((sql) => sql.includes(MARK))).toEqual([]);
      expect(bindings).toContain(`%${MARK}'x%`);
    } finally {
      knex.removeListener('query', listen);
    }
  });

  it('names the field of each problem, in both languages, over GraphQL', async () => {
    const RUN = `query($q: AdHocQueryInput!) { runQuery(query: $q) { total } }`;
    const refused = async (q: Record<string, unknown>, field: string, text: RegExp) => {
      const res = await t.gql(RUN, { q }, analyst);
      const e = res.errors?.[0];
      expect(e?.extensions.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(e?.extensions.fields)).toContain(field);
      expect(e?.extensions.message?.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(e?.extensions.message?.en).toMatch(text);
    };
    await refused({ root: 'serviceOrders', columns: ['number', 'customer.nope'] }, 'columns[1]', /no such field "customer.nope"/);
    await refused({ root: 'serviceOrders', filter: { rules: [{ field: 'status', operator: 'contains', value: 'x' }] } }, 'filter.rules[0].operator', /does not fit the field "status"/);
    await refused({ root: 'serviceOrders', filter: { rules: [{ field: 'status', operator: 'equals', value: 'BROKEN' }] } }, 'filter.rules[0].value', /is not one of RECEIVED/);
    await refused({ root: 'serviceOrders', filter: { rules: [{ field: 'createdAt', operator: 'between', value: ['2026-12-31', '2026-12-01'] }] } }, 'filter.rules[0].value', /may not be greater/);
    await refused({ root: 'serviceOrders', filter: { rules: [{ field: 'createdAt', operator: 'equals', value: '2026-02-30' }] } }, 'filter.rules[0].value', /must be a date/);
    await refused({ root: 'serviceOrders', groupBy: [{ field: 'number', bucket: 'month' }] }, 'groupBy[0].bucket', /only dates and times/);
    await refused({ root: 'serviceOrders', aggregates: [{ fn: 'sum', field: 'status' }] }, 'aggregates[0].fn', /does not fit/);
    await refused({ root: 'serviceOrders', groupBy: [{ field: 'status' }], sort: [{ key: 'number' }] }, 'sort[0].key', /must be one of the groups or figures/);
    await refused({ root: 'serviceOrders', filter: { rules: [{ field: 'customer.region.parent.parent.name', operator: 'isEmpty' }] } }, 'filter.rules[0].field', /no such field/);
  });

  it('refuses an unknown root in the query text and a root the caller may not read', async () => {
    const res = await t.gql(`{ runQuery(query: { root: nope }) { total } }`, {}, analyst);
    expect(res.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const key = await t.ok<{ issueApiKey: { key: string } }>(
      `mutation($input: ApiKeyIssueInput!) { issueApiKey(input: $input) { key } }`,
      { input: { name: '只读产品', partnerKind: 'RETAILER', scopes: ['product:read', 'query:read'] } },
      t.admin,
    );
    const denied = await t.gql(`{ runQuery(query: { root: serviceOrders }) { total } }`, {}, { apiKey: key.issueApiKey.key });
    expect(denied.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const products = await t.gql<{ runQuery: { total: number } }>(`{ runQuery(query: { root: products, columns: ["modelNumber", "brand.name"] }) { total } }`, {}, { apiKey: key.issueApiKey.key });
    // Products yes, brands not granted: the brand column is refused, naming it.
    expect(products.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(products.errors?.[0].message).toContain('brand.name');
  });
});
