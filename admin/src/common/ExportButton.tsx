import { useState } from 'react';
import DownloadIcon from '@mui/icons-material/Download';
import {
  Button,
  defaultExporter,
  useDataProvider,
  useListContext,
  useLocaleState,
  useNotify,
  useResourceDefinitions,
  useTranslate,
  type Exporter,
} from 'react-admin';
import { EXPORT_LIMIT, fetchAllRows } from './fetchAllRows';
import { listExporter } from './listExporter';

/**
 * Exports the list as filtered and sorted, every page of it (500 rows a request, the API's limit),
 * up to 10,000 rows; more are cut with a warning that says so, and a failure shows the server's
 * message. For the lists the server does not export yet (see ListExport).
 */
export const ExportButton = ({ exporter: own }: { exporter?: Exporter }) => {
  const { resource, filter, filterValues, sort, total, exporter: fromList } = useListContext();
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const definitions = useResourceDefinitions();
  const [progress, setProgress] = useState<string | null>(null);

  const run = async () => {
    setProgress('0');
    try {
      const { rows, total: all } = await fetchAllRows(dataProvider, resource, { filter: { ...filterValues, ...filter }, sort }, (done, of) =>
        setProgress(`${done}/${of}`),
      );
      // react-admin's default exporter (raw field names, no byte-order mark) gives way to ours.
      const exporter = own || (fromList && fromList !== defaultExporter ? fromList : listExporter(translate, locale, definitions));
      await exporter(rows, () => Promise.resolve({}), dataProvider, resource);
      if (all > rows.length) notify('app.export.truncated', { type: 'warning', messageArgs: { limit: EXPORT_LIMIT, total: all } });
    } catch (error) {
      notify('app.export.failed', { type: 'error', messageArgs: { reason: error instanceof Error ? error.message : String(error) } });
    } finally {
      setProgress(null);
    }
  };

  return (
    <Button
      onClick={run}
      label={progress ? translate('app.export.running', { progress }) : 'ra.action.export'}
      disabled={total === 0 || progress !== null}
    >
      <DownloadIcon />
    </Button>
  );
};
