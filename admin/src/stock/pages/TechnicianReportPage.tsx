import { useState, type ReactNode } from 'react';
import { Alert, Box, Card, CardContent, LinearProgress, Stack, type AlertColor } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Form, Title, useTranslate } from 'react-admin';
import { ReferenceAutocomplete } from '../../common/ReferenceAutocomplete';
import { ReportFilter } from './ReportFilter';

export type TechnicianFilter = { stationId?: string; technicianId?: string };

/**
 * A stock report per station and technician (what technicians hold, late returns): the two filters,
 * loading, error and empty states around the table `children` draws from the rows.
 */
export function TechnicianReportPage<R>(props: {
  title: string;
  /** Translation keys under it: station, technician, empty. */
  texts: string;
  queryKey: string;
  load: (filter: TechnicianFilter) => Promise<R[]>;
  emptySeverity: AlertColor;
  children: (rows: R[]) => ReactNode;
}) {
  const translate = useTranslate();
  const [filter, setFilter] = useState<TechnicianFilter>({});
  const { data: rows = [], isPending, error } = useQuery({ queryKey: [props.queryKey, filter], queryFn: () => props.load(filter) });
  const t = (key: string) => translate(`${props.texts}.${key}`);
  return (
    <Box sx={{ mt: 1 }}>
      <Title title={props.title} />
      <Card>
        <CardContent>
          <Form>
            <ReportFilter names={['stationId', 'technicianId']} onChange={setFilter} />
            <Stack direction={{ xs: 'column', sm: 'row' }} columnGap={2}>
              <ReferenceAutocomplete source="stationId" reference="serviceStations" label={t('station')} sx={{ minWidth: 240 }} />
              <ReferenceAutocomplete source="technicianId" reference="technicians" label={t('technician')} sx={{ minWidth: 240 }} />
            </Stack>
          </Form>
          {isPending && <LinearProgress />}
          {error && <Alert severity="error">{error.message}</Alert>}
          {!isPending && !error && !rows.length && <Alert severity={props.emptySeverity}>{t('empty')}</Alert>}
          {rows.length > 0 && props.children(rows)}
        </CardContent>
      </Card>
    </Box>
  );
}
