import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, from } from '@apollo/client';
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

// Relative URI: the API serves the panel at `/` and itself at `/graphql` on the same origin.
export const apolloClient = new ApolloClient({
  link: from([headersLink, new HttpLink({ uri: 'graphql' })]),
  cache: new InMemoryCache(),
  // react-admin keeps its own cache; a second one in Apollo would only serve stale records.
  defaultOptions: {
    query: { fetchPolicy: 'no-cache' },
    mutate: { fetchPolicy: 'no-cache' },
  },
});
