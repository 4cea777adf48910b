import type { ReactNode } from 'react';
import PrintIcon from '@mui/icons-material/Print';
import { Alert, Box, Card, CardContent, GlobalStyles, LinearProgress, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import ReactEChartsCore from 'echarts-for-react/lib/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { Button, Title, useTranslate } from 'react-admin';
import { ExportMenu } from '../analytics/ExportMenu';

// Only the chart kinds the reports draw, on a canvas.
echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export interface ReportColumn<R> {
  key: string;
  label: string;
  value: (row: R) => ReactNode;
  numeric?: boolean;
}

/** A table of a report's rows; the last row may be its totals (bold). */
export function ReportTable<R>({ columns, rows, rowKey, totals, label, onRowClick }: { columns: ReportColumn<R>[]; rows: R[]; rowKey: (r: R, i: number) => string; totals?: R; label: string; onRowClick?: (r: R) => void }) {
  return (
    <Table size="small" aria-label={label} sx={{ '& td, & th': { whiteSpace: 'nowrap' } }}>
      <TableHead>
        <TableRow>
          {columns.map((c) => (
            <TableCell key={c.key} align={c.numeric ? 'right' : 'left'}>
              {c.label}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((r, i) => (
          <TableRow key={rowKey(r, i)} hover onClick={onRowClick ? () => onRowClick(r) : undefined} sx={onRowClick ? { cursor: 'pointer' } : undefined} data-row={rowKey(r, i)}>
            {columns.map((c) => (
              <TableCell key={c.key} align={c.numeric ? 'right' : 'left'}>
                {c.value(r)}
              </TableCell>
            ))}
          </TableRow>
        ))}
        {totals && (
          <TableRow data-row="totals">
            {columns.map((c) => (
              <TableCell key={c.key} align={c.numeric ? 'right' : 'left'} sx={{ fontWeight: 'bold' }}>
                {c.value(totals)}
              </TableCell>
            ))}
          </TableRow>
        )}
      </TableBody>
    </Table>
  );
}

export const ReportChart = ({ option, height = 280 }: { option: Record<string, unknown>; height?: number }) => (
  <Box className="report-chart">
    <ReactEChartsCore echarts={echarts} option={option} style={{ height }} notMerge />
  </Box>
);

/** A month input (YYYY-MM): the browser's month picker. */
export const MonthInput = ({ label, value, onChange, name = 'month' }: { label: string; value: string; onChange: (month: string) => void; name?: string }) => (
  <TextField type="month" size="small" label={label} name={name} value={value} onChange={(e) => e.target.value && onChange(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} sx={{ minWidth: 170 }} />
);

/**
 * A report page: filters and actions on screen, the figures as a chart and a table. Printing shows
 * the title, the period and the figures only (the menu, the bar and the filters are left out).
 */
export function ReportLayout({
  title,
  period,
  filters,
  actions,
  exportSource,
  loading,
  error,
  empty,
  children,
}: {
  title: string;
  period: string;
  filters: ReactNode;
  actions?: ReactNode;
  exportSource?: () => Record<string, unknown> | undefined;
  loading: boolean;
  error: Error | null;
  empty?: boolean;
  children: ReactNode;
}) {
  const translate = useTranslate();
  return (
    <Box sx={{ mt: 1 }} className="report-page">
      <GlobalStyles
        styles={{
          '@media print': {
            'header, .RaSidebar-fixed, .MuiDrawer-root, .no-print, .RaLayout-appFrame > .MuiToolbar-root': { display: 'none !important' },
            '.RaLayout-content': { padding: '0 !important' },
            '.report-page .MuiCard-root': { boxShadow: 'none' },
            '.report-page table': { fontSize: '10pt' },
          },
        }}
      />
      <Title title={title} />
      <Card>
        <CardContent>
          <Stack className="no-print" direction={{ xs: 'column', md: 'row' }} columnGap={2} rowGap={1} alignItems={{ md: 'center' }} flexWrap="wrap" sx={{ mb: 1 }}>
            {filters}
            <Box sx={{ flex: 1 }} />
            {actions}
            <Button label="app.reports.print" onClick={() => window.print()}>
              <PrintIcon />
            </Button>
            {exportSource && <ExportMenu source={exportSource} disabled={loading || !!error} />}
          </Stack>
          <Typography variant="h6" component="h2" data-testid="report-title">
            {title}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }} data-testid="report-period">
            {period}
          </Typography>
          {loading && <LinearProgress />}
          {error && <Alert severity="error">{error.message}</Alert>}
          {!loading && !error && empty && <Alert severity="info">{translate('app.reports.empty')}</Alert>}
          {!error && children}
        </CardContent>
      </Card>
    </Box>
  );
}
