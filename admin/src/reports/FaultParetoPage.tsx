import { useState } from 'react';
import { MenuItem, TextField } from '@mui/material';
import { Button, useLocaleState, usePermissions, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { isAllowed } from '../permissions';
import { MonthInput, ReportChart, ReportLayout, ReportTable, type ReportColumn } from './ReportLayout';
import { ReferenceFilter } from './ReferenceFilter';
import { percent, thisMonth, useReport } from './reportsApi';

interface Row {
  codeId: string;
  code: string;
  name: string;
  nameEn: string | null;
  count: number;
  share: number;
  cumulativeShare: number;
}

/** The last day of a month, YYYY-MM-DD. */
const lastDay = (month: string) => {
  const [y, m] = month.split('-').map(Number);
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};

/**
 * The quality feedback form, filled for one bar: its symptom, the period, and the product when
 * one is chosen (the API links every order of that product with the symptom in the period).
 */
const feedbackLink = (row: Row, title: string, filter: { from: string; to: string; productId?: string }) => {
  const period = { symptomCodeId: row.codeId, from: `${filter.from}-01`, to: lastDay(filter.to) };
  const record = { productId: filter.productId, symptomCodeId: row.codeId, title, fromFault: period };
  return `/qualityFeedbacks/create?source=${encodeURIComponent(JSON.stringify(record))}`;
};

/** 故障帕累托: the symptom or cause codes of the period's orders, most frequent first, with the running share. */
export const FaultParetoPage = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [from, setFrom] = useState(thisMonth());
  const [to, setTo] = useState(thisMonth());
  const [kind, setKind] = useState('SYMPTOM');
  const [productId, setProductId] = useState<string | undefined>();
  const filter = { from, to: to < from ? from : to, kind, productId };
  const { data, isPending, error } = useReport<{ total: number; uncoded: number; rows: Row[] }>('faultPareto', filter);
  const { permissions = [] } = usePermissions<string[]>();
  const col = (key: string) => translate(`texts.report.col.${key}`);
  const name = (r: Row) => (locale === 'en' ? (r.nameEn ?? r.name) : r.name);
  // A quality feedback is a symptom pattern: offered on symptom bars, to those who may file one.
  const mayFile = kind === 'SYMPTOM' && isAllowed(permissions, 'qualityFeedbacks', 'create');
  const columns: ReportColumn<Row>[] = [
    { key: 'code', label: col('code'), value: (r) => r.code },
    { key: 'name', label: col('name'), value: name },
    { key: 'count', label: col('count'), value: (r) => r.count, numeric: true },
    { key: 'share', label: col('share'), value: (r) => percent(r.share), numeric: true },
    { key: 'cum', label: col('cumulativeShare'), value: (r) => percent(r.cumulativeShare), numeric: true },
    ...(mayFile
      ? [
          {
            key: 'feedback',
            label: '',
            value: (r: Row) => (
              <Button
                component={Link}
                to={feedbackLink(r, `${name(r)} ${filter.from === filter.to ? filter.from : `${filter.from}–${filter.to}`}`, filter)}
                label="app.reports.pareto.feedback"
                className="no-print"
                data-feedback={r.codeId}
              />
            ),
          },
        ]
      : []),
  ];
  const rows = data?.rows ?? [];
  return (
    <ReportLayout
      title={translate('app.reports.menu.pareto')}
      period={filter.from === filter.to ? filter.from : translate('app.reports.period', { from: filter.from, to: filter.to })}
      loading={isPending}
      error={error}
      empty={!!data && !rows.length}
      exportSource={() => ({ report: 'FAULT_PARETO', reportParams: filter })}
      filters={
        <>
          <MonthInput label={translate('app.reports.from')} value={from} onChange={setFrom} name="from" />
          <MonthInput label={translate('app.reports.to')} value={to} onChange={setTo} name="to" />
          <TextField select size="small" label={translate('app.reports.kind')} value={kind} onChange={(e) => setKind(e.target.value)} sx={{ minWidth: 140 }}>
            {['SYMPTOM', 'CAUSE'].map((k) => (
              <MenuItem key={k} value={k}>
                {translate(`enums.FaultCodeKind.${k}`)}
              </MenuItem>
            ))}
          </TextField>
          <ReferenceFilter source="productId" reference="products" label={translate('app.reports.product')} onChange={setProductId} />
        </>
      }
    >
      {rows.length > 0 && (
        <>
          <ReportChart
            option={{
              tooltip: { trigger: 'axis' },
              grid: { left: 48, right: 48, top: 24, bottom: 64 },
              xAxis: { type: 'category', data: rows.slice(0, 20).map(name), axisLabel: { rotate: 30 } },
              yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } }],
              series: [
                { name: col('count'), type: 'bar', data: rows.slice(0, 20).map((r) => r.count) },
                { name: col('cumulativeShare'), type: 'line', yAxisIndex: 1, data: rows.slice(0, 20).map((r) => Math.round(r.cumulativeShare * 1000) / 10) },
              ],
            }}
          />
          <ReportTable label="pareto" columns={columns} rows={rows} rowKey={(r) => r.codeId} />
        </>
      )}
    </ReportLayout>
  );
};
