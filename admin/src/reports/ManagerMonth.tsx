import { Box, Card, CardActionArea, CardContent, Grid, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useLocaleState, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { callReport, percent, signedPercent, thisMonth } from './reportsApi';
import { formatMoney } from '../common/money';
import type { ManagerDashboard } from '../../../schema/generated/graphql';

/** The last day of a month, YYYY-MM-DD. */
const lastDay = (month: string) => {
  const [y, m] = month.split('-').map(Number);
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};

/** A filtered list, as the dashboard's other cards link them. */
const list = (resource: string, filter: Record<string, unknown>) =>
  `/${resource}?${new URLSearchParams({ filter: JSON.stringify(filter), displayedFilters: JSON.stringify(Object.fromEntries(Object.keys(filter).map((k) => [k, true]))) })}`;
const orders = (filter: Record<string, unknown>) => list('serviceOrders', filter);

/**
 * 经理看板: the month at a glance for those who read reports, each tile opening the list or the
 * report its figure comes from (the same filter, so the numbers agree).
 */
export const ManagerMonth = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const month = thisMonth();
  const { data } = useQuery({ queryKey: ['managerDashboard', month], queryFn: () => callReport<ManagerDashboard>('managerDashboard', { month }) });
  if (!data) return null;
  const range = { from: `${month}-01`, to: lastDay(month) };
  const t = (key: string) => translate(`app.reports.dashboard.${key}`);
  const tiles = [
    { key: 'received', value: data.received, sub: signedPercent(data.receivedChange), to: orders({ createdFrom: range.from, createdTo: range.to }) },
    { key: 'completed', value: data.completed, to: orders({ completedFrom: range.from, completedTo: range.to }) },
    { key: 'slaAdherence', value: percent(data.slaAdherence), to: `/reports/monthly?month=${month}` },
    { key: 'repeatRate', value: percent(data.repeatRate), to: orders({ createdFrom: range.from, createdTo: range.to, repeatRepair: true }) },
    { key: 'satisfaction', value: data.satisfaction ?? '—', to: '/reports/satisfaction' },
    { key: 'breached', value: data.breached, to: '/reports/sla' },
    // Complaints and return requests (absent for those who may not read them), each opening its list filtered as the API counts it.
    ...(data.complaintsReceived == null
      ? []
      : [
          { key: 'complaintsReceived', value: data.complaintsReceived, to: list('complaints', { receivedFrom: range.from, receivedTo: range.to }) },
          { key: 'complaintsClosed', value: data.complaintsClosed, to: list('complaints', { closedFrom: range.from, closedTo: range.to, status: 'CLOSED' }) },
          { key: 'complaintsOverdue', value: data.complaintsOverdue, to: list('complaints', { receivedFrom: range.from, receivedTo: range.to, late: true }) },
        ]),
    ...(data.returnsReceived == null
      ? []
      : [
          { key: 'returnsReceived', value: data.returnsReceived, to: list('returnRequests', { createdFrom: range.from, createdTo: range.to }) },
          { key: 'returnsCompleted', value: data.returnsCompleted, to: list('returnRequests', { completedFrom: range.from, completedTo: range.to, status: 'COMPLETED' }) },
          { key: 'refundAmount', value: formatMoney(data.refundAmount), to: list('returnRequests', { refundedFrom: range.from, refundedTo: range.to }) },
        ]),
  ];
  return (
    <Box sx={{ mt: 2 }} data-testid="manager-month">
      <Typography variant="subtitle1" sx={{ mb: 1 }}>
        {translate('app.reports.dashboard.title', { month })}
      </Typography>
      <Grid container spacing={2}>
        {tiles.map((tile) => (
          <Grid key={tile.key} size={{ xs: 6, sm: 4, md: 2 }}>
            <Card>
              <CardActionArea component={Link} to={tile.to} data-tile={tile.key}>
                <CardContent>
                  <Typography variant="body2" color="text.secondary">
                    {t(tile.key)}
                  </Typography>
                  <Typography variant="h5" component="p">
                    {tile.value}
                  </Typography>
                  {tile.sub && (
                    <Typography variant="caption" color="text.secondary">
                      {tile.sub}
                    </Typography>
                  )}
                </CardContent>
              </CardActionArea>
            </Card>
          </Grid>
        ))}
        <Grid size={{ xs: 12, md: 6 }}>
          <Card>
            <CardActionArea component={Link} to="/reports/pareto" data-tile="topFaults">
              <CardContent>
                <Typography variant="body2" color="text.secondary">
                  {t('topFaults')}
                </Typography>
                {data.topFaults.length === 0 && <Typography>{t('none')}</Typography>}
                {data.topFaults.map((f) => (
                  <Typography key={f.codeId} variant="body2">
                    {f.code} {locale === 'en' ? (f.nameEn ?? f.name) : f.name} · {f.count} ({percent(f.share)})
                  </Typography>
                ))}
              </CardContent>
            </CardActionArea>
          </Card>
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Card>
            <CardActionArea component={Link} to="/reports/sla" data-tile="stationsBehind">
              <CardContent>
                <Typography variant="body2" color="text.secondary">
                  {t('stationsBehind')}
                </Typography>
                {data.stationsBehind.length === 0 && <Typography>{t('none')}</Typography>}
                {data.stationsBehind.map((s) => (
                  <Typography key={s.stationId ?? 'none'} variant="body2">
                    {s.stationName ?? '—'} · {s.breached}/{s.due} ({percent(s.breachRate)})
                  </Typography>
                ))}
              </CardContent>
            </CardActionArea>
          </Card>
        </Grid>
      </Grid>
    </Box>
  );
};
