import { gql } from '@apollo/client';
import type {
  IntrospectionEnumType,
  IntrospectionField,
  IntrospectionInputValue,
  IntrospectionObjectType,
  IntrospectionTypeRef,
} from 'graphql';
import {
  CREATE,
  DELETE,
  GET_LIST,
  GET_MANY,
  GET_MANY_REFERENCE,
  GET_ONE,
  UPDATE,
  type GetListParams,
  type GetManyParams,
  type GetManyReferenceParams,
  type SortPayload,
} from 'ra-core';
import type { BuildQueryFactory, BuildQueryResult } from 'ra-data-graphql';
import { inputType, namedType, type ApiIntrospection, type ApiResource } from './introspection';
import { pickCreateInput, pickUpdateInput } from './inputs';
import { EXTRA_SELECTIONS } from './selections';

/** The API's page size limit. */
export const MAX_PER_PAGE = 500;

type Variables = Record<string, unknown>;

function typeString(ref: IntrospectionTypeRef): string {
  if (ref.kind === 'NON_NULL') return `${typeString(ref.ofType)}!`;
  if (ref.kind === 'LIST') return `[${typeString(ref.ofType)}]`;
  return ref.name;
}

/** Scalars, enums and lists of them that can be selected without arguments. */
function plainFields(type: IntrospectionObjectType): string[] {
  return type.fields
    .filter((f) => ['SCALAR', 'ENUM'].includes(namedType(f.type).kind))
    .filter((f) => f.args.every((a) => a.type.kind !== 'NON_NULL' || a.defaultValue != null))
    .map((f) => f.name);
}

/** `name(a: $a, b: $b)` with the declarations `$a: T, $b: U` for the arguments actually given. */
function call(field: IntrospectionField, variables: Variables): { declarations: string; invocation: string } {
  const given = field.args.filter((a: IntrospectionInputValue) => variables[a.name] !== undefined);
  if (given.length === 0) return { declarations: '', invocation: field.name };
  return {
    declarations: `(${given.map((a) => `$${a.name}: ${typeString(a.type)}`).join(', ')})`,
    invocation: `${field.name}(${given.map((a) => `${a.name}: $${a.name}`).join(', ')})`,
  };
}

function argType(field: IntrospectionField, arg: string): string | undefined {
  const a = field.args.find((x) => x.name === arg);
  return a && namedType(a.type).name;
}

export const buildQueryFactory: BuildQueryFactory = (introspectionResults) => {
  const introspection = introspectionResults as ApiIntrospection;
  const typeByName = new Map(introspection.types.map((t) => [t.name, t]));

  const recordSelection = (resource: ApiResource, method: string) =>
    [...plainFields(resource.type), EXTRA_SELECTIONS[resource.name]?.[method] ?? ''].join(' ').trim();

  /**
   * What a mutation or query returns: the record itself, or (issueApiKey) a wrapper holding the record
   * beside scalars such as the one-time key, which are then merged into the record.
   */
  const returning = (resource: ApiResource, field: IntrospectionField, method: string) => {
    const returned = namedType(field.type).name;
    if (returned === resource.type.name) {
      return { selection: recordSelection(resource, method), toRecord: (value: Variables) => value };
    }
    const wrapper = typeByName.get(returned) as IntrospectionObjectType;
    const holder = wrapper.fields.find((f) => namedType(f.type).name === resource.type.name);
    if (!holder) throw new Error(`${field.name} returns no ${resource.type.name}`);
    const extra = plainFields(wrapper);
    return {
      selection: `${extra.join(' ')} ${holder.name} { ${recordSelection(resource, method)} }`,
      toRecord: (value: Variables) => ({
        ...(value[holder.name] as Variables),
        ...Object.fromEntries(extra.map((name) => [name, value[name]])),
      }),
    };
  };

  const filterVariables = (list: IntrospectionField, filter: Variables = {}) => {
    const type = inputType(introspection, argType(list, 'filter') ?? '');
    const allowed = new Set(type?.inputFields.map((f) => f.name));
    const kept = Object.entries(filter).filter(([key, value]) => allowed.has(key) && value !== '' && value != null);
    return kept.length ? Object.fromEntries(kept) : undefined;
  };

  /** react-admin may ask for any sort (its default is `id`); the API sorts by its SortField enum only. */
  const sortVariables = (list: IntrospectionField, sort: SortPayload | undefined) => {
    const type = typeByName.get(argType(list, 'sortField') ?? '') as IntrospectionEnumType | undefined;
    if (!sort || !type?.enumValues.some((v) => v.name === sort.field)) return {};
    return { sortField: sort.field, sortOrder: sort.order === 'DESC' ? 'DESC' : 'ASC' };
  };

  const listQuery = (resource: ApiResource, variables: Variables, withTotal: boolean): BuildQueryResult => {
    const list = resource[GET_LIST];
    const { declarations, invocation } = call(list, variables);
    return {
      query: gql`query ${list.name}${declarations} { page: ${invocation} { ${withTotal ? 'total' : ''} items { ${recordSelection(resource, GET_LIST)} } } }`,
      variables,
      parseResponse: ({ data }) => (withTotal ? { data: data.page.items, total: data.page.total } : { data: data.page.items }),
    };
  };

  const operation = (resource: ApiResource, method: string, variables: Variables): BuildQueryResult => {
    const field = resource[method as typeof GET_ONE];
    if (!field) throw new Error(`${resource.name}: the API has no ${method} operation`);
    const { selection, toRecord } = returning(resource, field, method);
    const { declarations, invocation } = call(field, variables);
    const kind = method === GET_ONE ? 'query' : 'mutation';
    return {
      query: gql`${kind} ${field.name}${declarations} { data: ${invocation} { ${selection} } }`,
      variables,
      parseResponse: ({ data }) => ({ data: toRecord(data.data) }),
    };
  };

  const inputFields = (field: IntrospectionField | undefined) => {
    const type = field && inputType(introspection, argType(field, 'input') ?? '');
    return type?.inputFields.map((f) => f.name) ?? [];
  };

  return (method, resourceName, params) => {
    const resource = introspection.apiResources.find((r) => r.name === resourceName);
    if (!resource) throw new Error(`Unknown resource ${resourceName}: no list query of that name in the API`);
    const list = resource[GET_LIST];
    switch (method) {
      case GET_LIST: {
        const { filter, pagination, sort } = params as GetListParams;
        return listQuery(
          resource,
          { filter: filterVariables(list, filter), page: pagination?.page, perPage: pagination?.perPage, ...sortVariables(list, sort) },
          true,
        );
      }
      case GET_MANY: {
        // Reference fields ask for one page of ids at a time, well under the API's page limit.
        const { ids } = params as GetManyParams;
        return listQuery(resource, { filter: { ids }, perPage: Math.min(Math.max(ids.length, 1), MAX_PER_PAGE) }, false);
      }
      case GET_MANY_REFERENCE: {
        const { target, id, filter, pagination, sort } = params as GetManyReferenceParams;
        return listQuery(
          resource,
          {
            filter: filterVariables(list, { ...filter, [target]: id }),
            page: pagination?.page,
            perPage: pagination?.perPage,
            ...sortVariables(list, sort),
          },
          true,
        );
      }
      case GET_ONE:
        return operation(resource, method, { id: params.id });
      case CREATE:
        return operation(resource, method, { input: pickCreateInput(inputFields(resource[CREATE]), params.data) });
      case UPDATE:
        return operation(resource, method, {
          id: params.id,
          input: pickUpdateInput(inputFields(resource[UPDATE]), params.data, params.previousData),
        });
      case DELETE:
        return operation(resource, method, { id: params.id });
      default:
        throw new Error(`${resourceName}: ${method} is not supported`);
    }
  };
};
