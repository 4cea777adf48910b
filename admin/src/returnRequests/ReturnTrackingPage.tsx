import { Alert, Box, Card, CardContent, CircularProgress, Container, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useParams, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../dataProvider';
import { formatMoney } from '../common/money';
import { useFormatDateTime } from '../common/useFormatDateTime';
import { TimelineEntry } from '../serviceOrders/TimelineEntry';
import { StockStatusChip } from '../stock/StockStatusChip';

/** 退换货进度: what the customer sees through the return's tracking link, without login: no internal text, no staff, no review between departments. */
export const ReturnTrackingPage = () => {
  const { token = '' } = useParams<{ token: string }>();
  const dataProvider = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  const format = useFormatDateTime();
  const { data: tracking, isPending, error } = useQuery({
    queryKey: ['returnTracking', token],
    queryFn: async () => (await dataProvider.trackReturnRequestByToken(token)).data,
    retry: false,
  });
  const steps = [...(tracking?.steps ?? [])].reverse();
  return (
    <Container maxWidth="sm" sx={{ py: 4 }}>
      <Typography variant="h5" component="h1" gutterBottom>
        {translate('app.returns.tracking.title')}
      </Typography>
      {isPending && <CircularProgress />}
      {error && <Alert severity="warning">{translate('app.returns.tracking.not_found')}</Alert>}
      {tracking && (
        <Card>
          <CardContent>
            <Stack direction="row" spacing={2} alignItems="center" sx={{ mb: 1 }}>
              <Typography variant="h6">{tracking.number}</Typography>
              <StockStatusChip enumName="ReturnStatus" status={tracking.status} />
            </Stack>
            <Typography variant="body2" color="text.secondary">
              {translate(`enums.ReturnKind.${tracking.kind}`)} · {tracking.goods.join('；')} · {format(tracking.requestedAt)}
            </Typography>
            {tracking.refundTotal > 0 && (
              <Typography variant="body2" color="text.secondary">
                {translate('resources.returnRequests.fields.refundTotal')} {formatMoney(tracking.refundTotal)}
              </Typography>
            )}
            {tracking.rejectReason && <Alert severity="info" sx={{ mt: 1 }}>{tracking.rejectReason}</Alert>}
            <Box component="ol" sx={{ listStyle: 'none', m: 0, mt: 2, p: 0 }}>
              {steps.map((step, i) => (
                <TimelineEntry
                  key={`${step.at}-${step.action}`}
                  action={step.action}
                  label={translate(`enums.ReturnEventAction.${step.action}`)}
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
