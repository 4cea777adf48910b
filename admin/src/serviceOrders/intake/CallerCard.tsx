import { Box, Button, Chip, Stack, Typography } from '@mui/material';
import { useCreatePath, useTranslate } from 'react-admin';
import { useFormatDateTime } from '../../common/useFormatDateTime';
import type { Caller } from '../../dataProvider/operations';
import { StatusChip } from '../StatusChip';

/** The chosen caller: who they are and their latest orders (opened in a new tab, so the intake stays). */
export const CallerCard = ({ caller, onChange }: { caller: Caller; onChange: () => void }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const format = useFormatDateTime();
  return (
    <Box data-testid="caller" sx={{ border: 1, borderColor: 'primary.main', borderRadius: 1, p: 1.5 }}>
      <Stack direction="row" spacing={1} alignItems="center" useFlexGap flexWrap="wrap">
        <Typography sx={{ fontWeight: 600 }}>{caller.name}</Typography>
        <Typography color="text.secondary">{[caller.mobile, ...caller.phones].filter(Boolean).join(' / ')}</Typography>
        {caller.serviceLevel !== 'NORMAL' && (
          <Chip size="small" color="secondary" label={translate(`enums.ServiceLevel.${caller.serviceLevel}`)} />
        )}
        {caller.kind !== 'INDIVIDUAL' && (
          <Chip size="small" variant="outlined" label={translate(`enums.CustomerKind.${caller.kind}`)} />
        )}
        <Box sx={{ flex: 1 }} />
        <Button size="small" onClick={onChange}>
          {translate('app.order.intake.change_customer')}
        </Button>
      </Stack>
      {caller.address && (
        <Typography variant="body2" color="text.secondary">
          {caller.address}
        </Typography>
      )}
      <Typography variant="caption" color="text.secondary" component="div" sx={{ mt: 1 }}>
        {translate('app.order.intake.recent_orders')}
      </Typography>
      {caller.serviceOrders.length === 0 && <Typography variant="body2">{translate('app.order.intake.no_orders')}</Typography>}
      {caller.serviceOrders.map((order) => (
        <Stack key={order.id} direction="row" spacing={1} alignItems="center" sx={{ fontSize: 14 }}>
          <a href={`#${createPath({ resource: 'serviceOrders', id: order.id, type: 'show' })}`} target="_blank" rel="noreferrer">
            {order.number}
          </a>
          <StatusChip status={order.status} />
          <span>{format(order.createdAt, false)}</span>
          <Typography variant="body2" color="text.secondary" noWrap>
            {order.reportedSymptom}
          </Typography>
        </Stack>
      ))}
    </Box>
  );
};
