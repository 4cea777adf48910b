import { Card, CardContent, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useListContext, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../dataProvider';
import { Money } from '../stock/Money';

/** 库存金额: the value of the stock at moving-average cost, in total and per warehouse (of the station filtered on). */
export const StockValueAside = () => {
  const dataProvider = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  const { filterValues } = useListContext();
  const stationId = (filterValues as { stationId?: string }).stationId;
  const { data } = useQuery({ queryKey: ['stockValue', stationId ?? null], queryFn: async () => (await dataProvider.stockValue({ stationId })).data });
  if (!data) return null;
  const top = [...data.warehouses].sort((a, b) => b.value - a.value).slice(0, 12);
  return (
    <Card sx={{ ml: 2, mt: 8, minWidth: 260, alignSelf: 'flex-start' }} variant="outlined" aria-label="stock value">
      <CardContent>
        <Typography variant="subtitle2" color="text.secondary">
          {translate('app.stock.value.title')}
        </Typography>
        <Typography variant="h5" component="p" sx={{ mb: 1 }}>
          <Money value={data.total} />
        </Typography>
        <Table size="small">
          <TableBody>
            {top.map((w) => (
              <TableRow key={w.warehouseId}>
                <TableCell sx={{ pl: 0 }}>{w.warehouse.name}</TableCell>
                <TableCell align="right" sx={{ pr: 0 }}>
                  <Money value={w.value} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {data.warehouses.length > top.length && (
          <Typography variant="caption" color="text.secondary">
            {translate('app.stock.value.more', { count: data.warehouses.length - top.length })}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
};
