import { useState } from 'react';
import { Box, Stack, Table, TableBody, TableCell, TableHead, TablePagination, TableRow, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import ReactEChartsCore from 'echarts-for-react/lib/core';
import * as echarts from 'echarts/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { useFormatDateTime } from '../common/useFormatDateTime';
import type { QueryColumn, QueryResult } from './analyticsApi';

echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

type ChartKind = 'bar' | 'line' | 'pie' | 'none';

/** A value as people read it: enum and yes/no names in their language, times in theirs. */
function useCell() {
  const translate = useTranslate();
  const format = useFormatDateTime();
  return (c: QueryColumn, v: unknown): string => {
    if (v === null || v === undefined) return '';
    if (c.type === 'enum' && c.enumName) return translate(`enums.${c.enumName}.${String(v)}`, { _: String(v) });
    if (c.type === 'boolean') return translate(v ? 'ra.boolean.true' : 'ra.boolean.false');
    if (c.type === 'datetime') return format(String(v));
    if (c.type === 'money') return Number(v).toLocaleString(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    if (typeof v === 'number') return v.toLocaleString();
    return String(v);
  };
}

/** The grouped figures as a chart: the first group along the axis, the second as series, the first figure as values. */
function chartOption(result: QueryResult, kind: Exclude<ChartKind, 'none'>, cell: (c: QueryColumn, v: unknown) => string) {
  const groups = result.columns.filter((c) => !c.aggregate);
  const figures = result.columns.filter((c) => c.aggregate);
  const gi = result.columns.indexOf(groups[0]);
  const si = groups[1] ? result.columns.indexOf(groups[1]) : -1;
  const fi = result.columns.indexOf(figures[0]);
  const categories = [...new Set(result.rows.map((r) => cell(groups[0], r.values[gi]) || '—'))];
  if (kind === 'pie') {
    const data = categories.map((name) => ({
      name,
      value: result.rows.filter((r) => (cell(groups[0], r.values[gi]) || '—') === name).reduce((s, r) => s + Number(r.values[fi] ?? 0), 0),
    }));
    return { tooltip: { trigger: 'item' }, legend: { type: 'scroll', bottom: 0 }, series: [{ type: 'pie', radius: '65%', data }] };
  }
  const seriesNames = si >= 0 ? [...new Set(result.rows.map((r) => cell(groups[1], r.values[si]) || '—'))] : [figures[0].label];
  const series = seriesNames.map((name) => ({
    name,
    type: kind,
    stack: kind === 'bar' && si >= 0 ? 'total' : undefined,
    data: categories.map((cat) => {
      const row = result.rows.find((r) => (cell(groups[0], r.values[gi]) || '—') === cat && (si < 0 || (cell(groups[1], r.values[si]) || '—') === name));
      return row ? Number(row.values[fi] ?? 0) : 0;
    }),
  }));
  return {
    tooltip: { trigger: 'axis' },
    legend: { type: 'scroll', bottom: 0 },
    grid: { left: 50, right: 20, top: 20, bottom: 60 },
    xAxis: { type: 'category', data: categories },
    yAxis: { type: 'value' },
    series,
  };
}

export const ResultView = ({
  result,
  page,
  perPage,
  onPage,
}: {
  result: QueryResult;
  page: number;
  perPage: number;
  onPage: (page: number, perPage: number) => void;
}) => {
  const translate = useTranslate();
  const cell = useCell();
  const grouped = result.columns.some((c) => c.aggregate);
  const [chart, setChart] = useState<ChartKind>('bar');
  const chartable = grouped && result.columns.some((c) => !c.aggregate) && result.rows.length > 1;
  return (
    <Box>
      <Typography variant="body2" color="text.secondary" data-testid="query-description">
        {result.description}
      </Typography>
      <Typography variant="subtitle2" sx={{ mt: 1 }} data-testid="query-total">
        {translate(result.totalExact ? 'app.analytics.total' : 'app.analytics.total_estimate', { total: result.total.toLocaleString() })}
      </Typography>
      {chartable && (
        <Stack sx={{ mt: 1 }} spacing={1}>
          <ToggleButtonGroup size="small" exclusive value={chart} onChange={(_, v: ChartKind | null) => v && setChart(v)}>
            {(['bar', 'line', 'pie', 'none'] as const).map((k) => (
              <ToggleButton key={k} value={k}>
                {translate(`app.analytics.chart.${k}`)}
              </ToggleButton>
            ))}
          </ToggleButtonGroup>
          {chart !== 'none' && (
            <Box data-testid="query-chart">
              <ReactEChartsCore echarts={echarts} option={chartOption(result, chart, cell)} notMerge style={{ height: 320 }} />
            </Box>
          )}
        </Stack>
      )}
      {result.rows.length === 0 ? (
        <Typography sx={{ mt: 2 }}>{translate('app.analytics.empty')}</Typography>
      ) : (
        <Box sx={{ overflowX: 'auto', mt: 1 }}>
          <Table size="small" data-testid="query-result">
            <TableHead>
              <TableRow>
                {result.columns.map((c) => (
                  <TableCell key={c.key} align={['integer', 'number', 'money'].includes(c.type) ? 'right' : 'left'}>
                    {c.label}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {result.rows.map((r, i) => (
                <TableRow key={i}>
                  {result.columns.map((c, j) => (
                    <TableCell key={c.key} align={['integer', 'number', 'money'].includes(c.type) ? 'right' : 'left'}>
                      {cell(c, r.values[j])}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
      <TablePagination
        component="div"
        count={result.total}
        page={page - 1}
        rowsPerPage={perPage}
        rowsPerPageOptions={[25, 50, 100, 500]}
        labelRowsPerPage={translate('ra.navigation.page_rows_per_page')}
        labelDisplayedRows={({ from, to, count }) => translate('ra.navigation.page_range_info', { offsetBegin: from, offsetEnd: to, total: count })}
        onPageChange={(_, p) => onPage(p + 1, perPage)}
        onRowsPerPageChange={(e) => onPage(1, Number(e.target.value))}
      />
    </Box>
  );
};
