import { useMemo } from 'react';
import { request } from '../dataProvider';
import { buildAnalytics, type AnalyticsApi } from './analyticsApi';

const api = buildAnalytics(request);

/** The analytics calls, on the panel's GraphQL client (session and language headers included). */
export function useAnalytics(): AnalyticsApi {
  return useMemo(() => api, []);
}
