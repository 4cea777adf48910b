import { Stack } from '@mui/material';
import { Link, useCreatePath } from 'react-admin';
import type { ServiceOrder } from '../../../schema/generated/graphql';
import { StatusChip } from './StatusChip';

/** Another order (previous, rework, history): its number linked to its page, with its status. */
export const OrderLink = ({ order }: { order: Pick<ServiceOrder, 'id' | 'number' | 'status'> }) => {
  const createPath = useCreatePath();
  return (
    <Stack direction="row" spacing={1} alignItems="center" component="span">
      <Link to={createPath({ resource: 'serviceOrders', id: order.id, type: 'show' })}>{order.number}</Link>
      <StatusChip status={order.status} />
    </Stack>
  );
};
