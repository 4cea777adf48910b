import { Box, Card, CardContent, Divider, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { ServiceOrder } from '../../../../schema/generated/graphql';
import { OrderFlags } from '../OrderFlags';
import { SlaDueField } from '../SlaDueField';
import { StatusChip } from '../StatusChip';
import { OrderActions } from '../steps/OrderActions';
import { OrderTools } from './OrderTools';

/** Number, status and flags, the SLA deadline, then what can be done now. */
export const OrderHeader = () => {
  const order = useRecordContext<ServiceOrder>();
  const translate = useTranslate();
  if (!order) return null;
  return (
    <Card>
      <CardContent>
        <Stack direction="row" spacing={2} alignItems="center" useFlexGap flexWrap="wrap">
          <Typography variant="h5" component="h1" sx={{ fontWeight: 600 }}>
            {order.number}
          </Typography>
          <StatusChip status={order.status} size="medium" />
          <OrderFlags withOverdue />
          <Box sx={{ flex: 1 }} />
          <Typography variant="body2" color="text.secondary" component="div">
            {translate('resources.serviceOrders.fields.slaDueAt')} <SlaDueField source="slaDueAt" />
          </Typography>
        </Stack>
        <Stack direction="row" spacing={1} alignItems="center" useFlexGap flexWrap="wrap" sx={{ mt: 2 }} aria-label="actions">
          <OrderActions />
          {order.allowedActions?.length > 0 && <Divider orientation="vertical" flexItem sx={{ mx: 1 }} />}
          <OrderTools />
        </Stack>
      </CardContent>
    </Card>
  );
};
