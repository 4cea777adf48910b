import { useState } from 'react';
import DownloadIcon from '@mui/icons-material/Download';
import {
  Alert,
  Box,
  Card,
  CardContent,
  LinearProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Button, Form, Title, useCanAccess, useDataProvider, useTranslate } from 'react-admin';
import { OrderAwaitedButton } from '../../stock/pages/OrderAwaitedButton';
import { downloadRows } from '../../common/csv';
import { ReferenceAutocomplete } from '../../common/ReferenceAutocomplete';
import { useFormatDateTime } from '../../common/useFormatDateTime';
import type { AppDataProvider } from '../../dataProvider';
import type { AwaitingParts } from '../../dataProvider/operations';
import { OrderNumberLink } from '../OrderNumberLink';
import { FilterWatcher } from './FilterWatcher';

export interface AwaitingPartsFilter {
  stationId?: string;
  manufacturerId?: string;
}

/** 待件清单: parts orders are waiting for, per station and manufacturer, to request them (CSV for the manufacturer). */
export const AwaitingPartsReport = () => {
  const dataProvider = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  const format = useFormatDateTime();
  const [filter, setFilter] = useState<AwaitingPartsFilter>({});
  const {
    data: rows = [],
    isPending,
    error,
  } = useQuery({
    queryKey: ['awaitingParts', filter],
    queryFn: async () => (await dataProvider.awaitingParts(filter)).data,
  });
  const t = (key: string) => translate(`app.order.awaiting_parts.${key}`);
  const columns = [
    { header: t('station'), value: (r: AwaitingParts) => r.station.name },
    { header: t('manufacturer'), value: (r: AwaitingParts) => r.manufacturer?.name },
    { header: t('part_code'), value: (r: AwaitingParts) => r.part.code },
    { header: t('part_name'), value: (r: AwaitingParts) => r.part.name },
    { header: t('quantity'), value: (r: AwaitingParts) => r.quantity },
    { header: t('order_count'), value: (r: AwaitingParts) => r.orderCount },
    { header: t('oldest'), value: (r: AwaitingParts) => format(r.oldestRequestedAt) },
    { header: t('arrived'), value: (r: AwaitingParts) => r.arrivedQuantity },
    { header: t('incoming'), value: (r: AwaitingParts) => r.incoming.join(' ') },
    { header: t('order_numbers'), value: (r: AwaitingParts) => r.orderNumbers.join(' ') },
  ];
  const { canAccess: mayOrder } = useCanAccess({ resource: 'purchaseOrders', action: 'create' });

  return (
    <Box sx={{ mt: 1 }}>
      <Title title="app.menu.awaitingParts" />
      <Card>
        <CardContent>
          <Stack direction={{ xs: 'column', md: 'row' }} columnGap={2} alignItems={{ md: 'center' }}>
            <Form>
              <FilterWatcher onChange={setFilter} />
              <Stack direction={{ xs: 'column', sm: 'row' }} columnGap={2}>
                <ReferenceAutocomplete
                  source="stationId"
                  reference="serviceStations"
                  label={t('station')}
                  sx={{ minWidth: 260 }}
                />
                <ReferenceAutocomplete
                  source="manufacturerId"
                  reference="manufacturers"
                  label={t('manufacturer')}
                  sx={{ minWidth: 260 }}
                />
              </Stack>
            </Form>
            <Box sx={{ flex: 1 }} />
            <Button label={t('export')} onClick={() => downloadRows(rows, columns, t('file_name'))} disabled={rows.length === 0}>
              <DownloadIcon />
            </Button>
          </Stack>
          {isPending && <LinearProgress />}
          {error && <Alert severity="error">{error.message}</Alert>}
          {!isPending && !error && rows.length === 0 && <Alert severity="info">{t('empty')}</Alert>}
          {rows.length > 0 && (
            <Table size="small">
              <TableHead>
                <TableRow>
                  {columns.map((c) => (
                    <TableCell key={c.header}>{c.header}</TableCell>
                  ))}
                  {mayOrder && <TableCell />}
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((row) => (
                  <TableRow key={`${row.station.id}-${row.manufacturer?.id}-${row.part.id}`}>
                    {columns.slice(0, -1).map((c) => (
                      <TableCell key={c.header}>{c.value(row)}</TableCell>
                    ))}
                    <TableCell>
                      <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap">
                        {row.orderNumbers.map((number) => (
                          <OrderNumberLink key={number} number={number} />
                        ))}
                      </Stack>
                    </TableCell>
                    {mayOrder && (
                      <TableCell>
                        <OrderAwaitedButton row={row} />
                      </TableCell>
                    )}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </CardContent>
      </Card>
    </Box>
  );
};
