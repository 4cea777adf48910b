import request from 'supertest';
import { createApp, type App } from '../../api/src/app';
import { loadConfig } from '../../api/src/config';
import { DirectExecution } from '../../api/src/graphql/direct-execution';
import { Role } from '../../api/src/modules/auth/role';
import { createTestApp, type Caller, type TestApp } from '../helpers/test-app';
import { orderScenario } from '../helpers/order-scenario';

const ORDERS = `query Orders($perPage: Int! = 25, $statuses: [ServiceOrderStatus!]) {
  serviceOrders(perPage: $perPage, filter: { statuses: $statuses }) { total items { number status customer { name } station { name } timeline { action } } }
}`;
const USERS = `query Users { users(perPage: 5) { total items { username } } }`;
const COSTLY = `query Costly($n: Int!) { serviceOrders(perPage: $n) { items { id number status createdAt slaDueAt contactName contactPhone address
  customer { name mobile } product { name modelNumber brand { name } } station { name } technicians { name } timeline { action note at } parts { quantity unitPrice } } } }`;
const TRACK = `query Track($number: String!) { trackServiceOrder(number: $number, phoneLast4: "0000") { number } }`;
const ORDER = `query Order($id: ID!) { serviceOrder(id: $id) { number } }`;

/** Records, per request, whether the direct way answered it (true) or handed it to Apollo (false). */
function watchDirect(): { served: boolean[]; restore(): void } {
  const served: boolean[] = [];
  const execute = DirectExecution.prototype.execute;
  const spy = jest.spyOn(DirectExecution.prototype, 'execute').mockImplementation(async function (this: DirectExecution, ...args) {
    const answer = await execute.apply(this, args);
    served.push(answer !== undefined);
    return answer;
  });
  return { served, restore: () => spy.mockRestore() };
}

interface Sent {
  status: number;
  type: string | undefined;
  text: string;
}

/**
 * Queries are answered without Apollo's pipeline, interpreted by graphql-js at first and compiled by
 * graphql-jit once repeated. Whatever the request, the answer must be the one Apollo gives: the same
 * API on the same database with the direct way off answers each request, and the answers are
 * compared byte for byte (status, content type, body). Also: the direct way really serves the
 * queries it should, and hands everything else to Apollo before anything has run.
 */
describe('direct execution answers exactly as Apollo does', () => {
  let t: TestApp;
  let apolloOnly: App;
  let technician: Caller;
  let orderId: string;
  let watch: ReturnType<typeof watchDirect>;

  beforeAll(async () => {
    // Interpreted by graphql-js on a text's first request, compiled (graphql-jit) from the second on.
    t = await createTestApp({ COMPILE_QUERIES_AFTER: '2' });
    apolloOnly = await createApp(
      loadConfig({ NODE_ENV: 'test', JWT_SECRET: 'test-secret', SERVE_ADMIN: 'false', DIRECT_EXECUTION: 'false' }),
      t.databaseUrl,
      { migrations: { silent: true } },
    );
    const s = await orderScenario(t);
    orderId = (await s.createOrder({ stationId: s.near.id })).id;
    await s.createOrder({ stationId: s.middle.id });
    technician = await t.userWith([Role.TECHNICIAN], { stationId: s.near.id });
    watch = watchDirect();
  });
  afterAll(async () => {
    watch.restore();
    await apolloOnly.close();
    await t.close();
  });

  const send = async (app: App, body: unknown, caller: Caller = {}, headers: Record<string, string> = {}): Promise<Sent> => {
    let req = request(app.app).post('/graphql').set('content-type', 'application/json');
    if (caller.token) req = req.set('authorization', `Bearer ${caller.token}`);
    if (caller.apiKey) req = req.set('x-api-key', caller.apiKey);
    for (const [k, v] of Object.entries(headers)) req = req.set(k, v);
    const res = await req.send(JSON.stringify(body));
    return { status: res.status, type: res.headers['content-type'], text: res.text };
  };

  /**
   * Sends the request to Apollo alone, then twice to the direct API (interpreted, then compiled,
   * for a text it has not seen before): all three answers are the same.
   */
  async function compare(body: unknown, caller: Caller = {}, headers: Record<string, string> = {}) {
    watch.served.length = 0;
    const apollo = await send(apolloOnly, body, caller, headers);
    const interpreted = await send(t.app, body, caller, headers);
    const compiled = await send(t.app, body, caller, headers);
    expect(interpreted).toEqual(apollo);
    expect(compiled).toEqual(apollo);
    return { answer: compiled, direct: watch.served[1] ?? false };
  }

  it('serves a list query directly, with the same data, in both languages', async () => {
    const zh = await compare({ query: ORDERS, variables: { perPage: 10 } }, t.admin);
    expect(zh.direct).toBe(true);
    expect(zh.answer.status).toBe(200);
    expect(JSON.parse(zh.answer.text).data.serviceOrders.total).toBe(2);
    const en = await compare({ query: ORDERS, variables: { perPage: 10, statuses: ['RECEIVED'] }, operationName: 'Orders' }, t.admin, { 'accept-language': 'en' });
    expect(en.direct).toBe(true);
  });

  it('scopes the same: a technician reads only the own station’s orders the direct way too', async () => {
    const mine = await compare({ query: ORDERS, variables: { perPage: 10 } }, technician);
    expect(mine.direct).toBe(true);
    expect(JSON.parse(mine.answer.text).data.serviceOrders.total).toBe(1);
  });

  it('formats errors of fields the same (code, both languages, path), in the caller’s language', async () => {
    for (const lang of ['zh', 'en']) {
      const refused = await compare({ query: USERS }, technician, { 'accept-language': lang });
      expect(refused.direct).toBe(true);
      const body = JSON.parse(refused.answer.text);
      expect(body.errors[0]).toMatchObject({ path: ['users'], extensions: { code: 'FORBIDDEN', message: { zh: expect.any(String), en: expect.any(String) } } });
      expect(body.errors[0].message).toBe(body.errors[0].extensions.message[lang]);
    }
    const missing = await compare({ query: ORDER, variables: { id: '00000000-0000-4000-8000-000000000000' } }, t.admin);
    expect(missing.direct).toBe(true);
    const outOfScope = await compare({ query: ORDER, variables: { id: orderId } }, await t.userWith([Role.TECHNICIAN]));
    expect(outOfScope.direct).toBe(true);
  });

  it('reads what the compiled code would get wrong the same as the interpreter: defaults and our scalars written in the text', async () => {
    // A day written in the query text parses to a class of ours (DateBound): interpreted, not compiled.
    const literalDay = await compare({ query: `{ serviceOrders(filter: { createdFrom: "2020-01-01", createdTo: "2099-12-31" }) { total } }` }, t.admin);
    expect(JSON.parse(literalDay.answer.text).data.serviceOrders.total).toBe(2);
    // The default of a field of an input (groupBy) and of a variable.
    const monthly = `query($f: MonthlyReportFilter! = { from: "2026-10" }) { monthlyRepairReport(filter: $f) { totals { month received } } }`;
    const withDefault = await compare({ query: monthly }, t.admin);
    expect(JSON.parse(withDefault.answer.text).data.monthlyRepairReport.totals[0]).toEqual({ month: '2026-10', received: 0 });
    const given = await compare({ query: monthly, variables: { f: { from: '2026-11', to: '2026-12' } } }, t.admin);
    expect(JSON.parse(given.answer.text).data.monthlyRepairReport.totals).toHaveLength(2);
  });

  it('answers with the content type Apollo negotiates, and leaves what Apollo refuses to Apollo', async () => {
    const spec = await compare({ query: ORDERS }, t.admin, { accept: 'application/graphql-response+json, application/json;q=0.9' });
    expect(spec.direct).toBe(true);
    expect(spec.answer.type).toBe('application/graphql-response+json; charset=utf-8');
    const html = await compare({ query: ORDERS }, t.admin, { accept: 'text/html' });
    expect({ status: html.answer.status, direct: html.direct }).toEqual({ status: 406, direct: false });
  });

  it('leaves refusals before any field runs to Apollo: bad variables, too costly, bad arguments', async () => {
    const badVariable = await compare({ query: ORDERS, variables: { perPage: 'ten' } }, t.admin);
    expect({ status: badVariable.answer.status, direct: badVariable.direct }).toEqual({ status: 400, direct: false });
    const badEnum = await compare({ query: ORDERS, variables: { statuses: ['LOST'] } }, t.admin, { 'accept-language': 'en' });
    expect({ status: badEnum.answer.status, direct: badEnum.direct }).toEqual({ status: 400, direct: false });
    expect(badEnum.answer.text).not.toContain('Did you mean');
    // A page size over the list's limit is the field's own error: served directly, formatted the same.
    const tooLarge = await compare({ query: ORDERS, variables: { perPage: 100_000 } }, t.admin);
    expect({ code: JSON.parse(tooLarge.answer.text).errors[0].extensions.code, direct: tooLarge.direct }).toEqual({ code: 'BAD_USER_INPUT', direct: true });
    // A text whose variables make it too costly is refused by Apollo, before anything runs.
    await send(t.app, { query: COSTLY, variables: { n: 25 } }, t.admin);
    const costly = await compare({ query: COSTLY, variables: { n: 500 } }, t.admin);
    expect({ code: JSON.parse(costly.answer.text).errors[0].extensions.code, direct: costly.direct }).toEqual({ code: 'QUERY_TOO_COMPLEX', direct: false });
    // A malformed id of the record itself is NOT_FOUND (the resolver's): served directly, the same.
    const badId = await compare({ query: ORDER, variables: { id: 'not-a-uuid' } }, t.admin);
    expect(badId.direct).toBe(true);
    // A plain argument over its length is refused before any field runs: Apollo's.
    await send(t.app, { query: TRACK, variables: { number: 'SO1' } });
    const longNumber = await compare({ query: TRACK, variables: { number: 'x'.repeat(50) } });
    expect({ status: longNumber.answer.status, direct: longNumber.direct }).toEqual({ status: 400, direct: false });
    // Who may not read is told by the field, as through Apollo.
    for (const caller of [{ token: 'not.a.token' }, {}]) {
      const refused = await compare({ query: ORDERS }, caller);
      expect({ code: JSON.parse(refused.answer.text).errors[0].extensions.code, direct: refused.direct }).toEqual({ code: 'UNAUTHENTICATED', direct: true });
    }
  });

  it('never takes mutations, persisted-query extensions, or an operation the request does not name among several', async () => {
    const twoOperations = `${ORDERS} query Other { __typename }`;
    const named = await compare({ query: twoOperations, operationName: 'Other' }, t.admin);
    expect(named.direct).toBe(true);
    const unnamed = await compare({ query: twoOperations }, t.admin);
    expect({ status: unnamed.answer.status, direct: unnamed.direct }).toEqual({ status: 400, direct: false });
    const persisted = await compare({ query: USERS, extensions: { persistedQuery: { version: 1, sha256Hash: 'x' } } }, t.admin);
    expect(persisted.direct).toBe(false);
    watch.served.length = 0;
    const mutation = `mutation { revokeApiKey(id: "00000000-0000-4000-8000-000000000000") { id } }`;
    await send(t.app, { query: mutation }, t.admin);
    await send(t.app, { query: mutation }, t.admin);
    expect(watch.served).toEqual([false, false]);
  });
});

describe('direct execution keeps the time budget', () => {
  it('answers one TIMEOUT with HTTP 503 past REQUEST_TIMEOUT_MS, as Apollo does', async () => {
    const q = '{ customers(perPage: 20) { items { name region { name } } } regions(perPage: 20) { items { name } } }';
    const slow = await createTestApp({ REQUEST_TIMEOUT_MS: '1' });
    try {
      const ask = () => request(slow.app.app).post('/graphql').set('content-type', 'application/json').set('authorization', `Bearer ${slow.admin.token}`).send({ query: q });
      await ask();
      const watch = watchDirect();
      const res = await ask();
      watch.restore();
      expect(watch.served).toEqual([true]);
      expect(res.status).toBe(503);
      expect(res.body.errors).toHaveLength(1);
      expect(res.body.errors[0].extensions).toMatchObject({ code: 'TIMEOUT', budgetMs: 1 });
    } finally {
      await slow.close();
    }
  });
});
