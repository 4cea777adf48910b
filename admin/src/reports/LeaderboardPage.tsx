import { useEffect, useState } from 'react';
import { Stack, TextField } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { Button, useNotify, usePermissions, useTranslate } from 'react-admin';
import { MonthInput, ReportChart, ReportLayout, ReportTable, type ReportColumn } from './ReportLayout';
import { ReferenceFilter } from './ReferenceFilter';
import { callReport, hours, percent, thisMonth, useReport } from './reportsApi';

interface Row {
  rank: number;
  technicianId: string;
  technicianCode: string;
  technicianName: string;
  stationName: string;
  completed: number;
  avgTurnaroundHours: number | null;
  repeatRate: number | null;
  satisfaction: number | null;
  overdue: number;
  score: number;
}
type Weights = Record<'completed' | 'turnaround' | 'repeatRate' | 'satisfaction' | 'overdue', number>;
interface Board {
  weights: Weights;
  rows: Row[];
}

const WEIGHT_KEYS = ['completed', 'turnaround', 'repeatRate', 'satisfaction', 'overdue'] as const;
const WEIGHT_LABELS: Record<(typeof WEIGHT_KEYS)[number], string> = { completed: 'completed', turnaround: 'avgTurnaroundHours', repeatRate: 'repeatRate', satisfaction: 'satisfaction', overdue: 'overdue' };

/** 赛马场: technicians ranked on a combined score whose weights managers set (data, not code). */
export const LeaderboardPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const { permissions = [] } = usePermissions<string[]>();
  const [month, setMonth] = useState(thisMonth());
  const [stationId, setStationId] = useState<string | undefined>();
  const filter = { month, stationId };
  const { data, isPending, error } = useReport<Board>('technicianLeaderboard', filter);
  const [weights, setWeights] = useState<Weights | undefined>();
  useEffect(() => setWeights(data?.weights), [data?.weights]);
  const col = (key: string) => translate(`texts.report.col.${key}`);
  const columns: ReportColumn<Row>[] = [
    { key: 'rank', label: col('rank'), value: (r) => r.rank, numeric: true },
    { key: 'name', label: col('technician'), value: (r) => `${r.technicianName} (${r.technicianCode})` },
    { key: 'station', label: col('station'), value: (r) => r.stationName },
    { key: 'completed', label: col('completed'), value: (r) => r.completed, numeric: true },
    { key: 'turnaround', label: col('avgTurnaroundHours'), value: (r) => hours(r.avgTurnaroundHours), numeric: true },
    { key: 'repeat', label: col('repeatRate'), value: (r) => percent(r.repeatRate), numeric: true },
    { key: 'satisfaction', label: col('satisfaction'), value: (r) => r.satisfaction ?? '—', numeric: true },
    { key: 'overdue', label: col('overdue'), value: (r) => r.overdue, numeric: true },
    { key: 'score', label: col('score'), value: (r) => r.score.toFixed(1), numeric: true },
  ];
  const save = async () => {
    try {
      await callReport('updateLeaderboardWeights', { input: weights });
      notify('app.reports.leaderboard.saved', { type: 'success' });
      await queryClient.invalidateQueries({ queryKey: ['report', 'technicianLeaderboard'] });
    } catch (e) {
      notify((e as Error).message, { type: 'error', multiLine: true });
    }
  };
  const rows = data?.rows ?? [];
  return (
    <ReportLayout
      title={translate('app.reports.menu.leaderboard')}
      period={month}
      loading={isPending}
      error={error}
      empty={!!data && !rows.length}
      exportSource={() => ({ report: 'TECHNICIAN_LEADERBOARD', reportParams: filter })}
      filters={
        <>
          <MonthInput label={translate('app.reports.month')} value={month} onChange={setMonth} />
          <ReferenceFilter source="stationId" reference="serviceStations" label={translate('app.reports.station')} onChange={setStationId} />
        </>
      }
    >
      {weights && (
        <Stack direction="row" columnGap={1} alignItems="center" flexWrap="wrap" sx={{ mb: 1 }} className="no-print">
          {WEIGHT_KEYS.map((k) => (
            <TextField key={k} size="small" type="number" label={col(WEIGHT_LABELS[k])} value={weights[k]} disabled={!permissions.includes('report:changeLeaderboardWeights')} onChange={(e) => setWeights({ ...weights, [k]: Number(e.target.value) })} sx={{ width: 130 }} />
          ))}
          {permissions.includes('report:changeLeaderboardWeights') && <Button label="app.reports.leaderboard.save_weights" onClick={() => void save()} />}
        </Stack>
      )}
      {rows.length > 0 && (
        <>
          <ReportChart
            option={{
              tooltip: { trigger: 'axis' },
              grid: { left: 48, right: 16, top: 16, bottom: 56 },
              xAxis: { type: 'category', data: rows.slice(0, 20).map((r) => r.technicianName), axisLabel: { rotate: 30 } },
              yAxis: { type: 'value', max: 100 },
              series: [{ name: col('score'), type: 'bar', data: rows.slice(0, 20).map((r) => r.score) }],
            }}
          />
          <ReportTable label="leaderboard" columns={columns} rows={rows} rowKey={(r) => r.technicianId} />
        </>
      )}
    </ReportLayout>
  );
};
