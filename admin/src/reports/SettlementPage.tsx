import { useState } from 'react';
import CheckIcon from '@mui/icons-material/Check';
import { Alert, Button as MuiButton, Chip, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { Button, useLocaleState, useNotify, usePermissions, useTranslate } from 'react-admin';
import { formatDate } from '../common/dateFormat';
import { formatMoney } from '../common/money';
import { MonthInput, ReportChart, ReportLayout, ReportTable, type ReportColumn } from './ReportLayout';
import { ReferenceFilter } from './ReferenceFilter';
import { callReport, thisMonth, useReport } from './reportsApi';

interface Line {
  orderId: string;
  orderNumber: string;
  completedAt: string;
  modelNumber: string;
  productName: string;
  serialNumber: string;
  stationName: string | null;
  labourFee: number;
  visitFee: number;
  partsFee: number;
  total: number;
  carriedOver: boolean;
}
interface Settlement {
  manufacturerName: string;
  month: string;
  status: 'OPEN' | 'CONFIRMED';
  orders: number;
  labourFee: number;
  visitFee: number;
  partsFee: number;
  total: number;
  statement: { number: string; confirmedAt: string; confirmedBy: string | null } | null;
  lines: Line[];
}

const lastMonth = () => {
  const [y, m] = thisMonth().split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
};

/** 对厂结算: a manufacturer's in-warranty work of a month, line by line; confirmed once, then frozen. */
export const SettlementPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const queryClient = useQueryClient();
  const { permissions = [] } = usePermissions<string[]>();
  const [month, setMonth] = useState(lastMonth());
  const [manufacturerId, setManufacturerId] = useState<string | undefined>();
  const [asking, setAsking] = useState(false);
  const [note, setNote] = useState('');
  const filter = manufacturerId ? { manufacturerId, month } : undefined;
  const { data, isPending, error } = useReport<Settlement>('manufacturerSettlement', filter);
  const col = (key: string) => translate(`texts.report.col.${key}`);
  const columns: ReportColumn<Line>[] = [
    { key: 'number', label: col('orderNumber'), value: (l) => l.orderNumber },
    { key: 'completed', label: col('completedAt'), value: (l) => (l.completedAt ? formatDate(l.completedAt, locale) : '') },
    { key: 'model', label: col('modelNumber'), value: (l) => l.modelNumber },
    { key: 'product', label: col('productName'), value: (l) => l.productName },
    { key: 'serial', label: col('serialNumber'), value: (l) => l.serialNumber },
    { key: 'station', label: col('station'), value: (l) => l.stationName ?? '' },
    { key: 'labour', label: col('labourFee'), value: (l) => formatMoney(l.labourFee), numeric: true },
    { key: 'visit', label: col('visitFee'), value: (l) => formatMoney(l.visitFee), numeric: true },
    { key: 'parts', label: col('partsFee'), value: (l) => formatMoney(l.partsFee), numeric: true },
    { key: 'total', label: col('total'), value: (l) => formatMoney(l.total), numeric: true },
    { key: 'carried', label: col('carriedOver'), value: (l) => (l.carriedOver ? '✓' : '') },
  ];
  const confirm = async () => {
    try {
      const r = await callReport<{ statement: { number: string } }>('confirmSettlement', { input: { manufacturerId, month, note: note || undefined } });
      notify(translate('app.reports.settlement.confirmed', { number: r.statement.number }), { type: 'success' });
      setAsking(false);
      await queryClient.invalidateQueries({ queryKey: ['report', 'manufacturerSettlement'] });
    } catch (e) {
      notify((e as Error).message, { type: 'error', multiLine: true });
    }
  };
  const totals = data && ({ orderNumber: translate('app.reports.all'), labourFee: data.labourFee, visitFee: data.visitFee, partsFee: data.partsFee, total: data.total } as Line);
  return (
    <ReportLayout
      title={translate('app.reports.menu.settlement')}
      period={`${data?.manufacturerName ?? ''} ${month}${data?.statement ? ` · ${data.statement.number}` : ''}`}
      loading={!!filter && isPending}
      error={error}
      empty={!!data && !data.lines.length}
      exportSource={filter ? () => ({ report: 'MANUFACTURER_SETTLEMENT', reportParams: filter }) : undefined}
      filters={
        <>
          <ReferenceFilter source="manufacturerId" reference="manufacturers" label={translate('app.reports.manufacturer')} onChange={setManufacturerId} />
          <MonthInput label={translate('app.reports.month')} value={month} onChange={setMonth} />
        </>
      }
      actions={
        data?.status === 'OPEN' && permissions.includes('report:confirmSettlement') ? (
          <Button label="app.reports.settlement.confirm" variant="contained" onClick={() => setAsking(true)} disabled={!data.lines.length}>
            <CheckIcon />
          </Button>
        ) : undefined
      }
    >
      {!filter && <Alert severity="info">{translate('app.reports.settlement.choose')}</Alert>}
      {data && (
        <>
          <Chip sx={{ mb: 1 }} color={data.status === 'CONFIRMED' ? 'success' : 'default'} label={translate(`enums.SettlementStatus.${data.status}`)} data-testid="settlement-status" />
          <ReportChart
            height={200}
            option={{
              tooltip: { trigger: 'item' },
              series: [{ type: 'pie', radius: ['40%', '70%'], data: [
                { name: col('labourFee'), value: data.labourFee },
                { name: col('visitFee'), value: data.visitFee },
                { name: col('partsFee'), value: data.partsFee },
              ] }],
            }}
          />
          <ReportTable label="settlement-lines" columns={columns} rows={data.lines} rowKey={(l) => l.orderId} totals={totals} />
        </>
      )}
      <Dialog open={asking} onClose={() => setAsking(false)} fullWidth maxWidth="sm">
        <DialogTitle>{translate('app.reports.settlement.confirm')}</DialogTitle>
        <DialogContent>
          <Alert severity="warning" sx={{ mb: 2 }}>
            {data && translate('app.reports.settlement.confirm_text', { name: data.manufacturerName, month, orders: data.orders, total: formatMoney(data.total) })}
          </Alert>
          <TextField label={translate('app.reports.settlement.note')} value={note} onChange={(e) => setNote(e.target.value)} fullWidth />
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={() => setAsking(false)}>{translate('ra.action.cancel')}</MuiButton>
          <MuiButton variant="contained" onClick={() => void confirm()}>
            {translate('app.reports.settlement.confirm')}
          </MuiButton>
        </DialogActions>
      </Dialog>
    </ReportLayout>
  );
};
