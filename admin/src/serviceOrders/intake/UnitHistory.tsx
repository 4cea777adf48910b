import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { Chip, Stack, Typography } from '@mui/material';
import { useCreatePath, useTranslate } from 'react-admin';
import type { ServiceOrder } from '../../../../schema/generated/graphql';
import { StatusChip } from '../StatusChip';
import { OPEN_STATUSES } from './openStatuses';

type Summary = Pick<ServiceOrder, 'id' | 'number' | 'status' | 'createdAt'>;

/** A unit's earlier orders, newest first; an open one is flagged (the call may be about it). */
export const UnitHistory = ({ orders }: { orders: Summary[] }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  if (orders.length === 0) return null;
  const open = orders.find((o) => OPEN_STATUSES.includes(o.status));
  return (
    <Stack direction="row" spacing={1} alignItems="center" useFlexGap flexWrap="wrap" component="span">
      {open && <Chip size="small" color="warning" icon={<WarningAmberIcon />} label={translate('app.order.intake.open_order')} />}
      {orders.slice(0, 3).map((order) => (
        <Stack key={order.id} direction="row" spacing={0.5} alignItems="center" component="span">
          <Typography variant="body2" component="span">
            <a
              href={`#${createPath({ resource: 'serviceOrders', id: order.id, type: 'show' })}`}
              target="_blank"
              rel="noreferrer"
            >
              {order.number}
            </a>
          </Typography>
          <StatusChip status={order.status} />
        </Stack>
      ))}
    </Stack>
  );
};
