import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from './context';
import { today } from '../common/dates';
import type { UsageCounter } from '../modules/auth/usage-counter';
import type { Deadline } from '../common/deadline';
import { ErrorCode, badInput, queryTooComplex, requestTimeout } from '../common/errors';
import { argumentErrors } from './argument-limits';
import { operationCost } from './query-cost';

/** Errors carry both languages in `extensions.message`; the response speaks the caller's. */
export const localiseErrors: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        if (contextValue?.lang !== 'en' || response.body.kind !== 'single') return;
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
      },
    };
  },
};

/** Counts every partner request per key, day and operation, in the process (see `UsageCounter`). */
export function partnerUsage(counter: UsageCounter): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operationName }) {
          const actor = contextValue.actor;
          if (actor?.kind !== 'partner') return;
          counter.record(actor.id, today(contextValue.config.timeZone), operationName ?? 'anonymous');
        },
      };
    },
  };
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
 * Refuses, once per operation before any field runs, plain arguments no input class validates:
 * text longer than its column, ids that are not UUIDs (argument-limits.ts).
 */
export const checkedArguments: ApolloServerPlugin<Context> = {
  async requestDidStart({ schema }) {
    return {
      async didResolveOperation({ document, operation, request }) {
        if (!operation) return;
        const refused = refusedArguments(schema)(document, operation, request.variables);
        if (refused.length) throw badInput(refused, 400);
      },
    };
  },
};

/**
 * Refuses an operation whose cost (query-cost.ts: page sizes times selections) is over the limit,
 * once per operation, after validation, when the variables are known and before any field runs.
 */
export function boundedQueries(maxCost: number): ApolloServerPlugin<Context> {
  const costs = new WeakMap<object, ReturnType<typeof perDocument<number>>>();
  return {
    async requestDidStart({ schema }) {
      let costOf = costs.get(schema);
      if (!costOf) {
        costOf = perDocument((document, operation, variables) =>
          operationCost({ schema, document: document as never, operation: operation as never, variables: variables as never }),
        );
        costs.set(schema, costOf);
      }
      const cost$ = costOf;
      return {
        async didResolveOperation({ document, operation, request }) {
          if (!operation) return;
          const cost = cost$(document, operation, request.variables);
          if (cost > maxCost) throw queryTooComplex(cost, maxCost);
        },
      };
    },
  };
}

/**
 * The request's time budget: work that would start after the deadline (a statement, a DataLoader
 * batch: see common/deadline.ts) fails with TIMEOUT instead, so a slow request stops doing work;
 * the response then carries one TIMEOUT error (HTTP 503). Statements already sent are bounded by
 * PostgreSQL's statement_timeout.
 */
export function requestDeadline(budgetMs: number): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      if (!budgetMs) return {};
      const deadline: Deadline = { at: performance.now() + budgetMs, budgetMs, expired: false };
      contextValue.deadline = deadline;
      return {
        async willSendResponse({ response }) {
          if (!deadline.expired || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          const timeouts = result.errors?.filter((e) => e.extensions?.code === ErrorCode.TIMEOUT) ?? [];
          const others = result.errors?.filter((e) => e.extensions?.code !== ErrorCode.TIMEOUT) ?? [];
          // Every field after the deadline failed the same way: say it once.
          result.errors = [...others, ...timeouts.slice(0, 1)];
          response.http.status = 503;
        },
      };
    },
  };
}
