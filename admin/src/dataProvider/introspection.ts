import { gql, type ApolloClient } from '@apollo/client';
import {
  getIntrospectionQuery,
  type IntrospectionField,
  type IntrospectionInputObjectType,
  type IntrospectionObjectType,
  type IntrospectionQuery,
  type IntrospectionType,
  type IntrospectionTypeRef,
} from 'graphql';
import { CREATE, DELETE, GET_LIST, GET_MANY, GET_MANY_REFERENCE, GET_ONE, UPDATE } from 'ra-core';
import type { IntrospectionResult } from 'ra-data-graphql';

/**
 * A react-admin resource found in the schema by the API's naming convention. Its name is the list
 * query (`customers`, `productUnits`), which is also the URL and the translation key of the resource.
 */
export interface ApiResource {
  name: string;
  type: IntrospectionObjectType;
  [GET_LIST]: IntrospectionField;
  [GET_ONE]?: IntrospectionField;
  [CREATE]?: IntrospectionField;
  [UPDATE]?: IntrospectionField;
  [DELETE]?: IntrospectionField;
}

export interface ApiIntrospection extends IntrospectionResult {
  apiResources: ApiResource[];
}

/** Where the convention has an exception: partner keys are created by `issueApiKey`. */
const CREATE_MUTATIONS: Record<string, string> = { ApiKey: 'issueApiKey' };

export function namedType(ref: IntrospectionTypeRef): { kind: string; name: string } {
  let t = ref;
  while (t.kind === 'NON_NULL' || t.kind === 'LIST') t = t.ofType;
  return t as { kind: string; name: string };
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * Finds every resource from the schema alone: a type `T` is a resource when some query returns
 * `TPage { items total }`; `t(id)`, `createT`, `updateT` and `deleteT` are used when they exist.
 * A new resource in the API thus needs no code here.
 */
export function findResources(schema: IntrospectionQuery['__schema']): ApiIntrospection {
  const byName = new Map(schema.types.map((t) => [t.name, t]));
  const queryType = byName.get(schema.queryType.name) as IntrospectionObjectType;
  const mutationType = schema.mutationType ? (byName.get(schema.mutationType.name) as IntrospectionObjectType) : undefined;
  const queries = queryType.fields;
  const mutations = mutationType?.fields ?? [];
  const query = (name: string) => queries.find((f) => f.name === name);
  const mutation = (name: string) => mutations.find((f) => f.name === name);

  const apiResources = queries.flatMap((list): ApiResource[] => {
    const page = namedType(list.type).name;
    if (!page.endsWith('Page')) return [];
    const type = byName.get(page.slice(0, -'Page'.length));
    if (type?.kind !== 'OBJECT') return [];
    const entry: ApiResource = { name: list.name, type, [GET_LIST]: list };
    const operations = {
      [GET_ONE]: query(lowerFirst(type.name)),
      [CREATE]: mutation(CREATE_MUTATIONS[type.name] ?? `create${type.name}`),
      [UPDATE]: mutation(`update${type.name}`),
      [DELETE]: mutation(`delete${type.name}`),
    };
    for (const [method, field] of Object.entries(operations)) if (field) Object.assign(entry, { [method]: field });
    return [entry];
  });

  return {
    schema,
    types: schema.types.filter((t) => t !== queryType && t !== mutationType),
    queries: [...queries, ...mutations] as never,
    // ra-data-graphql's own shape; every list query also serves getMany and getManyReference.
    resources: apiResources.map((r) => ({ ...r, [GET_MANY]: r[GET_LIST], [GET_MANY_REFERENCE]: r[GET_LIST] })),
    apiResources,
  };
}

let loaded: ApiIntrospection | undefined;

/** Runs the introspection query once per page load (descriptions left out: a third of the size). */
export async function introspect(client: ApolloClient<unknown>): Promise<ApiIntrospection> {
  const { data } = await client.query<IntrospectionQuery>({
    query: gql(getIntrospectionQuery({ descriptions: false })),
    fetchPolicy: 'no-cache',
  });
  loaded = findResources(data.__schema);
  return loaded;
}

/** What a resource's fields hold: the enum of an enum field, the resource a `…Id` field points at. */
export interface ResourceFields {
  enums: Record<string, string>;
  references: Record<string, string>;
}

/**
 * From the schema (`region: Region` next to `regionId` → `regions`), for exports that write names
 * rather than ids and enum values. Empty until the data provider has introspected the API.
 */
export function resourceFields(resource: string, introspection: ApiIntrospection | undefined = loaded): ResourceFields {
  const found = introspection?.apiResources.find((r) => r.name === resource);
  const out: ResourceFields = { enums: {}, references: {} };
  if (!found || !introspection) return out;
  const resourceOfType = new Map(introspection.apiResources.map((r) => [r.type.name, r.name]));
  for (const field of found.type.fields) {
    const t = namedType(field.type);
    if (t.kind === 'ENUM') out.enums[field.name] = t.name;
    if (t.kind === 'OBJECT' && field.type.kind !== 'LIST' && !(field.type.kind === 'NON_NULL' && field.type.ofType.kind === 'LIST')) {
      const target = resourceOfType.get(t.name);
      if (target && found.type.fields.some((f) => f.name === `${field.name}Id`)) out.references[`${field.name}Id`] = target;
    }
  }
  return out;
}

export function inputType(introspection: IntrospectionResult, name: string): IntrospectionInputObjectType | undefined {
  const type = introspection.types.find((t: IntrospectionType) => t.name === name);
  return type?.kind === 'INPUT_OBJECT' ? type : undefined;
}
