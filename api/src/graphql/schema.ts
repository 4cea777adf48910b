import 'reflect-metadata';
import { defaultFieldResolver, isObjectType, type GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { SYSTEM_ACTOR } from '../modules/auth/actor';
import { allPolicies, applyRedaction, redactionsOf } from '../common/access/policy';
import { runAs } from '../modules/audit/audit-context';
import { authChecker } from './auth-checker';
import type { Context } from './context';
import { RESOLVERS } from './resolvers';
import { cacheValidationRules } from '../common/validation-cache';
import { relationFieldResolver, relationFields } from './relations';

/**
 * Mutations that must not hold a connection for their whole run: they spend most of their time in
 * argon2 and write their throttle counters on statements of their own (which must survive the
 * error that follows), so callers cannot tie up the pool. They flush by themselves.
 */
const WITHOUT_TRANSACTION = new Set(['login', 'changePassword']);

/** Each mutation field is one transaction, and its changes are audited under the caller's name. */
function transactionPerMutation(schema: GraphQLSchema): GraphQLSchema {
  const mutation = schema.getMutationType();
  for (const field of Object.values(mutation?.getFields() ?? {})) {
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = WITHOUT_TRANSACTION.has(field.name)
      ? (source, args, ctx: Context, info) => runAs(ctx.actor ?? SYSTEM_ACTOR, () => resolve(source, args, ctx, info))
      : (source, args, ctx: Context, info) =>
          runAs(ctx.actor ?? SYSTEM_ACTOR, () => ctx.em.transactional(() => resolve(source, args, ctx, info)));
  }
  return schema;
}

const isPromise = (v: unknown): v is Promise<unknown> => !!v && typeof (v as Promise<unknown>).then === 'function';

/**
 * Fields a policy may hide or mask are wrapped once, here: whatever path reaches the field (a
 * list, a relation, an alias, a mutation result), the caller gets the redacted value.
 */
function redactFields(schema: GraphQLSchema): GraphQLSchema {
  for (const policy of allPolicies()) {
    const type = schema.getType(policy.name);
    if (!isObjectType(type)) continue;
    const fields = type.getFields();
    for (const name of policy.redactable ?? []) {
      const field = fields[name];
      if (!field) throw new Error(`${policy.name}.${name} is redactable but not a GraphQL field`);
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, ctx: Context, info) => {
        const redaction = redactionsOf(policy.name, ctx.actor)?.[name];
        if (!redaction) return resolve(source, args, ctx, info);
        if (redaction === 'hide') return null;
        const value = resolve(source, args, ctx, info);
        return isPromise(value) ? value.then((v) => applyRedaction(redaction, v)) : applyRedaction(redaction, value);
      };
    }
  }
  return schema;
}

/** Relation fields resolve through relations.ts directly: type-graphql declared them, it need not wrap every call. */
function directRelations(schema: GraphQLSchema): GraphQLSchema {
  for (const { type, field, spec } of relationFields()) {
    const t = schema.getType(type);
    if (!isObjectType(t)) throw new Error(`Relation ${type}.${field}: ${type} is not an object type`);
    t.getFields()[field].resolve = relationFieldResolver(spec) as never;
  }
  return schema;
}

/**
 * graphql-js's default resolver calls a property that is a function (a page's lazy `total`);
 * graphql-jit reads it as it is. Each field without a resolver gets one doing what graphql-js
 * does, so both executors (direct-execution.ts) read the same values.
 */
function callableProperties(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.resolve) continue;
      const name = field.name;
      field.resolve = (source, args, ctx, info) => {
        const value = source?.[name];
        return typeof value === 'function' ? value.call(source, args, ctx, info) : value;
      };
    }
  }
  return schema;
}

let built: GraphQLSchema | undefined;

/** The schema is built once per process: type-graphql keeps its metadata globally. */
export function buildSchema(): GraphQLSchema {
  cacheValidationRules();
  built ??= callableProperties(redactFields(directRelations(transactionPerMutation(
    buildSchemaSync({
      resolvers: RESOLVERS,
      authChecker,
      authMode: 'error',
      validate: { skipMissingProperties: true, forbidUnknownValues: false },
      scalarsMap: [{ type: Date, scalar: DateTimeISOResolver }],
      emitSchemaFile: false,
    }),
  ))));
  return built;
}
