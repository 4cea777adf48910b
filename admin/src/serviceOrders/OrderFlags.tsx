import { Chip, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { ServiceOrder } from '../../../schema/generated/graphql';

type Flagged = Pick<ServiceOrder, 'overdue' | 'repeatRepair' | 'exchangeOffered' | 'returnOffered' | 'inWarranty' | 'reworkOfId' | 'attribute'>;

/** 超期, 重修, 三包换货, 包退, 在保 … as small chips; `withOverdue` where no SLA column shows it already. */
export const OrderFlags = ({ withOverdue = false }: { label?: string; sortable?: boolean; withOverdue?: boolean }) => {
  const order = useRecordContext<Flagged>();
  const translate = useTranslate();
  if (!order) return null;
  const flags: Array<[boolean, string, 'error' | 'warning' | 'secondary' | 'success' | 'info' | 'default']> = [
    [withOverdue && order.overdue, 'overdue', 'error'],
    [order.repeatRepair, 'repeatRepair', 'warning'],
    [!!order.reworkOfId, 'rework', 'warning'],
    [order.exchangeOffered, 'exchangeOffered', 'secondary'],
    [order.returnOffered, 'returnOffered', 'secondary'],
    [order.inWarranty, 'inWarranty', 'success'],
    [order.attribute === 'PRE_SALE', 'preSale', 'info'],
  ];
  return (
    <Stack direction="row" spacing={0.5} useFlexGap flexWrap="wrap">
      {flags
        .filter(([on]) => on)
        .map(([, flag, color]) => (
          <Chip key={flag} size="small" variant="outlined" color={color} label={translate(`app.order.flags.${flag}`)} />
        ))}
    </Stack>
  );
};
