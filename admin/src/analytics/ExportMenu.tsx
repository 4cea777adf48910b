import { useState } from 'react';
import DownloadIcon from '@mui/icons-material/Download';
import { Dialog, DialogContent, DialogTitle, LinearProgress, Menu, MenuItem, Typography } from '@mui/material';
import { Button, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { toHttpError } from '../dataProvider/errors';
import { downloadExport, downloadStoredExport, type Progress } from './transfer';
import { useAnalytics } from './useAnalytics';

/** What is exported: a query, a saved query or a list as filtered (ExportInput without its format). */
export type ExportSource = Record<string, unknown>;

/**
 * 导出: CSV or XLSX written by the server from the whole result (not the page on screen). A
 * dialog shows the rows written while the file streams — or, for a big result, while a background
 * job writes it (the server chooses), then downloads it; a failure is shown, never swallowed.
 */
export const ExportMenu = ({ source, disabled }: { source: () => ExportSource | undefined; disabled?: boolean }) => {
  const api = useAnalytics();
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [progress, setProgress] = useState<(Progress & { fileName: string; background?: boolean; queued?: boolean }) | null>(null);

  const run = async (format: 'CSV' | 'XLSX') => {
    setAnchor(null);
    const input = source();
    if (!input) return;
    try {
      // The server decides: over its threshold (EXPORT_JOB_ROWS) a background job writes the file.
      const started = await api.startExport({ ...input, format, delivery: 'AUTO' });
      setProgress({ done: 0, total: started.total, fileName: started.fileName, background: started.background, queued: started.background });
      if (started.background) await downloadStoredExport(api, started, locale, (p) => setProgress({ ...p, fileName: started.fileName, background: true }));
      else await downloadExport(api, started, locale, (p) => setProgress({ ...p, fileName: started.fileName }));
      notify('app.analytics.export.done', { type: 'info', messageArgs: { name: started.fileName } });
    } catch (error) {
      notify(translate('app.analytics.export.failed', { reason: toHttpError(error).message }), { type: 'error', autoHideDuration: 10000 });
    } finally {
      setProgress(null);
    }
  };

  const fraction = progress?.total ? Math.min(100, (100 * progress.done) / progress.total) : undefined;
  return (
    <>
      <Button label="app.analytics.export.label" disabled={disabled || !!progress} onClick={(e) => setAnchor(e.currentTarget)}>
        <DownloadIcon />
      </Button>
      <Menu anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}>
        <MenuItem onClick={() => void run('XLSX')}>{translate('app.analytics.export.xlsx')}</MenuItem>
        <MenuItem onClick={() => void run('CSV')}>{translate('app.analytics.export.csv')}</MenuItem>
      </Menu>
      <Dialog open={!!progress} fullWidth maxWidth="xs" aria-labelledby="export-progress-title">
        <DialogTitle id="export-progress-title">{translate('app.analytics.export.running')}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" sx={{ mb: 1 }}>
            {progress?.fileName}
          </Typography>
          {progress?.background && (
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }} data-testid="export-background">
              {translate(progress.queued ? 'app.analytics.export.queued' : 'app.analytics.export.background')}
            </Typography>
          )}
          <LinearProgress variant={fraction === undefined ? 'indeterminate' : 'determinate'} value={fraction ?? 0} />
          <Typography variant="caption" role="status">
            {translate('app.analytics.export.rows', { done: progress?.done ?? 0, total: progress?.total ?? '?' })}
          </Typography>
        </DialogContent>
      </Dialog>
    </>
  );
};
