import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { formatMoney } from '../common/money';
import { MonthInput, ReportChart, ReportLayout, ReportTable, type ReportColumn } from './ReportLayout';
import { ReferenceFilter } from './ReferenceFilter';
import { thisMonth, useReport } from './reportsApi';

interface Row {
  warehouseId: string;
  warehouseCode: string;
  warehouseName: string;
  stationName: string;
  openingValue: number;
  closingValue: number;
  issuedCost: number;
  turnover: number | null;
  turnoverDays: number | null;
}

/** 库存金额与周转率: per warehouse, stock value at the period's start and end, what was issued, how often it turned. */
export const StockTurnoverPage = () => {
  const translate = useTranslate();
  const [from, setFrom] = useState(thisMonth());
  const [to, setTo] = useState(thisMonth());
  const [stationId, setStationId] = useState<string | undefined>();
  const filter = { from, to: to < from ? from : to, stationId };
  const { data = [], isPending, error } = useReport<Row[]>('stockTurnover', filter);
  const col = (key: string) => translate(`texts.report.col.${key}`);
  const columns: ReportColumn<Row>[] = [
    { key: 'warehouse', label: col('warehouse'), value: (r) => `${r.warehouseCode} ${r.warehouseName}` },
    { key: 'station', label: col('station'), value: (r) => r.stationName },
    { key: 'opening', label: col('openingValue'), value: (r) => formatMoney(r.openingValue), numeric: true },
    { key: 'closing', label: col('closingValue'), value: (r) => formatMoney(r.closingValue), numeric: true },
    { key: 'issued', label: col('issuedCost'), value: (r) => formatMoney(r.issuedCost), numeric: true },
    { key: 'turnover', label: col('turnover'), value: (r) => r.turnover ?? '—', numeric: true },
    { key: 'days', label: col('turnoverDays'), value: (r) => r.turnoverDays ?? '—', numeric: true },
  ];
  const sum = (k: 'openingValue' | 'closingValue' | 'issuedCost') => Math.round(data.reduce((n, r) => n + r[k] * 100, 0)) / 100;
  const totals = { warehouseId: 'all', warehouseCode: translate('app.reports.all'), warehouseName: '', stationName: '', openingValue: sum('openingValue'), closingValue: sum('closingValue'), issuedCost: sum('issuedCost'), turnover: null, turnoverDays: null };
  return (
    <ReportLayout
      title={translate('app.reports.menu.turnover')}
      period={filter.from === filter.to ? filter.from : translate('app.reports.period', { from: filter.from, to: filter.to })}
      loading={isPending}
      error={error}
      empty={!data.length}
      exportSource={() => ({ report: 'STOCK_TURNOVER', reportParams: filter })}
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
              grid: { left: 64, right: 16, top: 16, bottom: 64 },
              xAxis: { type: 'category', data: data.map((r) => r.warehouseName), axisLabel: { rotate: 30 } },
              yAxis: { type: 'value' },
              series: [
                { name: col('closingValue'), type: 'bar', data: data.map((r) => r.closingValue) },
                { name: col('issuedCost'), type: 'bar', data: data.map((r) => r.issuedCost) },
              ],
            }}
          />
          <ReportTable label="stock-turnover" columns={columns} rows={data} rowKey={(r) => r.warehouseId} totals={totals} />
        </>
      )}
    </ReportLayout>
  );
};
