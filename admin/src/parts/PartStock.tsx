import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Labeled, useRecordContext, useTranslate } from 'react-admin';
import { Money } from '../stock/Money';

interface Balance {
  id: string;
  onHand: number;
  averageCost: number | null;
  value: number | null;
  warehouse: { id: string; name: string };
}

/** 库存: what each warehouse the reader may see holds of the part, at moving-average cost, and in total. */
export const PartStock = () => {
  const part = useRecordContext<{ stock?: Balance[]; reorderPoint: number; unit: string }>();
  const translate = useTranslate();
  if (!part?.stock) return null;
  const f = (name: string) => translate(`resources.stockBalances.fields.${name}`);
  const total = part.stock.reduce((n, b) => n + b.onHand, 0);
  const value = part.stock.reduce((n, b) => n + (b.value ?? 0), 0);
  return (
    <Labeled label="resources.parts.fields.stock">
      {part.stock.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('app.stock.message.not_stocked')}
        </Typography>
      ) : (
        <Table size="small" aria-label="stock per warehouse">
          <TableHead>
            <TableRow>
              <TableCell>{f('warehouseId')}</TableCell>
              <TableCell align="right">{f('onHand')}</TableCell>
              <TableCell align="right">{f('averageCost')}</TableCell>
              <TableCell align="right">{f('value')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {part.stock.map((b) => (
              <TableRow key={b.id} data-warehouse={b.warehouse.name} sx={b.onHand < part.reorderPoint ? { bgcolor: 'warning.light' } : undefined}>
                <TableCell>{b.warehouse.name}</TableCell>
                <TableCell align="right">
                  {b.onHand} {part.unit}
                </TableCell>
                <TableCell align="right">
                  <Money value={b.averageCost} />
                </TableCell>
                <TableCell align="right">
                  <Money value={b.value} />
                </TableCell>
              </TableRow>
            ))}
            <TableRow>
              <TableCell sx={{ fontWeight: 600 }}>{translate('app.stock.total')}</TableCell>
              <TableCell align="right" sx={{ fontWeight: 600 }}>
                {total} {part.unit}
              </TableCell>
              <TableCell />
              <TableCell align="right" sx={{ fontWeight: 600 }}>
                <Money value={value} />
              </TableCell>
            </TableRow>
          </TableBody>
        </Table>
      )}
    </Labeled>
  );
};
