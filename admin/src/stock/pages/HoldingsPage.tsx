import { useState } from 'react';
import { Alert, Box, Card, CardContent, Chip, LinearProgress, Stack, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Form, Title, useDataProvider, useTranslate } from 'react-admin';
import { ReferenceAutocomplete } from '../../common/ReferenceAutocomplete';
import { useFormatDateTime } from '../../common/useFormatDateTime';
import type { AppDataProvider } from '../../dataProvider';
import { ReportFilter } from './ReportFilter';

/** 维修员持有: what each technician still holds: requisitioned (not used nor back), borrowed, old parts due. */
export const HoldingsPage = () => {
  const dataProvider = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  const format = useFormatDateTime();
  const [filter, setFilter] = useState<{ stationId?: string; technicianId?: string }>({});
  const { data: rows = [], isPending, error } = useQuery({ queryKey: ['technicianHoldings', filter], queryFn: async () => (await dataProvider.technicianHoldings(filter)).data });
  const t = (key: string) => translate(`app.stock.holdings.${key}`);
  return (
    <Box sx={{ mt: 1 }}>
      <Title title="app.menu.technicianHoldings" />
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
          {!isPending && !error && !rows.length && <Alert severity="info">{t('empty')}</Alert>}
          {rows.length > 0 && (
            <Table size="small" aria-label="holdings">
              <TableHead>
                <TableRow>
                  <TableCell>{t('station')}</TableCell>
                  <TableCell>{t('technician')}</TableCell>
                  <TableCell>{t('part')}</TableCell>
                  <TableCell align="right">{t('requisitioned')}</TableCell>
                  <TableCell align="right">{t('borrowed')}</TableCell>
                  <TableCell align="right">{t('old_parts_due')}</TableCell>
                  <TableCell>{t('since')}</TableCell>
                  <TableCell>{t('documents')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((r) => (
                  <TableRow key={`${r.technician.id}/${r.part.id}`}>
                    <TableCell>{r.station.name}</TableCell>
                    <TableCell>{r.technician.name}</TableCell>
                    <TableCell>
                      {r.part.code} {r.part.name}
                    </TableCell>
                    <TableCell align="right">{r.requisitioned}</TableCell>
                    <TableCell align="right">{r.borrowed}</TableCell>
                    <TableCell align="right">{r.oldPartsDue}</TableCell>
                    <TableCell>
                      {format(r.since)} {r.late && <Chip size="small" color="error" label={t('late')} />}
                    </TableCell>
                    <TableCell>{r.documentNumbers.join(' ')}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </CardContent>
      </Card>
    </Box>
  );
};
