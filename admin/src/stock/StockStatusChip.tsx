import { Chip, type ChipProps } from '@mui/material';
import { useTranslate } from 'react-admin';

/** Stock documents' states by what they mean for the keeper: to act on, under way, done, dropped. */
const COLORS: Record<string, ChipProps['color']> = {
  APPLIED: 'info',
  OPEN: 'info',
  PROCESSING: 'primary',
  ORDERING: 'primary',
  IN_TRANSIT: 'warning',
  LENT: 'warning',
  ISSUED: 'secondary',
  RECEIVED: 'success',
  RETURNED: 'success',
  CONFIRMED: 'success',
  CLOSED: 'default',
  REJECTED: 'default',
  CANCELLED: 'default',
};

export const StockStatusChip = ({ enumName, status, size = 'small' }: { enumName: string; status: string; size?: ChipProps['size'] }) => {
  const translate = useTranslate();
  return (
    <Chip
      size={size}
      color={COLORS[status] ?? 'default'}
      variant={['CANCELLED', 'REJECTED'].includes(status) ? 'outlined' : 'filled'}
      label={translate(`enums.${enumName}.${status}`)}
      data-status={status}
    />
  );
};
