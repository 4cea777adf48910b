import type { ReactNode } from 'react';
import { Box, Grid, Stack, Typography } from '@mui/material';
import { Show, useRecordContext, useTranslate } from 'react-admin';
import { lifecycleOf, type AfterSalesResource } from '../dataProvider/afterSalesOperations';
import { Section } from '../serviceOrders/Section';
import { TimelineEntry } from '../serviceOrders/TimelineEntry';
import { StockStatusChip } from '../stock/StockStatusChip';
import { DocumentActions } from './DocumentActions';

type Doc = Record<string, unknown> & { id: string; number: string; status: string; timeline?: TimelineEvent[] };

interface TimelineEvent {
  id: string;
  at: string;
  action: string;
  fromStatus?: string | null;
  status: string;
  actorLabel?: string | null;
  department: string;
  summary?: string | null;
  note?: string | null;
}

const Title = () => <span>{useRecordContext<Doc>()?.number}</span>;

/** The document's timeline as a tracker, the latest step on top. */
const Timeline = ({ eventEnum, statusEnum }: { eventEnum: string; statusEnum: string }) => {
  const doc = useRecordContext<Doc>();
  const translate = useTranslate();
  if (!doc) return null;
  const events = [...(doc.timeline ?? [])].reverse();
  return (
    <Section title="app.stock.section.timeline">
      <Box component="ol" aria-label="timeline" sx={{ listStyle: 'none', m: 0, p: 0 }}>
        {events.map((e, i) => (
          <TimelineEntry
            key={e.id}
            action={e.action}
            label={translate(`enums.${eventEnum}.${e.action}`)}
            statusChip={e.fromStatus !== e.status ? <StockStatusChip enumName={statusEnum} status={e.status} /> : null}
            at={e.at}
            department={e.department}
            actorLabel={e.actorLabel}
            summary={e.summary}
            note={e.note}
            linkOrders={false}
            latest={i === 0}
            last={i === events.length - 1}
          />
        ))}
      </Box>
    </Section>
  );
};

/**
 * An after-sales document's page: number, state and the steps and operations the caller may take
 * now; what it is (`details`); what it holds (`body`: goods, linked orders); its timeline beside.
 */
export const DocumentShow = ({ resource, details, body }: { resource: AfterSalesResource; details: ReactNode; body?: ReactNode }) => {
  const { statusEnum, actionEnum } = lifecycleOf(resource);
  const eventEnum = actionEnum.replace(/Action$/, 'EventAction');
  return (
    <Show actions={false} title={<Title />} component="div">
      <Stack spacing={2} sx={{ mt: 1 }}>
        <Header statusEnum={statusEnum} resource={resource} />
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 7 }}>
            <Stack spacing={2}>
              <Section title="app.stock.section.details">{details}</Section>
              {body}
            </Stack>
          </Grid>
          <Grid size={{ xs: 12, md: 5 }}>
            <Timeline eventEnum={eventEnum} statusEnum={statusEnum} />
          </Grid>
        </Grid>
      </Stack>
    </Show>
  );
};

const Header = ({ resource, statusEnum }: { resource: AfterSalesResource; statusEnum: string }) => {
  const doc = useRecordContext<Doc>();
  if (!doc) return null;
  return (
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} alignItems={{ md: 'center' }}>
      <Stack direction="row" spacing={1.5} alignItems="center" sx={{ flex: 1 }}>
        <Typography variant="h5" component="h1">
          {doc.number}
        </Typography>
        <StockStatusChip enumName={statusEnum} status={doc.status} size="medium" />
      </Stack>
      <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap">
        <DocumentActions resource={resource} />
      </Stack>
    </Stack>
  );
};
