import type { ReactNode } from 'react';
import LockIcon from '@mui/icons-material/Lock';
import { Box, Chip, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ServiceOrderStatus, TimelineAction } from '../../../schema/generated/graphql';
import { useFormatDateTime } from '../common/useFormatDateTime';
import { NoteText } from './NoteText';
import { StatusChip } from './StatusChip';

interface Props {
  action: TimelineAction | string;
  /** The action's name when it is not a service order's (other documents' timelines). */
  label?: string;
  /** The status reached, when it is not a service order's status. */
  statusChip?: ReactNode;
  /** The status after the step, shown when the step changed it. */
  status?: ServiceOrderStatus | null;
  at: string;
  /** The station or the call centre, as the API names it in the reader's language. */
  department: string;
  actorLabel?: string | null;
  /** What the system recorded, rendered by the API in the reader's language. */
  summary?: string | null;
  /** The person's own words. */
  note?: string | null;
  internal?: boolean;
  /** Order numbers in the note link to those orders (not on the public tracking page). */
  linkOrders?: boolean;
  latest: boolean;
  last: boolean;
}

/** One step of a courier-style tracker: a dot on a line, what happened, when, where, by whom. */
export const TimelineEntry = ({
  action,
  label,
  statusChip,
  status,
  at,
  department,
  actorLabel,
  summary,
  note,
  internal = false,
  linkOrders = true,
  latest,
  last,
}: Props) => {
  const translate = useTranslate();
  const format = useFormatDateTime();
  return (
    <Box component="li" data-action={action} sx={{ display: 'grid', gridTemplateColumns: '20px 1fr', columnGap: 1.5 }}>
      <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center' }}>
        <Box
          sx={{
            width: 12,
            height: 12,
            mt: 0.75,
            borderRadius: '50%',
            bgcolor: latest ? 'primary.main' : 'grey.400',
            boxShadow: latest ? (theme) => `0 0 0 4px ${theme.palette.primary.light}55` : undefined,
          }}
        />
        {!last && <Box sx={{ flex: 1, width: 2, bgcolor: 'divider', my: 0.5 }} />}
      </Box>
      <Box sx={{ pb: last ? 0 : 2, ...(internal && { bgcolor: 'action.hover', borderRadius: 1, px: 1, mb: 1 }) }}>
        <Stack direction="row" spacing={1} alignItems="center" useFlexGap flexWrap="wrap">
          <Typography component="span" sx={{ fontWeight: latest ? 700 : 600 }}>
            {label ?? translate(`enums.TimelineAction.${action}`)}
          </Typography>
          {statusChip ?? (status && <StatusChip status={status} />)}
          {internal && <Chip size="small" icon={<LockIcon />} label={translate('app.order.internal')} />}
        </Stack>
        <Typography variant="body2" color="text.secondary">
          {format(at)} · {department}
          {actorLabel && ` · ${translate('app.order.by', { actor: actorLabel })}`}
        </Typography>
        {summary && (
          <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', mt: 0.5 }}>
            <NoteText note={summary} linkOrders={linkOrders} />
          </Typography>
        )}
        {note && (
          <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', mt: 0.5, fontStyle: 'italic' }}>
            <NoteText note={note} linkOrders={linkOrders} />
          </Typography>
        )}
      </Box>
    </Box>
  );
};
