import { print } from 'graphql';
import type { BuildQueryResult } from 'ra-data-graphql';
import { toHttpError } from '../../admin/src/dataProvider/errors';
import { buildOperations, type Request } from '../../admin/src/dataProvider/operations';
import { buildAnalytics } from '../../admin/src/analytics/analyticsApi';
import type { Caller, TestApp } from './test-app';

/** The panel's requests sent as the browser would, with the provider's error mapping. */
function requestAs(t: TestApp, caller: Caller): Request {
  return async (document, variables) => {
    const res = await t.gql(document, variables, caller);
    if (res.errors?.length) throw toHttpError({ graphQLErrors: res.errors });
    return res.data as Record<string, unknown>;
  };
}

/** The provider's own methods (dataProvider/operations.ts), talking to the test app as `caller`. */
export const operationsAs = (t: TestApp, caller: Caller = t.admin) => buildOperations(requestAs(t, caller));

/** The panel's query, export and import calls (analytics/analyticsApi.ts), talking to the test app as `caller`. */
export const analyticsAs = (t: TestApp, caller: Caller = t.admin) => buildAnalytics(requestAs(t, caller));

/** Sends what the provider's buildQuery built and parses the answer the provider's way. */
export async function runBuilt(t: TestApp, built: BuildQueryResult, caller: Caller = t.admin) {
  const data = await requestAs(t, caller)(print(built.query), built.variables as Record<string, unknown>, 'query');
  return built.parseResponse({ data } as never);
}
