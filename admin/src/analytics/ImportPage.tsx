import { useRef, useState } from 'react';
import DownloadIcon from '@mui/icons-material/Download';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import UploadIcon from '@mui/icons-material/Upload';
import { Alert, Box, Card, CardContent, LinearProgress, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { Button, Title, useLocaleState, usePermissions, useTranslate } from 'react-admin';
import { toHttpError } from '../dataProvider/errors';
import { awaitImport, downloadTemplate, QUEUED, uploadImport, type UploadResult } from './transfer';
import { useAnalytics } from './useAnalytics';

/** The importable records and the permission each needs (the API checks again). */
const ENTITIES: Array<{ entity: string; permission: string }> = [
  { entity: 'customers', permission: 'customer:write' },
  { entity: 'products', permission: 'product:write' },
  { entity: 'productUnits', permission: 'productUnit:write' },
  { entity: 'codes', permission: 'codeTable:write' },
  { entity: 'parts', permission: 'part:write' },
  { entity: 'openingStock', permission: 'stock:write' },
];

/** Files larger than this are checked and written by a background job (the upload answers at once). */
const BACKGROUND_BYTES = 1024 * 1024;

type Outcome = { kind: 'result'; result: UploadResult; mode: 'DRY_RUN' | 'COMMIT' } | { kind: 'error'; message: string };

/**
 * 批量导入: a template per record type, a dry run listing every bad row (row, column, reason),
 * then the import itself, which writes every row or none. A file over 1 MiB is stored and run by
 * a background job; the page polls the batch for its progress and result.
 */
export const ImportPage = () => {
  const api = useAnalytics();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { permissions = [] } = usePermissions<string[]>();
  const allowed = ENTITIES.filter((e) => permissions.includes(e.permission));
  const [entity, setEntity] = useState(allowed[0]?.entity ?? 'customers');
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const t = (key: string, args?: Record<string, unknown>) => translate(`app.analytics.import.${key}`, args);

  const run = async (mode: 'DRY_RUN' | 'COMMIT') => {
    if (!file) return;
    setOutcome(null);
    setProgress(t('uploading', { percent: 0 }));
    try {
      const background = file.size > BACKGROUND_BYTES;
      const batch = await api.startImport({ entity, mode, fileName: file.name, background });
      let result = await uploadImport(api, batch, file, locale, (p) =>
        setProgress(p.phase === 'upload' ? t('uploading', { percent: Math.round(p.sent * 100) }) : t(p.writing ? 'writing' : 'checking', { rows: p.rows.toLocaleString() })),
      );
      if (result.status === QUEUED) {
        setProgress(t('queued'));
        result = await awaitImport(api, batch.id, (p) =>
          setProgress(p.status === 'QUEUED' ? t('queued') : t(p.status === 'WRITING' ? 'background_writing' : 'background_checking', { rows: p.rows.toLocaleString() })),
        );
      }
      setOutcome({ kind: 'result', result, mode });
    } catch (error) {
      setOutcome({ kind: 'error', message: t('failed', { reason: toHttpError(error).message }) });
    } finally {
      setProgress(null);
    }
  };

  const template = async (format: 'csv' | 'xlsx') => {
    try {
      await downloadTemplate(entity, format, locale, `${translate(`enums.ImportEntity.${entity}`)}-template.${format}`);
    } catch (error) {
      setOutcome({ kind: 'error', message: toHttpError(error).message });
    }
  };

  const result = outcome?.kind === 'result' ? outcome.result : undefined;
  return (
    <Box sx={{ mt: 1 }}>
      <Title title="app.analytics.import.title" />
      <Card>
        <CardContent>
          <Stack spacing={2}>
            <Typography variant="body2" color="text.secondary">
              {t('hint')}
            </Typography>
            {allowed.length === 0 && <Alert severity="info">{t('not_allowed')}</Alert>}
            <Stack direction="row" spacing={2} alignItems="center" flexWrap="wrap">
              <TextField select size="small" sx={{ minWidth: 200 }} label={t('entity')} value={entity} onChange={(e) => setEntity(e.target.value)} data-testid="import-entity">
                {allowed.map((e) => (
                  <MenuItem key={e.entity} value={e.entity}>
                    {translate(`enums.ImportEntity.${e.entity}`)}
                  </MenuItem>
                ))}
              </TextField>
              <Button label={`${t('template')} XLSX`} onClick={() => void template('xlsx')}>
                <DownloadIcon />
              </Button>
              <Button label={`${t('template')} CSV`} onClick={() => void template('csv')}>
                <DownloadIcon />
              </Button>
            </Stack>
            <Stack direction="row" spacing={2} alignItems="center">
              <input
                ref={input}
                type="file"
                accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                aria-label={t('file')}
                onChange={(e) => {
                  setFile(e.target.files?.[0] ?? null);
                  setOutcome(null);
                }}
              />
              <Button label="app.analytics.import.dry_run" variant="outlined" disabled={!file || !!progress} onClick={() => void run('DRY_RUN')}>
                <FactCheckIcon />
              </Button>
              <Button label="app.analytics.import.commit" variant="contained" disabled={!file || !!progress} onClick={() => void run('COMMIT')}>
                <UploadIcon />
              </Button>
            </Stack>
            {progress && (
              <Box role="status">
                <LinearProgress />
                <Typography variant="caption">{progress}</Typography>
              </Box>
            )}
            {outcome?.kind === 'error' && <Alert severity="error">{outcome.message}</Alert>}
            {result && (
              <Alert severity={result.errorCount ? 'error' : 'success'} data-testid="import-outcome">
                {result.errorCount
                  ? t('invalid', { count: result.errorCount.toLocaleString() })
                  : outcome?.kind === 'result' && outcome.mode === 'COMMIT'
                    ? t('imported', { rows: result.rowsImported.toLocaleString() })
                    : t('valid', { rows: result.rowsValid.toLocaleString() })}
              </Alert>
            )}
            {result && result.errors.length > 0 && (
              <Table size="small" data-testid="import-errors">
                <TableHead>
                  <TableRow>
                    <TableCell>{t('row')}</TableCell>
                    <TableCell>{t('reason')}</TableCell>
                    <TableCell>{t('value')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {result.errors.map((e, i) => (
                    <TableRow key={i}>
                      <TableCell>{e.row}</TableCell>
                      <TableCell>{e.message}</TableCell>
                      <TableCell>{e.value}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </Stack>
        </CardContent>
      </Card>
    </Box>
  );
};
