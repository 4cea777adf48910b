import { HttpError } from 'ra-core';

/** Stable codes of the API's errors (`extensions.code`). */
export type ApiErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'IN_USE'
  | 'INVALID_TRANSITION'
  | 'TOO_MANY_ATTEMPTS';

interface GraphQLErrorLike {
  message: string;
  extensions?: { code?: string; field?: string; fields?: Array<{ field: string; message: string }>; sentToken?: string | null };
}

/** The body of the HttpError a failed request throws: react-admin's forms read `errors` per field. */
export interface ApiErrorBody {
  code?: ApiErrorCode;
  errors?: Record<string, unknown>;
  /** On UNAUTHENTICATED: the token the refused request carried (null: none); see apolloClient.ts. */
  sentToken?: string | null;
}

const STATUS: Partial<Record<string, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  IN_USE: 409,
  INVALID_TRANSITION: 409,
  TOO_MANY_ATTEMPTS: 429,
};

function graphQLErrors(error: unknown): GraphQLErrorLike[] {
  // ra-data-graphql wraps Apollo's error as the body of an HttpError; a non-2xx answer keeps the
  // GraphQL errors in the network error's result.
  const e = error as { body?: unknown; graphQLErrors?: GraphQLErrorLike[] };
  const apollo = (e?.body ?? e) as {
    graphQLErrors?: GraphQLErrorLike[];
    networkError?: { result?: { errors?: GraphQLErrorLike[] } };
  };
  if (apollo?.graphQLErrors?.length) return apollo.graphQLErrors;
  return apollo?.networkError?.result?.errors ?? [];
}

/** Input fields are reported as `name` (or `input.name`); forms know them as `name`. */
const formField = (field: string) => field.replace(/^input\./, '');

/**
 * Turns a failed GraphQL request into the HttpError react-admin expects: the server's message
 * (already in the user's language), an HTTP-like status, and per-field errors for forms.
 */
export function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError && (error.body as ApiErrorBody | undefined)?.code) return error;
  const [first] = graphQLErrors(error);
  if (!first) {
    const message = error instanceof Error ? error.message : String(error);
    return new HttpError(message, error instanceof HttpError ? error.status : 500, {});
  }
  const code = first.extensions?.code as ApiErrorCode | undefined;
  const body: ApiErrorBody = { code };
  if (code === 'UNAUTHENTICATED' && first.extensions?.sentToken !== undefined) body.sentToken = first.extensions.sentToken;
  if (code === 'BAD_USER_INPUT' && first.extensions?.fields?.length) {
    body.errors = Object.fromEntries(first.extensions.fields.map((f) => [formField(f.field), f.message]));
  } else if (code === 'CONFLICT' && first.extensions?.field) {
    body.errors = { [formField(first.extensions.field)]: first.message };
  }
  if (body.errors) body.errors.root = { serverError: first.message };
  return new HttpError(first.message, STATUS[code ?? ''] ?? 500, body);
}

export function errorCode(error: unknown): ApiErrorCode | undefined {
  return ((error as HttpError | undefined)?.body as ApiErrorBody | undefined)?.code;
}

/** The token a request refused as unauthenticated carried: null when none, undefined when not known. */
export function sentToken(error: unknown): string | null | undefined {
  return ((error as HttpError | undefined)?.body as ApiErrorBody | undefined)?.sentToken;
}
