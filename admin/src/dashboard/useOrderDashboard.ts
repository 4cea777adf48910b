import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { AppDataProvider } from '../dataProvider';

/** The dashboard's counts, shared by the dashboard and the menu's overdue badge; refreshed every minute. */
export function useOrderDashboard(enabled = true) {
  const dataProvider = useDataProvider<AppDataProvider>();
  return useQuery({
    queryKey: ['orderDashboard'],
    queryFn: async () => (await dataProvider.orderDashboard()).data,
    refetchInterval: 60_000,
    enabled,
  });
}
