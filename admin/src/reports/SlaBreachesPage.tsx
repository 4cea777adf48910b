import { useState } from 'react';
import { Typography } from '@mui/material';
import { useCreatePath, useLocaleState, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { formatDate } from '../common/dateFormat';
import { MonthInput, ReportChart, ReportLayout, ReportTable, type ReportColumn } from './ReportLayout';
import { ReferenceFilter } from './ReferenceFilter';
import { hours, percent, thisMonth, useReport } from './reportsApi';

interface Row {
  stationId: string | null;
  stationName: string | null;
  band: string | null;
  due: number;
  breached: number;
  breachRate: number | null;
  avgHoursLate: number | null;
}
interface Order {
  orderId: string;
  orderNumber: string;
  stationName: string | null;
  band: string | null;
  slaDueAt: string;
  stoppedAt: string | null;
  hoursLate: number;
}
interface Breaches {
  due: number;
  breached: number;
  breachRate: number | null;
  rows: Row[];
  orders: Order[];
}

/** 跳闸信息: orders that missed their SLA, by station and distance band, and the orders themselves (each opens the order). */
export const SlaBreachesPage = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const navigate = useNavigate();
  const createPath = useCreatePath();
  const [from, setFrom] = useState(thisMonth());
  const [to, setTo] = useState(thisMonth());
  const [stationId, setStationId] = useState<string | undefined>();
  const filter = { from, to: to < from ? from : to, stationId };
  const { data, isPending, error } = useReport<Breaches>('slaBreaches', filter);
  const col = (key: string) => translate(`texts.report.col.${key}`);
  const band = (b: string | null) => (b ? translate(`enums.DistanceBand.${b}`) : '—');
  const columns: ReportColumn<Row>[] = [
    { key: 'station', label: col('station'), value: (r) => r.stationName ?? '—' },
    { key: 'band', label: col('band'), value: (r) => band(r.band) },
    { key: 'due', label: col('due'), value: (r) => r.due, numeric: true },
    { key: 'breached', label: col('breached'), value: (r) => r.breached, numeric: true },
    { key: 'rate', label: col('breachRate'), value: (r) => percent(r.breachRate), numeric: true },
    { key: 'late', label: col('avgHoursLate'), value: (r) => hours(r.avgHoursLate), numeric: true },
  ];
  const orderColumns: ReportColumn<Order>[] = [
    { key: 'number', label: col('orderNumber'), value: (o) => o.orderNumber },
    { key: 'station', label: col('station'), value: (o) => o.stationName ?? '—' },
    { key: 'band', label: col('band'), value: (o) => band(o.band) },
    { key: 'due', label: translate('resources.serviceOrders.fields.slaDueAt'), value: (o) => formatDate(o.slaDueAt, locale) },
    { key: 'late', label: col('avgHoursLate'), value: (o) => hours(o.hoursLate), numeric: true },
  ];
  const perStation = new Map<string, { name: string; breached: number }>();
  for (const r of data?.rows ?? []) {
    const s = perStation.get(r.stationId ?? '') ?? { name: r.stationName ?? '—', breached: 0 };
    s.breached += r.breached;
    perStation.set(r.stationId ?? '', s);
  }
  const bars = [...perStation.values()].sort((a, b) => b.breached - a.breached).slice(0, 20);
  const totals: Row = { stationId: 'all', stationName: translate('app.reports.all'), band: null, due: data?.due ?? 0, breached: data?.breached ?? 0, breachRate: data?.breachRate ?? null, avgHoursLate: null };
  return (
    <ReportLayout
      title={translate('app.reports.menu.sla')}
      period={filter.from === filter.to ? filter.from : translate('app.reports.period', { from: filter.from, to: filter.to })}
      loading={isPending}
      error={error}
      empty={!!data && !data.due}
      exportSource={() => ({ report: 'SLA_BREACHES', reportParams: filter })}
      filters={
        <>
          <MonthInput label={translate('app.reports.from')} value={from} onChange={setFrom} name="from" />
          <MonthInput label={translate('app.reports.to')} value={to} onChange={setTo} name="to" />
          <ReferenceFilter source="stationId" reference="serviceStations" label={translate('app.reports.station')} onChange={setStationId} />
        </>
      }
    >
      {!!data?.due && (
        <>
          <ReportChart option={{ tooltip: { trigger: 'axis' }, grid: { left: 48, right: 16, top: 16, bottom: 64 }, xAxis: { type: 'category', data: bars.map((b) => b.name), axisLabel: { rotate: 30 } }, yAxis: { type: 'value', minInterval: 1 }, series: [{ name: col('breached'), type: 'bar', data: bars.map((b) => b.breached), itemStyle: { color: '#d32f2f' } }] }} />
          <ReportTable label="sla-breaches" columns={columns} rows={data.rows} rowKey={(r) => `${r.stationId}/${r.band}`} totals={totals} />
          <Typography variant="subtitle1" sx={{ mt: 2 }}>
            {translate('app.reports.sla.orders')}
          </Typography>
          <ReportTable label="sla-breached-orders" columns={orderColumns} rows={data.orders} rowKey={(o) => o.orderId} onRowClick={(o) => navigate(createPath({ resource: 'serviceOrders', id: o.orderId, type: 'show' }))} />
        </>
      )}
    </ReportLayout>
  );
};
