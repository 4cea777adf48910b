import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { MonthInput, ReportChart, ReportLayout, ReportTable, type ReportColumn } from './ReportLayout';
import { ReferenceFilter } from './ReferenceFilter';
import { percent, thisMonth, useReport } from './reportsApi';

interface Row {
  stationId: string | null;
  stationName: string | null;
  visits: number;
  averageScore: number | null;
  scoreCounts: number[];
  unsatisfied: number;
  satisfiedRate: number | null;
  reworkOrders: number;
}

/** 回访满意度: return visits per station, their scores, the unsatisfied and the rework orders they made. */
export const SatisfactionPage = () => {
  const translate = useTranslate();
  const [from, setFrom] = useState(thisMonth());
  const [to, setTo] = useState(thisMonth());
  const [stationId, setStationId] = useState<string | undefined>();
  const filter = { from, to: to < from ? from : to, stationId };
  const { data = [], isPending, error } = useReport<Row[]>('returnVisitSatisfaction', filter);
  const col = (key: string) => translate(`texts.report.col.${key}`);
  const columns: ReportColumn<Row>[] = [
    { key: 'station', label: col('station'), value: (r) => (r.stationId ? r.stationName : translate('app.reports.all')) },
    { key: 'visits', label: col('visits'), value: (r) => r.visits, numeric: true },
    { key: 'avg', label: col('averageScore'), value: (r) => r.averageScore ?? '—', numeric: true },
    ...[1, 2, 3, 4, 5].map((n) => ({ key: `s${n}`, label: `${n}★`, value: (r: Row) => r.scoreCounts[n - 1], numeric: true })),
    { key: 'unsatisfied', label: col('unsatisfied'), value: (r) => r.unsatisfied, numeric: true },
    { key: 'rate', label: col('satisfiedRate'), value: (r) => percent(r.satisfiedRate), numeric: true },
    { key: 'rework', label: col('reworkOrders'), value: (r) => r.reworkOrders, numeric: true },
  ];
  const [total, ...stations] = data;
  return (
    <ReportLayout
      title={translate('app.reports.menu.satisfaction')}
      period={filter.from === filter.to ? filter.from : translate('app.reports.period', { from: filter.from, to: filter.to })}
      loading={isPending}
      error={error}
      empty={!total?.visits}
      exportSource={() => ({ report: 'RETURN_VISIT_SATISFACTION', reportParams: filter })}
      filters={
        <>
          <MonthInput label={translate('app.reports.from')} value={from} onChange={setFrom} name="from" />
          <MonthInput label={translate('app.reports.to')} value={to} onChange={setTo} name="to" />
          <ReferenceFilter source="stationId" reference="serviceStations" label={translate('app.reports.station')} onChange={setStationId} />
        </>
      }
    >
      {!!total?.visits && (
        <>
          <ReportChart height={240} option={{ tooltip: { trigger: 'item' }, legend: {}, series: [{ type: 'pie', radius: ['35%', '65%'], data: total.scoreCounts.map((value, i) => ({ name: `${i + 1}★`, value })) }] }} />
          <ReportTable label="satisfaction" columns={columns} rows={stations} rowKey={(r) => r.stationId ?? 'none'} totals={total} />
        </>
      )}
    </ReportLayout>
  );
};
