import { Alert } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../dataProvider';

/**
 * On report pages (dashboard, queries): reports read from a standby when there is one; when it is
 * more than a few seconds behind the primary, say so, with how far, so figures are not mistaken
 * for the latest. Nothing is shown otherwise.
 */
export const ReplicaLagNotice = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { data } = useQuery({
    queryKey: ['readReplica'],
    queryFn: async () => (await dataProvider.readReplica()).data,
    refetchInterval: 15_000,
  });
  if (!data?.stale) return null;
  return (
    <Alert severity="warning" sx={{ mb: 2 }} data-testid="replica-lag">
      {translate('app.replica_lag', { seconds: Math.round(data.lagSeconds ?? 0) })}
    </Alert>
  );
};
