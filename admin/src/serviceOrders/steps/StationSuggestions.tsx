import { useEffect } from 'react';
import { Chip, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useTranslate, type Identifier } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import type { AppDataProvider } from '../../dataProvider';

/** 区域派工: the nearest repair stations with room, one click to choose; the best is preselected when none is set. */
export const StationSuggestions = ({ orderId }: { orderId: Identifier }) => {
  const dataProvider = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  const stationId = useWatch({ name: 'stationId' }) as string | null;
  const { setValue } = useFormContext();
  const { data } = useQuery({
    queryKey: ['stationSuggestions', orderId],
    queryFn: async () => (await dataProvider.stationSuggestions(orderId)).data,
  });
  const best = data?.[0]?.station.id;
  useEffect(() => {
    if (!stationId && best) setValue('stationId', best, { shouldDirty: true });
  }, [stationId, best, setValue]);

  if (!data?.length) return null;
  const t = (key: string, options?: object) => translate(`app.order.dispatch.${key}`, options);
  return (
    <Stack spacing={0.5} sx={{ mb: 1 }}>
      <Typography variant="subtitle2">{t('stations')}</Typography>
      <Stack direction="row" flexWrap="wrap" gap={1}>
        {data.slice(0, 4).map((s) => (
          <Chip
            key={s.station.id}
            clickable
            color={s.overCapacity ? 'error' : s.withinRadius ? 'success' : 'default'}
            variant={s.station.id === stationId ? 'filled' : 'outlined'}
            onClick={() => setValue('stationId', s.station.id, { shouldDirty: true })}
            label={[
              s.station.name,
              s.distanceKm != null ? t('km', { km: s.distanceKm }) : null,
              s.overCapacity ? t('over_capacity') : t('open_orders', { open: s.openOrders, capacity: s.dailyCapacity }),
            ]
              .filter(Boolean)
              .join(' · ')}
          />
        ))}
      </Stack>
    </Stack>
  );
};
