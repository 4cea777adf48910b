import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, Observable, from, type FetchResult } from '@apollo/client';
import { i18nProvider } from '../i18n';
import { readSession } from '../session';

/**
 * Every request carries the login token and the panel's language, so the API answers errors in
 * the language the user reads. Headers given in an operation's context win (login uses that).
 */
const headersLink = new ApolloLink((operation, forward) => {
  const token = readSession()?.token;
  operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
    headers: {
      'accept-language': i18nProvider.getLocale(),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
  }));
  return forward(operation);
});

type ErrorLike = { extensions?: Record<string, unknown> };

/**
 * A refusal as unauthenticated names the token its request carried (`extensions.sentToken`):
 * an answer to a request made before this sign-in, arriving late, must not sign the user out
 * (authProvider.checkError compares it with the session's token).
 */
const sentTokenLink = new ApolloLink((operation, forward) => {
  const authorization = (operation.getContext().headers as Record<string, string> | undefined)?.authorization;
  const sentToken = authorization?.replace(/^Bearer /, '') ?? null;
  const tag = <T extends { errors?: readonly ErrorLike[] }>(result: T): T =>
    result.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED')
      ? { ...result, errors: result.errors.map((e) => ({ ...e, extensions: { ...e.extensions, sentToken } })) }
      : result;
  return new Observable<FetchResult>((observer) => {
    const subscription = forward(operation).subscribe({
      next: (result) => observer.next(tag(result)),
      error: (error: { result?: { errors?: ErrorLike[] } }) => {
        if (error?.result?.errors) error.result = tag(error.result);
        observer.error(error);
      },
      complete: () => observer.complete(),
    });
    return () => subscription.unsubscribe();
  });
});

// Relative URI: the API serves the panel at `/` and itself at `/graphql` on the same origin.
export const apolloClient = new ApolloClient({
  link: from([headersLink, sentTokenLink, new HttpLink({ uri: 'graphql' })]),
  cache: new InMemoryCache(),
  // react-admin keeps its own cache; a second one in Apollo would only serve stale records.
  defaultOptions: {
    query: { fetchPolicy: 'no-cache' },
    mutate: { fetchPolicy: 'no-cache' },
  },
});
