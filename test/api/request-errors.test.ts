import request from 'supertest';
import { createTestApp, type TestApp } from '../helpers/test-app';

/**
 * Refusals before or around GraphQL: each is a 4xx with a stable code and both languages, in the
 * caller's language, and no response carries a stack trace or a server path, in any mode.
 */
describe('request errors', () => {
  let t: TestApp;
  const previousNodeEnv = process.env.NODE_ENV;

  beforeAll(async () => {
    // Apollo and Express show stack traces in development unless told not to: test that mode.
    process.env.NODE_ENV = 'development';
    t = await createTestApp({ NODE_ENV: 'development' });
  });
  afterAll(async () => {
    process.env.NODE_ENV = previousNodeEnv;
    await t.close();
  });

  const post = (body: string | object, headers: Record<string, string> = {}) => {
    let req = request(t.app.app).post('/graphql').set('content-type', 'application/json');
    for (const [k, v] of Object.entries(headers)) req = req.set(k, v);
    return req.send(typeof body === 'string' ? body : JSON.stringify(body));
  };

  function expectRefusal(res: request.Response, status: number, code: string) {
    expect({ status: res.status, code: res.body.errors?.[0]?.extensions?.code }).toEqual({ status, code });
    for (const e of res.body.errors) {
      expect(e.extensions.message).toEqual({ zh: expect.stringMatching(/[\u4e00-\u9fff]/), en: expect.any(String) });
    }
    expect(res.text).not.toMatch(/stacktrace|node_modules|\/work\/|at .*\.ts:\d+/);
  }

  it('a syntax error is GRAPHQL_PARSE_FAILED with HTTP 400', async () => {
    expectRefusal(await post({ query: '{ customers( }' }), 400, 'GRAPHQL_PARSE_FAILED');
  });

  it('a query over the token limit is GRAPHQL_PARSE_FAILED with HTTP 400', async () => {
    const res = await post({ query: `{ ${Array.from({ length: 4000 }, (_, i) => `a${i}: __typename`).join(' ')} }` });
    expectRefusal(res, 400, 'GRAPHQL_PARSE_FAILED');
    expect(res.body.errors[0].extensions.message.zh).toContain('10000');
  });

  it('a persisted query whose hash does not match is BAD_REQUEST with HTTP 400, not an internal error', async () => {
    const body = { query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'not-the-hash' } } };
    const zh = await post(body);
    expectRefusal(zh, 400, 'BAD_REQUEST');
    expect(zh.body.errors[0].message).toContain('sha256Hash');
    const en = await post(body, { 'accept-language': 'en' });
    expect(en.body.errors[0].message).toBe('provided sha does not match query');
    expectRefusal(await post({ ...body, extensions: { persistedQuery: { version: 2, sha256Hash: 'x' } } }), 400, 'BAD_REQUEST');
  });

  it('a batch is BAD_REQUEST with HTTP 400, in the caller’s language', async () => {
    const zh = await post([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expectRefusal(zh, 400, 'BAD_REQUEST');
    expect(zh.body.errors[0].message).toContain('批量');
    const en = await post([{ query: '{ __typename }' }], { 'accept-language': 'en' });
    expect(en.body.errors[0].message).toBe('Operation batching disabled.');
  });

  it('a request that could be a cross-site forgery is BAD_REQUEST with HTTP 400', async () => {
    const form = await request(t.app.app).post('/graphql').set('content-type', 'text/plain').send(JSON.stringify({ query: '{ __typename }' }));
    expectRefusal(form, 400, 'BAD_REQUEST');
    expect(form.body.errors[0].message).toContain('CSRF');
    const get = await request(t.app.app).get('/graphql').query({ query: '{ __typename }' });
    expectRefusal(get, 400, 'BAD_REQUEST');
    // The same GET with the preflight header passes: the refusal is the CSRF rule, not GET itself.
    const allowed = await request(t.app.app).get('/graphql').query({ query: '{ __typename }' }).set('apollo-require-preflight', 'true');
    expect(allowed.body).toEqual({ data: { __typename: 'Query' } });
  });

  it('a body that is not JSON is BAD_REQUEST with HTTP 400, a body over 5 MB is 413', async () => {
    expectRefusal(await post('{"query": '), 400, 'BAD_REQUEST');
    expectRefusal(await post({ query: '{ __typename }', variables: { x: 'x'.repeat(6 * 1024 * 1024) } }), 413, 'BAD_REQUEST');
  });

  it('a NUL byte in the query text, the variables or the operation name is BAD_USER_INPUT with HTTP 400, naming where', async () => {
    const inText = await post({ query: '{ customers(filter: { q: "a\u0000" }) { total } }' });
    expectRefusal(inText, 400, 'BAD_USER_INPUT');
    const inVariables = await post({ query: 'query($f: CustomerFilter) { customers(filter: $f) { total } }', variables: { f: { q: 'a\u0000' } } });
    expectRefusal(inVariables, 400, 'BAD_USER_INPUT');
    expect(inVariables.body.errors[0].extensions.fields[0].field).toBe('variables.f.q');
    expectRefusal(await post({ query: '{ __typename }', operationName: 'x\u0000' }), 400, 'BAD_USER_INPUT');
    // Written as a GraphQL escape the text has no NUL, the parsed literal does: refused too.
    expectRefusal(await post({ query: '{ customers(filter: { q: "a\\u0000" }) { total } }' }, { authorization: `Bearer ${t.admin.token}` }), 400, 'BAD_USER_INPUT');
  });

  it('schema, scalar and enum mistakes are bilingual, in English for English callers', async () => {
    const unknownField = await post({ query: '{ customers { nope } }' });
    expectRefusal(unknownField, 400, 'GRAPHQL_VALIDATION_FAILED');
    expect(unknownField.body.errors[0].message).toContain('没有字段 nope');
    const en = await post({ query: '{ customers(filter: { kind: NOPE }) { total } }' }, { 'accept-language': 'en' });
    expectRefusal(en, 400, 'GRAPHQL_VALIDATION_FAILED');
    expect(en.body.errors[0].message).toContain('NOPE');
    expect(en.body.errors[0].extensions.message.zh).toContain('CustomerKind');
    const int = await post({ query: 'query($p: Int!) { customers(perPage: $p) { total } }', variables: { p: 2 ** 40 } });
    expectRefusal(int, 400, 'BAD_USER_INPUT');
    expect(int.body.errors[0].extensions.message.zh).toContain('超出整数范围');
    expect(int.body.errors[0].extensions.fields[0].field).toBe('p');
  });

  it('errors in resolvers carry no stack trace in development either', async () => {
    const res = await post({ query: '{ customer(id: "00000000-0000-7000-8000-000000000000") { id } }' }, { authorization: `Bearer ${t.admin.token}` });
    expect(res.body.errors[0].extensions.code).toBe('NOT_FOUND');
    expect(res.text).not.toContain('stacktrace');
    const anonymous = await post({ query: '{ customers { total } }' });
    expect(anonymous.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(anonymous.text).not.toContain('stacktrace');
  });
});
