import { Grid, Stack } from '@mui/material';
import { Show, useRecordContext } from 'react-admin';
import type { ServiceOrder } from '../../../../schema/generated/graphql';
import { OrderDetails } from './OrderDetails';
import { OrderFees } from './OrderFees';
import { OrderHeader } from './OrderHeader';
import { OrderParts } from './OrderParts';
import { OrderTimeline } from './OrderTimeline';

const OrderTitle = () => {
  const order = useRecordContext<ServiceOrder>();
  return <span>{order?.number}</span>;
};

/** The order page: header with the allowed steps, details on the left, the timeline, fees and parts on the right. */
export const ServiceOrderShow = () => (
  <Show actions={false} title={<OrderTitle />} component="div">
    <Stack spacing={2} sx={{ mt: 1 }}>
      <OrderHeader />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 7 }}>
          <OrderDetails />
        </Grid>
        <Grid size={{ xs: 12, md: 5 }}>
          <Stack spacing={2}>
            <OrderTimeline />
            <OrderFees />
            <OrderParts />
          </Stack>
        </Grid>
      </Grid>
    </Stack>
  </Show>
);
