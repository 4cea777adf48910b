import { Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useDataProvider, useTranslate } from 'react-admin';
import { useFormatDateTime } from '../../common/useFormatDateTime';
import type { AppDataProvider } from '../../dataProvider';
import { DocumentLink } from '../DocumentLink';
import { RESOURCE_OF_DOCUMENT_TYPE } from '../documents/documentTypes';
import { TechnicianReportPage } from './TechnicianReportPage';

/** 逾期未还: requisitions and borrowings past their return date, per station and technician (oldest due first). */
export const LateReturnsPage = () => {
  const dataProvider = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  const format = useFormatDateTime();
  const t = (key: string) => translate(`app.stock.late.${key}`);
  return (
    <TechnicianReportPage
      title="app.menu.lateReturns"
      texts="app.stock.late"
      queryKey="lateStockReturns"
      load={async (filter) => (await dataProvider.lateStockReturns(filter)).data}
      emptySeverity="success"
    >
      {(rows) => (
        <Table size="small" aria-label="late returns">
          <TableHead>
            <TableRow>
              <TableCell>{t('station')}</TableCell>
              <TableCell>{t('technician')}</TableCell>
              <TableCell>{t('document')}</TableCell>
              <TableCell>{t('due')}</TableCell>
              <TableCell align="right">{t('held')}</TableCell>
              <TableCell align="right">{t('old_parts_due')}</TableCell>
              <TableCell align="right">{t('days_late')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r, i) => {
              const first = i === 0 || rows[i - 1].station.id !== r.station.id;
              return (
                <TableRow key={r.documentId} data-number={r.number}>
                  <TableCell sx={{ fontWeight: first ? 600 : undefined }}>{first ? r.station.name : ''}</TableCell>
                  <TableCell>{first || rows[i - 1].technician.id !== r.technician.id ? r.technician.name : ''}</TableCell>
                  <TableCell>
                    <Stack direction="row" spacing={1} alignItems="center">
                      <DocumentLink resource={RESOURCE_OF_DOCUMENT_TYPE[r.documentType]} id={r.documentId} number={r.number} />
                      <Chip size="small" variant="outlined" label={translate(`enums.StockDocumentType.${r.documentType}`)} />
                    </Stack>
                  </TableCell>
                  <TableCell>{format(r.returnDueAt)}</TableCell>
                  <TableCell align="right">{r.heldQuantity}</TableCell>
                  <TableCell align="right">{r.oldPartsDue}</TableCell>
                  <TableCell align="right">
                    <Chip size="small" color="error" label={r.daysLate} />
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </TechnicianReportPage>
  );
};
