import type { ApolloServerPlugin } from '@apollo/server';
import type { DocumentNode, GraphQLFormattedError, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import type { Context } from './context';
import { today } from '../common/dates';
import type { UsageCounter } from '../modules/auth/usage-counter';
import type { Deadline } from '../common/deadline';
import { type AppError, ErrorCode, badInput, queryTooComplex } from '../common/errors';
import { argumentErrors } from './argument-limits';
import { operationCost } from './query-cost';

type Errors = ReadonlyArray<GraphQLFormattedError>;

/** Errors carry both languages in `extensions.message`; the response speaks the caller's. */
function localise(errors: Errors | undefined, lang: string | undefined): Errors | undefined {
  if (lang !== 'en' || !errors) return errors;
  return errors.map((e) => {
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

/** Every field after the deadline failed the same way: the response says it once. */
function collapseTimeouts(errors: Errors | undefined): Errors | undefined {
  if (!errors) return errors;
  const timeouts = errors.filter((e) => e.extensions?.code === ErrorCode.TIMEOUT);
  return [...errors.filter((e) => e.extensions?.code !== ErrorCode.TIMEOUT), ...timeouts.slice(0, 1)];
}

/**
 * What every request goes through, whichever way it is executed (Apollo's pipeline through the
 * plugin below, or a query answered without it: direct-execution.ts):
 * - the time budget (common/deadline.ts): work that would start after the deadline (a statement,
 *   a DataLoader batch) fails with TIMEOUT, and the response then carries one TIMEOUT error (HTTP
 *   503); statements already sent are bounded by PostgreSQL's statement_timeout;
 * - partner usage, counted per key, day and operation in the process (`UsageCounter`);
 * - once per operation, before any field runs: plain arguments no input class validates (text
 *   longer than its column, ids that are not UUIDs: argument-limits.ts), then the cost (query-cost.ts:
 *   page sizes times selections) against the limit;
 * - errors in the caller's language.
 */
export class RequestRules {
  private readonly costs = new WeakMap<object, ReturnType<typeof perDocument<number>>>();

  constructor(private readonly opts: { maxCost: number; budgetMs: number; usage: UsageCounter }) {}

  /** Starts the request's clock. */
  begin(context: Context): Deadline | undefined {
    const budgetMs = this.opts.budgetMs;
    context.deadline = budgetMs ? { at: performance.now() + budgetMs, budgetMs, expired: false } : undefined;
    return context.deadline;
  }

  /** Counts a partner's operation. */
  count(context: Context, operationName: string | null | undefined): void {
    const actor = context.actor;
    if (actor?.kind === 'partner') this.opts.usage.record(actor.id, today(context.config.timeZone), operationName ?? 'anonymous');
  }

  /** Why the operation is refused before any field runs (arguments, then cost), if it is. */
  refusal(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: unknown): AppError | undefined {
    const refused = refusedArguments(schema)(document, operation, variables);
    if (refused.length) return badInput(refused, 400);
    const cost = this.costFor(schema)(document, operation, variables);
    if (cost > this.opts.maxCost) return queryTooComplex(cost, this.opts.maxCost);
    return undefined;
  }

  /** The response's errors as sent: timeouts said once, in the caller's language. */
  finish(errors: Errors | undefined, deadline: Deadline | undefined, lang: string | undefined): Errors | undefined {
    return localise(deadline?.expired ? collapseTimeouts(errors) : errors, lang);
  }

  private costFor(schema: GraphQLSchema) {
    let costOf = this.costs.get(schema);
    if (!costOf) {
      costOf = perDocument((document, operation, variables) =>
        operationCost({ schema, document: document as never, operation: operation as never, variables: variables as never }),
      );
      this.costs.set(schema, costOf);
    }
    return costOf;
  }
}

/** The rules as one Apollo plugin (one listener, so Apollo awaits one hook per stage rather than one per rule). */
export function requestRules(rules: RequestRules): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const deadline = rules.begin(contextValue);
      return {
        async didResolveOperation({ contextValue: context, document, operation, operationName, request, schema }) {
          rules.count(context, operationName);
          if (!operation) return;
          const refused = rules.refusal(schema, document, operation, request.variables);
          if (refused) throw refused;
        },
        async willSendResponse({ response, contextValue: context }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (deadline?.expired) response.http.status = 503;
          result.errors = rules.finish(result.errors, deadline, context?.lang) as typeof result.errors;
        },
      };
    },
  };
}
