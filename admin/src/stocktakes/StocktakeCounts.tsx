import { useRef, useState } from 'react';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import SaveIcon from '@mui/icons-material/Save';
import { Button, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../dataProvider';
import { Section } from '../serviceOrders/Section';

interface Line {
  id: string;
  partId: string;
  quantity: number;
  countedQuantity?: number | null;
  part: { code: string; name: string; unit: string };
}

/**
 * 录入盘点数 while the sheet is open (for whoever may confirm it): type the counts, or upload a CSV
 * of `part code,counted`. Each count is taken as of the moment it is saved.
 */
export const StocktakeCounts = () => {
  const sheet = useRecordContext<{ id: string; status: string; allowedActions?: string[]; lines?: Line[] }>();
  const dataProvider = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const file = useRef<HTMLInputElement>(null);
  const [counts, setCounts] = useState<Record<string, string>>({});
  if (!sheet || sheet.status !== 'OPEN' || !sheet.allowedActions?.includes('CONFIRM')) return null;
  const changed = Object.entries(counts).filter(([, v]) => v !== '' && /^\d+$/.test(v));
  const done = (n: number) => {
    notify('app.stock.message.counts_saved', { type: 'success', messageArgs: { count: n } });
    setCounts({});
    refresh();
  };
  const fail = (error: unknown) => notify((error as Error).message, { type: 'error', multiLine: true });
  const save = () =>
    dataProvider
      .recordStocktakeCounts(sheet.id, changed.map(([partId, v]) => ({ partId, countedQuantity: Number(v) })))
      .then(() => done(changed.length), fail);
  const upload = async (f: File) => {
    try {
      const csv = (await f.text()).replace(/^\ufeff/, '');
      const { data } = await dataProvider.importStocktakeCounts(sheet.id, csv);
      done(data.countedLines);
    } catch (error) {
      fail(error);
    }
  };
  return (
    <Section
      title="app.stock.section.counts"
      action={
        <Stack direction="row" spacing={1}>
          <input ref={file} type="file" accept=".csv,text/csv,text/plain" hidden onChange={(e) => e.target.files?.[0] && void upload(e.target.files[0])} data-testid="csv-file" />
          <Button startIcon={<UploadFileIcon />} onClick={() => file.current?.click()}>
            {translate('app.stock.action.upload_csv')}
          </Button>
          <Button variant="contained" startIcon={<SaveIcon />} disabled={!changed.length} onClick={save}>
            {translate('app.stock.action.save_counts')}
          </Button>
        </Stack>
      }
    >
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('app.stock.message.count_hint')}
      </Typography>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.stocktakeLines.fields.partId')}</TableCell>
            <TableCell align="right">{translate('resources.stocktakeLines.fields.quantity')}</TableCell>
            <TableCell align="right">{translate('resources.stocktakeLines.fields.countedQuantity')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {(sheet.lines ?? []).map((l) => (
            <TableRow key={l.id}>
              <TableCell>
                {l.part.code} {l.part.name}
              </TableCell>
              <TableCell align="right">{l.quantity}</TableCell>
              <TableCell align="right">
                <TextField
                  size="small"
                  type="number"
                  inputProps={{ min: 0, 'aria-label': `${l.part.code} ${translate('resources.stocktakeLines.fields.countedQuantity')}` }}
                  sx={{ width: 110 }}
                  placeholder={l.countedQuantity == null ? '' : String(l.countedQuantity)}
                  value={counts[l.partId] ?? ''}
                  onChange={(e) => setCounts({ ...counts, [l.partId]: e.target.value })}
                />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Section>
  );
};
