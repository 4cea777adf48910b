import { gql } from '@apollo/client';
import type { DataProvider, Identifier } from 'ra-core';
import buildGraphQLProvider, { type Options } from 'ra-data-graphql';
import { apolloClient } from './apolloClient';
import { buildQueryFactory } from './buildQuery';
import { toHttpError } from './errors';
import { introspect } from './introspection';
import { buildOperations, type Operations, type Request } from './operations';

/** The standard methods plus the API's operations that are not list/one/create/update/delete (operations.ts). */
export type AppDataProvider = DataProvider & Operations;

// ra-data-graphql reads `resolveIntrospection` (its default options carry one) but leaves it out
// of its Options type; ours finds resources by the API's naming convention.
const options: Options & { resolveIntrospection: typeof introspect } = {
  client: apolloClient,
  buildQuery: buildQueryFactory,
  resolveIntrospection: introspect,
  query: () => ({ fetchPolicy: 'no-cache' }),
  mutation: () => ({ fetchPolicy: 'no-cache' }),
};
const graphql = buildGraphQLProvider(options);

export const request: Request = async (document, variables, kind) => {
  const { data } =
    kind === 'query'
      ? await apolloClient.query<Record<string, unknown>>({ query: gql(document), variables })
      : await apolloClient.mutate<Record<string, unknown>>({ mutation: gql(document), variables });
  return data!;
};

/**
 * The API has no bulk mutations: one request per record, in turn, so a refused one (IN_USE) does
 * not stop the others; the first refusal is reported.
 */
async function eachRecord(ids: Identifier[], run: (id: Identifier) => Promise<unknown>): Promise<{ data: Identifier[] }> {
  const done: Identifier[] = [];
  let failure: unknown;
  for (const id of ids) {
    try {
      await run(id);
      done.push(id);
    } catch (error) {
      failure ??= error;
    }
  }
  if (failure) throw failure;
  return { data: done };
}

const provider: AppDataProvider = {
  getList: graphql.getList,
  getOne: graphql.getOne,
  getMany: graphql.getMany,
  getManyReference: graphql.getManyReference,
  create: graphql.create,
  update: graphql.update,
  delete: graphql.delete,
  deleteMany: (resource, { ids }) => eachRecord(ids, (id) => graphql.delete(resource, { id })),
  updateMany: (resource, { ids, data }) => eachRecord(ids, (id) => graphql.update(resource, { id, data, previousData: undefined })),
  ...buildOperations(request),
};

/** Every failure surfaces as an HttpError with the server's message (see errors.ts). */
function withApiErrors<T extends object>(target: T): T {
  return Object.fromEntries(
    Object.entries(target).map(([name, method]) => [
      name,
      async (...args: unknown[]) => {
        try {
          return await (method as (...a: unknown[]) => Promise<unknown>)(...args);
        } catch (error) {
          throw toHttpError(error);
        }
      },
    ]),
  ) as T;
}

export const dataProvider = withApiErrors(provider);
