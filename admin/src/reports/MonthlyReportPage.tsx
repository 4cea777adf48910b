import { useState } from 'react';
import { MenuItem, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useSearchParams } from 'react-router-dom';
import { MonthInput, ReportChart, ReportLayout, ReportTable, type ReportColumn } from './ReportLayout';
import { ReferenceFilter } from './ReferenceFilter';
import { hours, percent, signedPercent, thisMonth, useReport } from './reportsApi';
import { formatMoney } from '../common/money';
import type { MonthlyRepairReport, MonthlyRepairRow } from '../../../schema/generated/graphql';

/** The report as the schema types it (schema/generated: the panel is generated against the API). */
type Row = MonthlyRepairRow;
type Monthly = Pick<MonthlyRepairReport, 'months' | 'totals' | 'rows'>;

const GROUPS = ['NONE', 'STATION', 'CATEGORY', 'BRAND', 'SYMPTOM_CODE'];

/** 修理月报表: the months' intake, completion, turnaround, repeat repairs, SLA and warranty, optionally broken down. */
export const MonthlyReportPage = () => {
  const translate = useTranslate();
  const [params, setParams] = useSearchParams();
  const [from, setFrom] = useState(params.get('month') ?? thisMonth());
  const [to, setTo] = useState(params.get('to') ?? params.get('month') ?? thisMonth());
  const [groupBy, setGroupBy] = useState('NONE');
  const [stationId, setStationId] = useState<string | undefined>();
  const filter = { from, to: to < from ? from : to, groupBy, stationId };
  const { data, isPending, error } = useReport<Monthly>('monthlyRepairReport', filter);
  const col = (key: string) => translate(`texts.report.col.${key}`);
  const figures: ReportColumn<Row>[] = [
    { key: 'received', label: col('received'), value: (r) => r.received, numeric: true },
    { key: 'completed', label: col('completed'), value: (r) => r.completed, numeric: true },
    { key: 'cancelled', label: col('cancelled'), value: (r) => r.cancelled, numeric: true },
    { key: 'avg', label: col('avgTurnaroundHours'), value: (r) => hours(r.avgTurnaroundHours), numeric: true },
    { key: 'p90', label: col('p90TurnaroundHours'), value: (r) => hours(r.p90TurnaroundHours), numeric: true },
    { key: 'repeat', label: col('repeatRate'), value: (r) => percent(r.repeatRate), numeric: true },
    { key: 'sla', label: col('slaAdherence'), value: (r) => percent(r.slaAdherence), numeric: true },
    { key: 'inW', label: col('inWarranty'), value: (r) => r.inWarranty, numeric: true },
    { key: 'outW', label: col('outOfWarranty'), value: (r) => r.outOfWarranty, numeric: true },
  ];
  // Complaints and returns: shown when the API gives them (totals and station rows, for those who read those documents).
  const afterSales: ReportColumn<Row>[] = [
    { key: 'cpIn', label: col('complaintsReceived'), value: (r) => r.complaintsReceived ?? '—', numeric: true },
    { key: 'cpClosed', label: col('complaintsClosed'), value: (r) => r.complaintsClosed ?? '—', numeric: true },
    { key: 'cpLate', label: col('complaintsOverdue'), value: (r) => r.complaintsOverdue ?? '—', numeric: true },
    { key: 'rrIn', label: col('returnsReceived'), value: (r) => r.returnsReceived ?? '—', numeric: true },
    { key: 'rrDone', label: col('returnsCompleted'), value: (r) => r.returnsCompleted ?? '—', numeric: true },
    { key: 'refund', label: col('refundAmount'), value: (r) => (r.refundAmount == null ? '—' : formatMoney(r.refundAmount)), numeric: true },
  ];
  const hasAfterSales = (rows: Row[] | undefined) => !!rows?.some((r) => r.complaintsReceived != null || r.returnsReceived != null);
  const totals: ReportColumn<Row>[] = [
    { key: 'month', label: col('month'), value: (r) => r.month },
    ...figures,
    { key: 'change', label: col('receivedChange'), value: (r) => signedPercent(r.receivedChange), numeric: true },
    ...(hasAfterSales(data?.totals) ? afterSales : []),
  ];
  const grouped: ReportColumn<Row>[] = [
    { key: 'month', label: col('month'), value: (r) => r.month },
    { key: 'group', label: col('group'), value: (r) => r.groupName ?? r.groupId ?? '—' },
    ...figures,
    ...(hasAfterSales(data?.rows) ? afterSales : []),
  ];
  const chart = data && {
    tooltip: { trigger: 'axis' },
    legend: {},
    grid: { left: 48, right: 48, top: 32, bottom: 28 },
    xAxis: { type: 'category', data: data.totals.map((r) => r.month) },
    yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } }],
    series: [
      { name: translate('app.reports.chart_received'), type: 'bar', data: data.totals.map((r) => r.received) },
      { name: translate('app.reports.chart_completed'), type: 'bar', data: data.totals.map((r) => r.completed) },
      { name: translate('app.reports.chart_sla'), type: 'line', yAxisIndex: 1, data: data.totals.map((r) => (r.slaAdherence == null ? null : Math.round(r.slaAdherence * 1000) / 10)) },
    ],
  };
  const changeFrom = (m: string) => {
    setFrom(m);
    if (to < m || to === from) setTo(m);
    setParams({ month: m }, { replace: true });
  };
  return (
    <ReportLayout
      title={translate('app.reports.menu.monthly')}
      period={filter.from === filter.to ? filter.from : translate('app.reports.period', { from: filter.from, to: filter.to })}
      loading={isPending}
      error={error}
      empty={!!data && data.totals.every((r) => !r.received && !r.completed && !r.cancelled && !r.complaintsReceived && !r.returnsReceived && !r.returnsCompleted)}
      exportSource={() => ({ report: 'MONTHLY_REPAIR', reportParams: filter })}
      filters={
        <>
          <MonthInput label={translate('app.reports.from')} value={from} onChange={changeFrom} name="from" />
          <MonthInput label={translate('app.reports.to')} value={to} onChange={setTo} name="to" />
          <TextField select size="small" label={translate('app.reports.group_by')} value={groupBy} onChange={(e) => setGroupBy(e.target.value)} sx={{ minWidth: 160 }}>
            {GROUPS.map((g) => (
              <MenuItem key={g} value={g}>
                {translate(`enums.MonthlyReportGroup.${g}`)}
              </MenuItem>
            ))}
          </TextField>
          <ReferenceFilter source="stationId" reference="serviceStations" label={translate('app.reports.station')} onChange={setStationId} />
        </>
      }
    >
      {data && (
        <>
          <ReportChart option={chart!} />
          <ReportTable label="monthly-totals" columns={totals} rows={data.totals} rowKey={(r) => r.month} />
          {data.rows.length > 0 && <ReportTable label="monthly-groups" columns={grouped} rows={data.rows} rowKey={(r) => `${r.month}/${r.groupId ?? ''}`} />}
        </>
      )}
    </ReportLayout>
  );
};
