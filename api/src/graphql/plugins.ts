import type { ApolloServerPlugin, GraphQLResponse } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import type { Context } from './context';
import { today } from '../common/dates';
import type { UsageCounter } from '../modules/auth/usage-counter';
import type { Deadline } from '../common/deadline';
import { ErrorCode, badInput, queryTooComplex, requestTimeout } from '../common/errors';
import { argumentErrors } from './argument-limits';
import { operationCost } from './query-cost';

type Response = GraphQLResponse;

/** Errors carry both languages in `extensions.message`; the response speaks the caller's. */
function localise(response: Response, lang: string | undefined): void {
  if (lang !== 'en' || response.body.kind !== 'single') return;
  const errors = response.body.singleResult.errors;
  if (!errors) return;
  response.body.singleResult.errors = errors.map((e) => {
    const bilingual = e.extensions?.message as { en?: string } | undefined;
    const fields = e.extensions?.fields as Array<{ messageEn?: string }> | undefined;
    return {
      ...e,
      message: bilingual?.en ?? e.message,
      extensions: {
        ...e.extensions,
        ...(fields ? { fields: fields.map((f) => ({ ...f, message: f.messageEn })) } : {}),
      },
    };
  });
}

const ARGUMENT_CHECKS = new WeakMap<object, ReturnType<typeof perDocument<ReturnType<typeof argumentErrors>>>>();
function refusedArguments(schema: Parameters<typeof argumentErrors>[0]) {
  let check = ARGUMENT_CHECKS.get(schema);
  if (!check) {
    check = perDocument((document, operation, variables) => argumentErrors(schema, document as never, operation as never, variables as never));
    ARGUMENT_CHECKS.set(schema, check);
  }
  return check;
}

/** Per parsed document (Apollo keeps one per query text) and variables: what a check found, computed once. */
function perDocument<T>(compute: (document: object, operation: object, variables: unknown) => T) {
  const known = new WeakMap<object, Map<string, T>>();
  return (document: object, operation: object, variables: unknown): T => {
    let byVariables = known.get(operation);
    if (!byVariables) known.set(operation, (byVariables = new Map()));
    const key = JSON.stringify(variables ?? {});
    if (byVariables.has(key)) return byVariables.get(key)!;
    const value = compute(document, operation, variables);
    if (byVariables.size > 100) byVariables.clear();
    byVariables.set(key, value);
    return value;
  };
}

/**
 * What every request goes through, as one Apollo plugin (one listener, so Apollo awaits one hook
 * per stage rather than one per rule):
 * - the time budget (common/deadline.ts): work that would start after the deadline (a statement,
 *   a DataLoader batch) fails with TIMEOUT, and the response then carries one TIMEOUT error (HTTP
 *   503); statements already sent are bounded by PostgreSQL's statement_timeout;
 * - partner usage, counted per key, day and operation in the process (`UsageCounter`);
 * - once per operation, before any field runs: plain arguments no input class validates (text
 *   longer than its column, ids that are not UUIDs: argument-limits.ts), then the cost (query-cost.ts:
 *   page sizes times selections) against the limit;
 * - errors in the caller's language.
 */
export function requestRules(opts: { maxCost: number; budgetMs: number; usage: UsageCounter }): ApolloServerPlugin<Context> {
  const costs = new WeakMap<object, ReturnType<typeof perDocument<number>>>();
  const costFor = (schema: GraphQLSchema) => {
    let costOf = costs.get(schema);
    if (!costOf) {
      costOf = perDocument((document, operation, variables) =>
        operationCost({ schema, document: document as never, operation: operation as never, variables: variables as never }),
      );
      costs.set(schema, costOf);
    }
    return costOf;
  };
  return {
    async requestDidStart({ contextValue, schema }) {
      const deadline: Deadline | undefined = opts.budgetMs ? { at: performance.now() + opts.budgetMs, budgetMs: opts.budgetMs, expired: false } : undefined;
      contextValue.deadline = deadline;
      return {
        async didResolveOperation({ contextValue: context, document, operation, operationName, request }) {
          const actor = context.actor;
          if (actor?.kind === 'partner') opts.usage.record(actor.id, today(context.config.timeZone), operationName ?? 'anonymous');
          if (!operation) return;
          const refused = refusedArguments(schema)(document, operation, request.variables);
          if (refused.length) throw badInput(refused, 400);
          const cost = costFor(schema)(document, operation, request.variables);
          if (cost > opts.maxCost) throw queryTooComplex(cost, opts.maxCost);
        },
        async willSendResponse({ response, contextValue: context }) {
          if (deadline?.expired && response.body.kind === 'single') {
            const result = response.body.singleResult;
            const timeouts = result.errors?.filter((e) => e.extensions?.code === ErrorCode.TIMEOUT) ?? [];
            const others = result.errors?.filter((e) => e.extensions?.code !== ErrorCode.TIMEOUT) ?? [];
            // Every field after the deadline failed the same way: say it once.
            result.errors = [...others, ...timeouts.slice(0, 1)];
            response.http.status = 503;
          }
          localise(response, context?.lang);
        },
      };
    },
  };
}
