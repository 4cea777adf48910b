import { Chip, type ChipProps } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ServiceOrderStatus } from '../../../schema/generated/graphql';

/** One colour per stage: waiting for the office, at the station, held up, done, closed. */
const COLORS: Record<ServiceOrderStatus, ChipProps['color']> = {
  RECEIVED: 'info',
  DISPATCHED: 'primary',
  IN_REPAIR: 'secondary',
  AWAITING_PARTS: 'warning',
  SENT_TO_AGENT: 'warning',
  BACK_FROM_AGENT: 'secondary',
  COMPLETED: 'success',
  RETURNED_TO_CUSTOMER: 'success',
  VISITED: 'default',
  CANCELLED: 'default',
};

export const StatusChip = ({ status, size = 'small' }: { status: ServiceOrderStatus; size?: ChipProps['size'] }) => {
  const translate = useTranslate();
  return (
    <Chip
      size={size}
      color={COLORS[status]}
      variant={status === 'CANCELLED' ? 'outlined' : 'filled'}
      label={translate(`enums.ServiceOrderStatus.${status}`)}
      data-status={status}
    />
  );
};
