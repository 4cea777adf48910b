import { Alert, Box, Card, CardContent, CircularProgress, Container, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useParams, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../../dataProvider';
import { useFormatDateTime } from '../../common/useFormatDateTime';
import { StatusChip } from '../StatusChip';
import { TimelineEntry } from '../TimelineEntry';

/** 服务进度查询: what the customer sees through the tracking link, without login; the safe timeline only. */
export const TrackingPage = () => {
  const { token = '' } = useParams<{ token: string }>();
  const dataProvider = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  const format = useFormatDateTime();
  const {
    data: tracking,
    isPending,
    error,
  } = useQuery({
    queryKey: ['tracking', token],
    queryFn: async () => (await dataProvider.trackServiceOrderByToken(token)).data,
    retry: false,
  });
  const steps = [...(tracking?.steps ?? [])].reverse();
  return (
    <Container maxWidth="sm" sx={{ py: 4 }}>
      <Typography variant="h5" component="h1" gutterBottom>
        {translate('app.order.tracking.title')}
      </Typography>
      {isPending && <CircularProgress />}
      {error && <Alert severity="warning">{translate('app.order.tracking.not_found')}</Alert>}
      {tracking && (
        <Card>
          <CardContent>
            <Stack direction="row" spacing={2} alignItems="center" sx={{ mb: 1 }}>
              <Typography variant="h6">{tracking.number}</Typography>
              <StatusChip status={tracking.status} />
            </Stack>
            <Typography variant="body2" color="text.secondary">
              {tracking.productModel} {tracking.productName} · {translate('app.order.tracking.received_at')}{' '}
              {format(tracking.receivedAt)}
            </Typography>
            {tracking.stationName && (
              <Typography variant="body2" color="text.secondary">
                {tracking.stationName}
                {tracking.stationPhone && ` · ${translate('app.order.tracking.station_phone')} ${tracking.stationPhone}`}
              </Typography>
            )}
            {tracking.appointmentStart && (
              <Typography variant="body2" color="text.secondary">
                {translate('app.order.tracking.appointment')}{' '}
                {translate('app.order.appointment_window', {
                  start: format(tracking.appointmentStart),
                  end: tracking.appointmentEnd ? format(tracking.appointmentEnd) : '',
                })}
              </Typography>
            )}
            <Box component="ol" sx={{ listStyle: 'none', m: 0, mt: 2, p: 0 }}>
              {steps.map((step, i) => (
                <TimelineEntry
                  key={`${step.at}-${step.action}`}
                  action={step.action}
                  at={step.at}
                  department={step.department}
                  summary={step.summary}
                  linkOrders={false}
                  latest={i === 0}
                  last={i === steps.length - 1}
                />
              ))}
            </Box>
          </CardContent>
        </Card>
      )}
    </Container>
  );
};
