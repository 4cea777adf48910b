import { Chip, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useDataProvider, useTranslate } from 'react-admin';
import { useFormatDateTime } from '../../common/useFormatDateTime';
import type { AppDataProvider } from '../../dataProvider';
import { TechnicianReportPage } from './TechnicianReportPage';

/** 维修员持有: what each technician still holds: requisitioned (not used nor back), borrowed, old parts due. */
export const HoldingsPage = () => {
  const dataProvider = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  const format = useFormatDateTime();
  const t = (key: string) => translate(`app.stock.holdings.${key}`);
  return (
    <TechnicianReportPage
      title="app.menu.technicianHoldings"
      texts="app.stock.holdings"
      queryKey="technicianHoldings"
      load={async (filter) => (await dataProvider.technicianHoldings(filter)).data}
      emptySeverity="info"
    >
      {(rows) => (
        <Table size="small" aria-label="holdings">
          <TableHead>
            <TableRow>
              <TableCell>{t('station')}</TableCell>
              <TableCell>{t('technician')}</TableCell>
              <TableCell>{t('part')}</TableCell>
              <TableCell align="right">{t('requisitioned')}</TableCell>
              <TableCell align="right">{t('borrowed')}</TableCell>
              <TableCell align="right">{t('old_parts_due')}</TableCell>
              <TableCell>{t('since')}</TableCell>
              <TableCell>{t('documents')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={`${r.technician.id}/${r.part.id}`}>
                <TableCell>{r.station.name}</TableCell>
                <TableCell>{r.technician.name}</TableCell>
                <TableCell>
                  {r.part.code} {r.part.name}
                </TableCell>
                <TableCell align="right">{r.requisitioned}</TableCell>
                <TableCell align="right">{r.borrowed}</TableCell>
                <TableCell align="right">{r.oldPartsDue}</TableCell>
                <TableCell>
                  {format(r.since)} {r.late && <Chip size="small" color="error" label={t('late')} />}
                </TableCell>
                <TableCell>{r.documentNumbers.join(' ')}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </TechnicianReportPage>
  );
};
