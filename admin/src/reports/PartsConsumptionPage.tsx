import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { formatMoney } from '../common/money';
import { MonthInput, ReportChart, ReportLayout, ReportTable, type ReportColumn } from './ReportLayout';
import { ReferenceFilter } from './ReferenceFilter';
import { thisMonth, useReport } from './reportsApi';

interface Row {
  partId: string;
  partCode: string;
  partName: string;
  quantity: number;
  orders: number;
  charged: number;
  cost: number | null;
}

/** 配件消耗: parts used on the period's completed orders, what was charged and what they cost. */
export const PartsConsumptionPage = () => {
  const translate = useTranslate();
  const [from, setFrom] = useState(thisMonth());
  const [to, setTo] = useState(thisMonth());
  const [stationId, setStationId] = useState<string | undefined>();
  const filter = { from, to: to < from ? from : to, stationId };
  const { data = [], isPending, error } = useReport<Row[]>('partsConsumption', filter);
  const col = (key: string) => translate(`texts.report.col.${key}`);
  const columns: ReportColumn<Row>[] = [
    { key: 'code', label: col('partCode'), value: (r) => r.partCode },
    { key: 'name', label: col('partName'), value: (r) => r.partName },
    { key: 'quantity', label: col('quantity'), value: (r) => r.quantity, numeric: true },
    { key: 'orders', label: col('orders'), value: (r) => r.orders, numeric: true },
    { key: 'charged', label: col('charged'), value: (r) => formatMoney(r.charged), numeric: true },
    { key: 'cost', label: col('cost'), value: (r) => formatMoney(r.cost), numeric: true },
  ];
  const top = data.slice(0, 15);
  return (
    <ReportLayout
      title={translate('app.reports.menu.parts')}
      period={filter.from === filter.to ? filter.from : translate('app.reports.period', { from: filter.from, to: filter.to })}
      loading={isPending}
      error={error}
      empty={!data.length}
      exportSource={() => ({ report: 'PARTS_CONSUMPTION', reportParams: filter })}
      filters={
        <>
          <MonthInput label={translate('app.reports.from')} value={from} onChange={setFrom} name="from" />
          <MonthInput label={translate('app.reports.to')} value={to} onChange={setTo} name="to" />
          <ReferenceFilter source="stationId" reference="serviceStations" label={translate('app.reports.station')} onChange={setStationId} />
        </>
      }
    >
      {data.length > 0 && (
        <>
          <ReportChart
            option={{
              tooltip: { trigger: 'axis' },
              grid: { left: 48, right: 16, top: 16, bottom: 64 },
              xAxis: { type: 'category', data: top.map((r) => r.partName), axisLabel: { rotate: 30 } },
              yAxis: { type: 'value', minInterval: 1 },
              series: [{ name: col('quantity'), type: 'bar', data: top.map((r) => r.quantity) }],
            }}
          />
          <ReportTable label="parts-consumption" columns={columns} rows={data} rowKey={(r) => r.partId} />
        </>
      )}
    </ReportLayout>
  );
};
