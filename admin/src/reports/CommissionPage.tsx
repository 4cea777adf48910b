import { useState } from 'react';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import { Box, Button as MuiButton, Dialog, DialogActions, DialogContent, DialogTitle, IconButton, MenuItem, Stack, TextField, Typography } from '@mui/material';
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
  labourFee: number;
  visitFee: number;
  technicians: number;
  lead: boolean;
  credited: number;
  coefficient: number;
  commission: number;
}
interface Adjustment {
  id: string;
  kind: 'REWARD' | 'DEDUCTION';
  amount: number;
  reason: string;
  enteredBy: string;
  createdAt: string;
}
interface Commission {
  technicianId: string;
  technicianCode: string;
  technicianName: string;
  stationName: string;
  baseWage: number;
  coefficient: number;
  wageCap: number | null;
  orders: number;
  credited: number;
  commission: number;
  gross: number;
  capDeduction: number;
  rewards: number;
  deductions: number;
  total: number;
  lines: Line[];
  adjustments: Adjustment[];
}

/**
 * 提成工资: each technician's month, and how it was made (order lines, the cap, rewards and
 * deductions). `mine` (我的提成): the same report for a technician's own month — the API answers
 * only their own row, shown open.
 */
export const CommissionPage = ({ mine = false }: { mine?: boolean }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const queryClient = useQueryClient();
  const { permissions = [] } = usePermissions<string[]>();
  const [month, setMonth] = useState(thisMonth());
  const [stationId, setStationId] = useState<string | undefined>();
  const [selected, setSelected] = useState<string | undefined>();
  const [adding, setAdding] = useState(false);
  const [form, setForm] = useState({ kind: 'REWARD', amount: '', reason: '' });
  const filter = { month, stationId };
  const { data = [], isPending, error } = useReport<Commission[]>('technicianCommission', filter);
  const col = (key: string) => translate(`texts.report.col.${key}`);
  const t = (key: string, args?: Record<string, unknown>) => translate(`app.reports.commission.${key}`, args);
  const columns: ReportColumn<Commission>[] = [
    { key: 'code', label: col('technicianCode'), value: (r) => r.technicianCode },
    { key: 'name', label: col('technician'), value: (r) => r.technicianName },
    { key: 'station', label: col('station'), value: (r) => r.stationName },
    { key: 'orders', label: col('orders'), value: (r) => r.orders, numeric: true },
    { key: 'credited', label: col('credited'), value: (r) => formatMoney(r.credited), numeric: true },
    { key: 'commission', label: col('commission'), value: (r) => formatMoney(r.commission), numeric: true },
    { key: 'base', label: col('baseWage'), value: (r) => formatMoney(r.baseWage), numeric: true },
    { key: 'cap', label: col('wageCap'), value: (r) => formatMoney(r.wageCap), numeric: true },
    { key: 'capDeduction', label: col('capDeduction'), value: (r) => formatMoney(r.capDeduction), numeric: true },
    { key: 'rewards', label: col('rewards'), value: (r) => formatMoney(r.rewards), numeric: true },
    { key: 'deductions', label: col('deductions'), value: (r) => formatMoney(r.deductions), numeric: true },
    { key: 'total', label: col('payTotal'), value: (r) => formatMoney(r.total), numeric: true },
  ];
  const lineColumns: ReportColumn<Line>[] = [
    { key: 'number', label: col('orderNumber'), value: (l) => l.orderNumber },
    { key: 'completed', label: col('completedAt'), value: (l) => formatDate(l.completedAt, locale) },
    { key: 'labour', label: col('labourFee'), value: (l) => formatMoney(l.labourFee), numeric: true },
    { key: 'visit', label: col('visitFee'), value: (l) => formatMoney(l.visitFee), numeric: true },
    { key: 'techs', label: col('technicians'), value: (l) => `${l.technicians}${l.lead && l.technicians > 1 ? ` (${t('lead')})` : ''}`, numeric: true },
    { key: 'credited', label: col('credited'), value: (l) => formatMoney(l.credited), numeric: true },
    { key: 'coefficient', label: col('coefficient'), value: (l) => l.coefficient, numeric: true },
    { key: 'commission', label: col('commission'), value: (l) => formatMoney(l.commission), numeric: true },
  ];
  const current = data.find((r) => r.technicianId === selected) ?? (mine ? data[0] : undefined);
  const mayAdjust = !mine && permissions.includes('report:adjustCommission');
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['report', 'technicianCommission'] });
  const add = async () => {
    try {
      await callReport('addCommissionAdjustment', { input: { technicianId: selected, month, kind: form.kind, amount: Number(form.amount), reason: form.reason } });
      setAdding(false);
      setForm({ kind: 'REWARD', amount: '', reason: '' });
      await refresh();
    } catch (e) {
      notify((e as Error).message, { type: 'error', multiLine: true });
    }
  };
  const remove = async (id: string) => {
    try {
      await callReport('deleteCommissionAdjustment', { id });
      await refresh();
    } catch (e) {
      notify((e as Error).message, { type: 'error', multiLine: true });
    }
  };
  return (
    <ReportLayout
      title={translate(mine ? 'app.reports.menu.myCommission' : 'app.reports.menu.commission')}
      period={month}
      loading={isPending}
      error={error}
      empty={!data.length}
      exportSource={() => ({ report: 'TECHNICIAN_COMMISSION', reportParams: filter })}
      filters={
        <>
          <MonthInput label={translate('app.reports.month')} value={month} onChange={setMonth} />
          {!mine && <ReferenceFilter source="stationId" reference="serviceStations" label={translate('app.reports.station')} onChange={setStationId} />}
        </>
      }
    >
      {data.length > 0 && !mine && (
        <>
          <ReportChart
            option={{
              tooltip: { trigger: 'axis' },
              grid: { left: 64, right: 16, top: 16, bottom: 48 },
              xAxis: { type: 'category', data: data.map((r) => r.technicianName), axisLabel: { rotate: 30 } },
              yAxis: { type: 'value' },
              series: [{ name: col('payTotal'), type: 'bar', data: data.map((r) => r.total) }],
            }}
          />
          <ReportTable label="commission" columns={columns} rows={data} rowKey={(r) => r.technicianId} onRowClick={(r) => setSelected(r.technicianId)} />
        </>
      )}
      {mine && current && <ReportTable label="commission" columns={columns} rows={[current]} rowKey={(r) => r.technicianId} />}
      {current && (
        <Box sx={{ mt: 2 }} data-testid="commission-detail">
          <Typography variant="subtitle1">
            {current.technicianName} · {t('lines')}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {t('how', { base: formatMoney(current.baseWage), commission: formatMoney(current.commission), credited: formatMoney(current.credited), coefficient: current.coefficient, gross: formatMoney(current.gross) })}
          </Typography>
          <ReportTable label="commission-lines" columns={lineColumns} rows={current.lines} rowKey={(l) => l.orderId} />
          <Stack direction="row" alignItems="center" sx={{ mt: 2 }}>
            <Typography variant="subtitle1">{t('adjust')}</Typography>
            <Box sx={{ flex: 1 }} />
            {mayAdjust && (
              <Button label="app.reports.commission.add" onClick={() => setAdding(true)}>
                <AddIcon />
              </Button>
            )}
          </Stack>
          {current.adjustments.map((a) => (
            <Stack key={a.id} direction="row" columnGap={2} alignItems="center">
              <Typography sx={{ minWidth: 60 }}>{translate(`enums.AdjustmentKind.${a.kind}`)}</Typography>
              <Typography sx={{ minWidth: 100 }}>{formatMoney(a.amount)}</Typography>
              <Typography sx={{ flex: 1 }}>{a.reason}</Typography>
              <Typography color="text.secondary">
                {a.enteredBy} {formatDate(a.createdAt, locale)}
              </Typography>
              {mayAdjust && (
                <IconButton aria-label={t('remove')} className="no-print" onClick={() => void remove(a.id)}>
                  <DeleteIcon />
                </IconButton>
              )}
            </Stack>
          ))}
        </Box>
      )}
      <Dialog open={adding} onClose={() => setAdding(false)} fullWidth maxWidth="xs">
        <DialogTitle>{t('add')}</DialogTitle>
        <DialogContent>
          <Stack rowGap={2} sx={{ mt: 1 }}>
            <TextField select label={t('kind')} value={form.kind} onChange={(e) => setForm({ ...form, kind: e.target.value })}>
              {['REWARD', 'DEDUCTION'].map((k) => (
                <MenuItem key={k} value={k}>
                  {translate(`enums.AdjustmentKind.${k}`)}
                </MenuItem>
              ))}
            </TextField>
            <TextField label={t('amount')} type="number" value={form.amount} onChange={(e) => setForm({ ...form, amount: e.target.value })} />
            <TextField label={t('reason')} value={form.reason} onChange={(e) => setForm({ ...form, reason: e.target.value })} required />
          </Stack>
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={() => setAdding(false)}>{translate('ra.action.cancel')}</MuiButton>
          <MuiButton variant="contained" disabled={!form.amount || !form.reason.trim()} onClick={() => void add()}>
            {translate('ra.action.save')}
          </MuiButton>
        </DialogActions>
      </Dialog>
    </ReportLayout>
  );
};
