import 'reflect-metadata';
import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { SYSTEM_ACTOR } from '../modules/auth/actor';
import { runAs } from '../modules/audit/audit-context';
import { authChecker } from './auth-checker';
import type { Context } from './context';
import { RESOLVERS } from './resolvers';

/** Each mutation field is one transaction, and its changes are audited under the caller's name. */
function transactionPerMutation(schema: GraphQLSchema): GraphQLSchema {
  const mutation = schema.getMutationType();
  for (const field of Object.values(mutation?.getFields() ?? {})) {
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = (source, args, ctx: Context, info) =>
      runAs(ctx.actor ?? SYSTEM_ACTOR, () => ctx.em.transactional(() => resolve(source, args, ctx, info)));
  }
  return schema;
}

let built: GraphQLSchema | undefined;

/** The schema is built once per process: type-graphql keeps its metadata globally. */
export function buildSchema(): GraphQLSchema {
  built ??= transactionPerMutation(
    buildSchemaSync({
      resolvers: RESOLVERS,
      authChecker,
      authMode: 'error',
      validate: { skipMissingProperties: true, forbidUnknownValues: false },
      scalarsMap: [{ type: Date, scalar: DateTimeISOResolver }],
      emitSchemaFile: false,
    }),
  );
  return built;
}
