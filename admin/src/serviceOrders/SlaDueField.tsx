import AlarmIcon from '@mui/icons-material/Alarm';
import { Box } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { ServiceOrder } from '../../../schema/generated/graphql';
import { useFormatDateTime } from '../common/useFormatDateTime';

/** The SLA deadline, in red with an alarm once it has passed and the work is not done. */
export const SlaDueField = (_props: { source: string; label?: string }) => {
  const order = useRecordContext<Pick<ServiceOrder, 'slaDueAt' | 'overdue'>>();
  const format = useFormatDateTime();
  const translate = useTranslate();
  if (!order) return null;
  return (
    <Box
      component="span"
      title={order.overdue ? translate('app.order.due_overdue') : undefined}
      sx={{
        display: 'inline-flex',
        alignItems: 'center',
        gap: 0.5,
        whiteSpace: 'nowrap',
        ...(order.overdue && { color: 'error.main', fontWeight: 600 }),
      }}
    >
      {order.overdue && <AlarmIcon fontSize="inherit" />}
      {format(order.slaDueAt)}
    </Box>
  );
};
