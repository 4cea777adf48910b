import {
  getIntrospectionQuery,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  parse,
  print,
  type IntrospectionQuery,
  type OperationDefinitionNode,
} from 'graphql';
import request from 'supertest';
import { addTypenameToDocument } from '@apollo/client/utilities';
import { GET_LIST } from 'ra-core';
import { buildQueryFactory } from '../../admin/src/dataProvider/buildQuery';
import { findResources } from '../../admin/src/dataProvider/introspection';
import { buildSchema } from '../../api/src/graphql/schema';
import { LIST_SIZES, operationCost } from '../../api/src/graphql/query-cost';
import { toAppError } from '../../api/src/graphql/format-error';
import { createTestApp, type TestApp } from '../helpers/test-app';

const schema = buildSchema();
function cost(query: string, variables: Record<string, unknown> = {}): number {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  return operationCost({ schema, document, operation, variables });
}

const alias = (n: number, body: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${body}`).join(' ')} }`;

/** The query of issue #7 that took the server down: 30 aliases of a 500-row list with relations. */
const HEAVY = alias(
  30,
  `serviceOrders(perPage: 500) { total items { id number status contactName customer { name mobile productUnits { serialNumber product { name } } serviceOrders { number } } product { name brand { name } } station { name } technicians { name } timeline { action note } parts { quantity } } }`,
);

describe('the cost model', () => {
  it('counts a list as its page size times its selection, from literals, variables and defaults', () => {
    const one = cost('{ customers(perPage: 1) { items { name mobile } } }');
    const hundred = cost('{ customers(perPage: 100) { items { name mobile } } }');
    expect(one).toBe(2 + 1 * 2);
    expect(hundred).toBe(2 + 100 * 2);
    expect(cost('query($n: Int!) { customers(perPage: $n) { items { name mobile } } }', { n: 100 })).toBe(hundred);
    expect(cost('{ customers { items { name mobile } } }')).toBe(2 + 25 * 2); // the argument's default, 25
    expect(cost('{ customers(perPage: 100000) { items { name } } }')).toBe(2 + 500); // at most the page limit counts
  });

  it('multiplies nested lists by their own size or the documented estimate', () => {
    const timeline = LIST_SIZES['ServiceOrder.timeline'];
    expect(cost('{ serviceOrders(perPage: 10) { items { timeline { note } } } }')).toBe(2 + 10 * (1 + timeline));
    expect(cost('{ customers(perPage: 10) { items { serviceOrders(limit: 3) { number } } } }')).toBe(2 + 10 * (1 + 3));
    // A list given by ids returns as many rows as ids.
    expect(cost('mutation($ids: [ID!]!) { reorderCodes(ids: $ids) { id name } }', { ids: ['a', 'b', 'c'] })).toBe(1 + 3 * 2);
  });
  it('counts fragments and honours @skip/@include', () => {
    const plain = cost('{ customers(perPage: 10) { items { name mobile } } }');
    expect(cost('{ customers(perPage: 10) { items { ...C } } } fragment C on Customer { name mobile }')).toBe(plain);
    expect(cost('{ customers(perPage: 10) { items { ... on Customer { name mobile } } } }')).toBe(plain);
    expect(cost('query($s: Boolean!) { customers(perPage: 10) { items { name mobile @skip(if: $s) } } }', { s: true })).toBe(2 + 10);
  });

  it('prices introspection from the schema’s own sizes, cheaper per value: one is far under the limit, 30 copies over', () => {
    const one = cost(getIntrospectionQuery());
    // The schema grows with every area (returns, complaints, quality feedback and the reports took it past 10,000): still a fifth of the limit.
    expect(one).toBeLessThan(15_000);
    expect(30 * one).toBeGreaterThan(50_000);
  });

  it('__typename is free: Apollo Client adds it everywhere', () => {
    expect(cost('{ customers(perPage: 100) { __typename items { __typename name } } }')).toBe(cost('{ customers(perPage: 100) { items { name } } }'));
  });

  it('every estimate in LIST_SIZES names a list field of the schema (none stale)', () => {
    const stale = Object.keys(LIST_SIZES).filter((key) => {
      const [type, field] = key.split('.');
      const t = schema.getType(type);
      const def = isObjectType(t) ? t.getFields()[field] : undefined;
      return !def || !isListType(getNullableType(def.type)) || !isObjectType(getNamedType(def.type));
    });
    expect(stale).toEqual([]);
  });
});

describe('bounded queries', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('refuses the 30-alias query with QUERY_TOO_COMPLEX, saying the cost and the limit, before running anything', async () => {
    const res = await request(t.app.app)
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', `Bearer ${t.admin.token}`)
      .send({ query: HEAVY });
    expect(res.status).toBe(400);
    const [error] = res.body.errors;
    expect(error.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', cost: cost(HEAVY), limit: 50_000 });
    expect(error.extensions.message.zh).toContain(`上限 50000`);
    expect(error.extensions.message.en).toContain(`cost ${cost(HEAVY)}, limit 50000`);
    // No SQL ran for the refused query (the user lookup of the token at most).
    const { queries } = await t.countQueries(() => t.gql(HEAVY, {}, t.admin));
    expect(queries.length).toBeLessThanOrEqual(1);
  });

  it('counts page sizes given in variables', async () => {
    const q = `query($n: Int!) { serviceOrders(perPage: $n) { items { id number status createdAt slaDueAt contactName contactPhone address reportedSymptom
      customer { name mobile } product { name modelNumber brand { name } } station { name } technicians { name } timeline { action note at } parts { quantity unitPrice } } } }`;
    expect(cost(q, { n: 500 })).toBeGreaterThan(50_000);
    expect(cost(q, { n: 25 })).toBeLessThan(50_000);
    expect((await t.gql(q, { n: 500 }, t.admin)).errors?.[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect((await t.gql(q, { n: 25 }, t.admin)).errors).toBeUndefined();
  });

  it('passes what the panel asks for, as Apollo Client sends it: an order list page, an export page of 500, the introspection', async () => {
    // Apollo Client adds __typename to every selection.
    const withTypename = (query: string) => print(addTypenameToDocument(parse(query)));
    const introspection = withTypename(getIntrospectionQuery());
    expect((await t.gql(introspection, {}, t.admin)).errors).toBeUndefined();
    const data = await t.ok<IntrospectionQuery>(getIntrospectionQuery({ descriptions: false }), {}, t.admin);
    const buildQuery = buildQueryFactory(findResources(data.__schema));
    for (const perPage of [25, 500]) {
      const built = buildQuery(GET_LIST, 'serviceOrders', { pagination: { page: 1, perPage }, sort: { field: 'createdAt', order: 'DESC' }, filter: {} });
      const res = await t.gql(withTypename(print(built.query)), built.variables as Record<string, unknown>, t.admin);
      expect(res.errors).toBeUndefined();
      expect(cost(print(built.query), built.variables as Record<string, unknown>)).toBeLessThan(50_000);
    }
  });

  it('keeps graphql-armor’s shape limits, bilingual: depth and aliases', async () => {
    const deep = await t.gql(
      '{ serviceOrders { items { customer { defaultTechnician { station { parent { parent { parent { parent { parent { parent { parent { name } } } } } } } } } } } } }',
      {},
      t.admin,
    );
    expect(deep.errors?.[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', message: { zh: expect.stringContaining('嵌套太深') } });
    const many = await t.gql(alias(31, 'me { id }'), {}, t.admin);
    expect(many.errors?.[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', message: { zh: expect.stringContaining('别名太多') } });
  });
});

describe('the time budget', () => {
  it('every pooled connection carries the statement timeout', async () => {
    const t = await createTestApp();
    try {
      const rows = await Promise.all(
        [1, 2, 3].map(() => t.orm.em.fork().getConnection().execute<{ statement_timeout: string }[]>('show statement_timeout')),
      );
      expect(rows.map((r) => r[0].statement_timeout)).toEqual(['5s', '5s', '5s']);
    } finally {
      await t.close();
    }
  });

  it('a statement past DB_STATEMENT_TIMEOUT_MS is cancelled and reported as TIMEOUT (migrations still ran)', async () => {
    const t = await createTestApp({ DB_STATEMENT_TIMEOUT_MS: '200' });
    try {
      const err = await t.orm.em.getConnection().execute('select pg_sleep(1)').catch((e: unknown) => e);
      expect(toAppError(err)?.extensions).toMatchObject({ code: 'TIMEOUT' });
      await expect(t.orm.em.getConnection().execute('select pg_sleep(0.05)')).resolves.toBeDefined();
    } finally {
      await t.close();
    }
  });

  it('a request past REQUEST_TIMEOUT_MS stops resolving fields and answers one TIMEOUT (503); within budget it passes', async () => {
    const q = '{ customers(perPage: 20) { items { name region { name } } } regions(perPage: 20) { items { name } } }';
    const slow = await createTestApp({ REQUEST_TIMEOUT_MS: '1' });
    try {
      const res = await request(slow.app.app)
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('authorization', `Bearer ${slow.admin.token}`)
        .send({ query: q });
      expect(res.status).toBe(503);
      expect(res.body.errors).toHaveLength(1);
      expect(res.body.errors[0].extensions).toMatchObject({ code: 'TIMEOUT', budgetMs: 1, message: { zh: expect.stringContaining('超时') } });
    } finally {
      await slow.close();
    }
    const t = await createTestApp();
    try {
      expect((await t.gql(q, {}, t.admin)).errors).toBeUndefined();
    } finally {
      await t.close();
    }
  });
});
