import Negotiator from 'negotiator';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import {
  type DocumentNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ParseOptions,
  type ValidationRule,
  GraphQLError,
  execute,
  getOperationAST,
  getVariableValues,
  Kind,
  TypeInfo,
  getNamedType,
  isScalarType,
  parse,
  specifiedScalarTypes,
  valueFromASTUntyped,
  visit,
  visitWithTypeInfo,
  specifiedRules,
  validate,
} from 'graphql';
import type { Context } from './context';
import type { RequestRules } from './plugins';

/** The types Apollo answers a single result with, in its order of preference (ApolloServer.ts MEDIA_TYPES). */
const JSON_TYPE = 'application/json; charset=utf-8';
const RESPONSE_TYPES = [JSON_TYPE, 'application/graphql-response+json; charset=utf-8', 'application/json; callbackSpec=1.0; charset=utf-8'];

export interface DirectResponse {
  status: number;
  contentType: string;
  body: string;
}

interface Body {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
  extensions?: unknown;
}

export interface DirectOptions {
  /** Apollo's parse options and validation rules besides graphql-js's own: the same list is given to both. */
  parseOptions: ParseOptions;
  validationRules: ValidationRule[];
  formatError(formatted: GraphQLFormattedError, original: unknown): GraphQLFormattedError;
  /** What the Apollo plugin that hides field suggestions does to error messages. */
  maskMessage(message: string): string;
  /** From which request of a text on it is compiled to JavaScript (graphql-jit) rather than interpreted (0: never). */
  compileAfter: number;
  /** Query texts kept parsed and compiled (the oldest first out). */
  maxDocuments?: number;
}

/**
 * The variables with the operation's defaults for those not given: graphql-jit, unlike graphql-js,
 * refuses a missing non-null variable even when the operation declares a default for it.
 */
function withDefaults(operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  let filled = variables;
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (!definition.defaultValue || (variables && name in variables)) continue;
    filled = { ...filled, [name]: valueFromASTUntyped(definition.defaultValue) };
  }
  return filled;
}

const BUILT_IN_SCALARS = new Set(specifiedScalarTypes.map((t) => t.name));
const LITERALS = new Set<string>([Kind.STRING, Kind.INT, Kind.FLOAT, Kind.BOOLEAN]);

/**
 * graphql-jit writes a literal argument's parsed value into the code it generates (as JSON), so a
 * scalar of ours that parses to an object of a class (`DateOrDateTime` → DateBound) would arrive as
 * a plain object. A document with such a literal is interpreted instead; in variables it is fine.
 */
function literalsSurviveCompiling(schema: GraphQLSchema, document: DocumentNode): boolean {
  const typeInfo = new TypeInfo(schema);
  let survives = true;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      enter(node) {
        if (!LITERALS.has(node.kind)) return;
        const type = getNamedType(typeInfo.getInputType());
        if (type && isScalarType(type) && !BUILT_IN_SCALARS.has(type.name)) survives = false;
      },
    }),
  );
  return survives;
}

interface Known {
  document: DocumentNode;
  uses: number;
}

const isRecord = (o: unknown): o is Record<string, unknown> => !!o && typeof o === 'object' && !Array.isArray(o);

/**
 * Queries answered without Apollo's per-request pipeline (hooks, query hash, content negotiation,
 * response reordering: as much CPU as a small list's own work), compiled once per text with
 * graphql-jit, under the same context, request rules and error formatting.
 *
 * Only what needs nothing else of Apollo takes this way: a JSON POST of a query operation that
 * parses and validates (the same parse options and rules as Apollo's), whose variables coerce and
 * which the request rules admit. Everything else (a parse or validation error, a mutation, bad
 * variables, a refusal, persisted-query extensions, an `Accept` Apollo refuses) goes to Apollo
 * before anything has run, and Apollo answers it as it always has. test/api/direct-execution.test.ts
 * holds the two ways to the same answers, byte for byte.
 */
export class DirectExecution {
  /** Per query text: its document, or null when it does not parse or validate (Apollo says why). */
  private readonly documents = new Map<string, Known | null>();
  private readonly compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();
  private readonly contentTypes = new Map<string, string | null>();
  private readonly rulesToValidate: ValidationRule[];

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly rules: RequestRules,
    private readonly options: DirectOptions,
  ) {
    this.rulesToValidate = [...specifiedRules, ...options.validationRules];
  }

  /** The response, or undefined when the request must take Apollo's way (nothing has run then). */
  async execute(body: unknown, accept: string | undefined, contextOf: () => Promise<Context>): Promise<DirectResponse | undefined> {
    if (!isRecord(body)) return undefined;
    const { query, variables, operationName, extensions } = body as Body;
    if (typeof query !== 'string' || !query || extensions !== undefined) return undefined;
    if (variables !== undefined && variables !== null && !isRecord(variables)) return undefined;
    if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return undefined;
    const contentType = this.contentType(accept);
    if (!contentType) return undefined;
    const known = this.documentOf(query);
    if (!known) return undefined;
    const document = known.document;
    const operation = getOperationAST(document, operationName);
    if (!operation || operation.operation !== 'query') return undefined;
    const vars = variables ?? undefined;
    if (this.rules.refusal(this.schema, document, operation, vars)) return undefined;
    // Apollo answers bad variables as BAD_USER_INPUT with HTTP 400: it does so itself.
    if ('errors' in getVariableValues(this.schema, operation.variableDefinitions ?? [], vars ?? {}, { maxErrors: 50 })) return undefined;
    let context: Context;
    try {
      context = await contextOf();
    } catch {
      return undefined;
    }

    const deadline = this.rules.begin(context);
    this.rules.count(context, operation.name?.value);
    const after = this.options.compileAfter;
    const compiled = after > 0 && ++known.uses >= after ? this.compiledOf(document, operationName ?? undefined) : null;
    const interpret = () => execute({ schema: this.schema, document, contextValue: context, variableValues: vars, operationName });
    let result = compiled ? await compiled.query(undefined, context, withDefaults(operation, vars)) : await interpret();
    // graphql-jit coerces variables on its own and less completely (defaults of input fields), and
    // refuses before any field runs: the variables graphql-js accepted above are then interpreted.
    if (compiled && !('data' in result)) result = await interpret();
    let status = 200;
    let errors: ReadonlyArray<GraphQLFormattedError> | undefined;
    if (result.errors?.length) {
      errors = result.errors.map((error) => {
        const { formatted, httpStatus } = this.format(error);
        if (httpStatus) status = httpStatus;
        return formatted;
      });
    }
    if (deadline?.expired) status = 503;
    errors = this.rules.finish(errors, deadline, context.lang);
    // Apollo's order: errors, data, extensions.
    return { status, contentType, body: JSON.stringify({ errors, data: result.data, extensions: result.extensions }) + '\n' };
  }

  private documentOf(query: string): Known | null {
    let known = this.documents.get(query);
    if (known !== undefined) return known;
    try {
      const parsed = parse(query, this.options.parseOptions);
      known = validate(this.schema, parsed, this.rulesToValidate).length ? null : { document: parsed, uses: 0 };
    } catch {
      known = null;
    }
    if (this.documents.size >= (this.options.maxDocuments ?? 1000)) this.documents.delete(this.documents.keys().next().value!);
    this.documents.set(query, known);
    return known;
  }

  private compiledOf(document: DocumentNode, operationName: string | undefined): CompiledQuery | null {
    let byName = this.compiled.get(document);
    if (!byName) this.compiled.set(document, (byName = new Map()));
    const key = operationName ?? '';
    let compiled = byName.get(key);
    if (compiled === undefined) {
      const made = literalsSurviveCompiling(this.schema, document) ? compileQuery(this.schema, document, operationName) : null;
      compiled = made && isCompiledQuery(made) ? made : null;
      byName.set(key, compiled);
    }
    return compiled;
  }

  /**
   * As Apollo formats an error (errorNormalize.ts, after the suggestion-hiding plugin): the message
   * masked, a default code, `extensions.http` read for the status and removed, then ours.
   */
  private format(error: GraphQLError): { formatted: GraphQLFormattedError; httpStatus?: number } {
    const json = error.toJSON();
    const extensions: Record<string, unknown> = { ...error.extensions, code: error.extensions?.code ?? 'INTERNAL_SERVER_ERROR' };
    const http = extensions.http as { status?: unknown } | undefined;
    delete extensions.http;
    const httpStatus = http && typeof http === 'object' && typeof http.status === 'number' ? http.status : undefined;
    try {
      return { formatted: this.options.formatError({ ...json, message: this.options.maskMessage(json.message), extensions }, error), httpStatus };
    } catch {
      return { formatted: { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, httpStatus };
    }
  }

  /** What Apollo would answer for an `Accept` header, computed once per distinct header. */
  private contentType(accept: string | undefined): string | null {
    if (!accept) return JSON_TYPE;
    let type = this.contentTypes.get(accept);
    if (type === undefined) {
      type = new Negotiator({ headers: { accept } }).mediaType(RESPONSE_TYPES) ?? null;
      if (this.contentTypes.size > 100) this.contentTypes.clear();
      this.contentTypes.set(accept, type);
    }
    return type;
  }
}
