import { useSearchParams } from 'react-router-dom';
import { Card, CardContent, Grid, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { Title, useDataProvider, useTranslate } from 'react-admin';
import { useQuery } from '@tanstack/react-query';
import type { ComplaintSummaryRow } from '../../../schema/generated/graphql';
import type { AppDataProvider } from '../dataProvider';
import { thisMonth } from '../reports/reportsApi';

const Group = ({ title, rows }: { title: string; rows: ComplaintSummaryRow[] }) => {
  const translate = useTranslate();
  const head = (f: string) => translate(`resources.complaintSummaryRows.fields.${f}`);
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="subtitle1" gutterBottom>
          {title}
        </Typography>
        <Table size="small" aria-label={title}>
          <TableHead>
            <TableRow>
              <TableCell>{head('name')}</TableCell>
              <TableCell align="right">{head('total')}</TableCell>
              <TableCell align="right">{head('resolved')}</TableCell>
              <TableCell align="right">{head('respondedLate')}</TableCell>
              <TableCell align="right">{head('resolvedLate')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.key ?? 'none'}>
                <TableCell>{r.name}</TableCell>
                <TableCell align="right">{r.total}</TableCell>
                <TableCell align="right">{r.resolved}</TableCell>
                <TableCell align="right">{r.respondedLate}</TableCell>
                <TableCell align="right">{r.resolvedLate}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
};

/** 投诉月报: complaints received in a month by category, station and product, with how many were answered or resolved late. */
export const ComplaintSummaryPage = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  // The month is in the address (`?month=2026-10`), so a link or a reload opens the same month;
  // without one, this month of the business time zone.
  const [params, setParams] = useSearchParams();
  const month = params.get('month') ?? thisMonth();
  const setMonth = (value: string) => setParams((p) => (p.set('month', value), p), { replace: true });
  const { data } = useQuery({ queryKey: ['complaintSummary', month], queryFn: () => dataProvider.complaintSummary(month).then((r) => r.data), enabled: /^\d{4}-\d{2}$/.test(month) });
  return (
    <Stack spacing={2} sx={{ mt: 1 }}>
      <Title title="app.menu.complaintSummary" />
      <Stack direction="row" spacing={2} alignItems="center">
        <TextField type="month" size="small" label={translate('resources.complaintSummary.fields.month')} value={month} onChange={(e) => setMonth(e.target.value)} />
        {data && <Typography data-total>{translate('app.complaints.total', { count: data.total })}</Typography>}
      </Stack>
      {data && (
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 4 }}>
            <Group title={translate('resources.complaintSummary.fields.byCategory')} rows={data.byCategory} />
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <Group title={translate('resources.complaintSummary.fields.byStation')} rows={data.byStation} />
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <Group title={translate('resources.complaintSummary.fields.byProduct')} rows={data.byProduct} />
          </Grid>
        </Grid>
      )}
    </Stack>
  );
};
