import type { ReactNode } from 'react';
import { Box, Grid, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Show, useRecordContext, useTranslate } from 'react-admin';
import type { StockDocumentResource } from '../../dataProvider/stockOperations';
import { Section } from '../../serviceOrders/Section';
import { TimelineEntry } from '../../serviceOrders/TimelineEntry';
import { StockStatusChip } from '../StockStatusChip';
import { DocumentActions } from './DocumentActions';
import { statusEnum } from './documentTypes';

export interface LineColumn {
  /** A field of the line (its label comes from the line type's catalogue entry) or a header key of its own. */
  source: string;
  label?: string;
  align?: 'right';
  render?: (line: Record<string, unknown>) => ReactNode;
}

type Doc = Record<string, unknown> & { id: string; number: string; status: string; lines?: Array<Record<string, unknown> & { id: string; part: { code: string; name: string } }> };

const DocumentTitle = () => <span>{useRecordContext<Doc>()?.number}</span>;

/** The number, the state and the steps the caller may take now. */
const Header = ({ resource }: { resource: StockDocumentResource }) => {
  const doc = useRecordContext<Doc>();
  if (!doc) return null;
  return (
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} alignItems={{ md: 'center' }}>
      <Stack direction="row" spacing={1.5} alignItems="center" sx={{ flex: 1 }}>
        <Typography variant="h5" component="h1">
          {doc.number}
        </Typography>
        <StockStatusChip enumName={statusEnum(resource)} status={doc.status} size="medium" />
      </Stack>
      <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap">
        <DocumentActions resource={resource} />
      </Stack>
    </Stack>
  );
};

const Lines = ({ lineResource, columns }: { lineResource: string; columns: LineColumn[] }) => {
  const doc = useRecordContext<Doc>();
  const translate = useTranslate();
  if (!doc) return null;
  const head = (c: LineColumn) => translate(c.label ?? `resources.${lineResource}.fields.${c.source}`);
  return (
    <Section title="app.stock.section.lines">
      <Table size="small" aria-label="lines">
        <TableHead>
          <TableRow>
            <TableCell>{translate(`resources.${lineResource}.fields.partId`)}</TableCell>
            {columns.map((c) => (
              <TableCell key={c.source} align={c.align}>
                {head(c)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {(doc.lines ?? []).map((line) => (
            <TableRow key={line.id} data-part={line.part.code}>
              <TableCell>
                {line.part.code} {line.part.name}
              </TableCell>
              {columns.map((c) => (
                <TableCell key={c.source} align={c.align}>
                  {c.render ? c.render(line) : String(line[c.source] ?? '')}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Section>
  );
};

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

/** The document's timeline as a tracker, the latest step on top. */
const Timeline = ({ resource }: { resource: StockDocumentResource }) => {
  const doc = useRecordContext<Doc & { timeline?: TimelineEvent[] }>();
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
            label={translate(`enums.StockEventAction.${e.action}`)}
            statusChip={e.fromStatus !== e.status ? <StockStatusChip enumName={statusEnum(resource)} status={e.status} /> : null}
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
 * A stock document's page: header with the allowed steps, what it is (`details`), its lines and,
 * beside them, its timeline. `below` holds what a type adds under the lines (stocktake counts, linked orders).
 */
export const DocumentShow = ({
  resource,
  lineResource,
  columns,
  details,
  below,
}: {
  resource: StockDocumentResource;
  lineResource: string;
  columns: LineColumn[];
  details: ReactNode;
  below?: ReactNode;
}) => (
  <Show actions={false} title={<DocumentTitle />} component="div">
    <Stack spacing={2} sx={{ mt: 1 }}>
      <Header resource={resource} />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 7 }}>
          <Stack spacing={2}>
            <Section title="app.stock.section.details">{details}</Section>
            <Lines lineResource={lineResource} columns={columns} />
            {below}
          </Stack>
        </Grid>
        <Grid size={{ xs: 12, md: 5 }}>
          <Timeline resource={resource} />
        </Grid>
      </Grid>
    </Stack>
  </Show>
);
