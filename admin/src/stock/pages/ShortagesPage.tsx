import { useState } from 'react';
import DownloadIcon from '@mui/icons-material/Download';
import ShoppingCartIcon from '@mui/icons-material/ShoppingCart';
import {
  Alert,
  Box,
  Card,
  CardContent,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Button as MuiButton,
} from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Form, Title, useCanAccess, useCreatePath, useDataProvider, useNotify, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { downloadRows } from '../../common/csv';
import { ReferenceAutocomplete } from '../../common/ReferenceAutocomplete';
import type { AppDataProvider } from '../../dataProvider';
import type { Shortage } from '../../dataProvider/stockOperations';
import { ReportFilter } from './ReportFilter';

const rowKey = (r: Shortage) => `${r.partId}/${r.warehouseId}`;

/**
 * 缺件通知单: parts under their reorder point per parts warehouse, with what is coming and what to
 * order; a selection becomes purchase orders (one per warehouse) in one action; CSV for the supplier.
 */
export const ShortagesPage = () => {
  const dataProvider = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const createPath = useCreatePath();
  const queryClient = useQueryClient();
  const { canAccess: mayOrder } = useCanAccess({ resource: 'purchaseOrders', action: 'create' });
  const [filter, setFilter] = useState<{ stationId?: string; warehouseId?: string }>({});
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [asking, setAsking] = useState(false);
  const [supplier, setSupplier] = useState('');
  const { data: rows = [], isPending, error } = useQuery({ queryKey: ['stockShortages', filter], queryFn: async () => (await dataProvider.stockShortages(filter)).data });
  const t = (key: string) => translate(`app.stock.shortages.${key}`);
  const columns = [
    { header: t('warehouse'), value: (r: Shortage) => r.warehouse.name },
    { header: t('part_code'), value: (r: Shortage) => r.part.code },
    { header: t('part_name'), value: (r: Shortage) => r.part.name },
    { header: t('on_hand'), value: (r: Shortage) => r.onHand },
    { header: t('reorder_point'), value: (r: Shortage) => r.reorderPoint },
    { header: t('inbound'), value: (r: Shortage) => r.inbound },
    { header: t('suggested'), value: (r: Shortage) => r.suggestedQuantity },
  ];
  const orderable = rows.filter((r) => r.suggestedQuantity > 0);
  const chosen = orderable.filter((r) => selected.has(rowKey(r)));
  const toggle = (r: Shortage) => {
    const next = new Set(selected);
    if (next.has(rowKey(r))) next.delete(rowKey(r));
    else next.add(rowKey(r));
    setSelected(next);
  };
  const order = async () => {
    try {
      const { data } = await dataProvider.purchaseOrdersFromShortages({ supplier, items: chosen.map((r) => ({ partId: r.partId, warehouseId: r.warehouseId })) });
      notify('app.stock.message.purchase_orders_made', { type: 'success', messageArgs: { numbers: data.map((d) => d.number).join('、') } });
      setAsking(false);
      setSelected(new Set());
      await queryClient.invalidateQueries({ queryKey: ['stockShortages'] });
      if (data.length === 1) navigate(createPath({ resource: 'purchaseOrders', id: data[0].id, type: 'show' }));
    } catch (e) {
      notify((e as Error).message, { type: 'error', multiLine: true });
    }
  };
  return (
    <Box sx={{ mt: 1 }}>
      <Title title="app.menu.stockShortages" />
      <Card>
        <CardContent>
          <Stack direction={{ xs: 'column', md: 'row' }} columnGap={2} alignItems={{ md: 'center' }}>
            <Form>
              <ReportFilter names={['stationId', 'warehouseId']} onChange={setFilter} />
              <Stack direction={{ xs: 'column', sm: 'row' }} columnGap={2}>
                <ReferenceAutocomplete source="stationId" reference="serviceStations" label={t('station')} sx={{ minWidth: 240 }} />
                <ReferenceAutocomplete source="warehouseId" reference="warehouses" filter={{ kind: 'PARTS' }} label={t('warehouse')} sx={{ minWidth: 240 }} />
              </Stack>
            </Form>
            <Box sx={{ flex: 1 }} />
            {mayOrder && (
              <Button label={t('make_purchase_order')} variant="contained" onClick={() => setAsking(true)} disabled={!chosen.length}>
                <ShoppingCartIcon />
              </Button>
            )}
            <Button label={t('export')} onClick={() => downloadRows(rows, columns, t('file_name'))} disabled={!rows.length}>
              <DownloadIcon />
            </Button>
          </Stack>
          {isPending && <LinearProgress />}
          {error && <Alert severity="error">{error.message}</Alert>}
          {!isPending && !error && !rows.length && <Alert severity="success">{t('empty')}</Alert>}
          {rows.length > 0 && (
            <Table size="small" aria-label="shortages">
              <TableHead>
                <TableRow>
                  <TableCell padding="checkbox">
                    <Checkbox
                      checked={!!orderable.length && chosen.length === orderable.length}
                      indeterminate={!!chosen.length && chosen.length < orderable.length}
                      onChange={(e) => setSelected(e.target.checked ? new Set(orderable.map(rowKey)) : new Set())}
                      inputProps={{ 'aria-label': t('select_all') }}
                    />
                  </TableCell>
                  {columns.map((c) => (
                    <TableCell key={c.header}>{c.header}</TableCell>
                  ))}
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((r) => (
                  <TableRow key={rowKey(r)} data-part={r.part.code} hover>
                    <TableCell padding="checkbox">
                      <Checkbox checked={selected.has(rowKey(r))} disabled={r.suggestedQuantity === 0} onChange={() => toggle(r)} inputProps={{ 'aria-label': `${r.part.code} ${r.warehouse.name}` }} />
                    </TableCell>
                    {columns.map((c) => (
                      <TableCell key={c.header}>{c.value(r)}</TableCell>
                    ))}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </CardContent>
      </Card>
      <Dialog open={asking} onClose={() => setAsking(false)} fullWidth maxWidth="xs">
        <DialogTitle>{t('make_purchase_order')}</DialogTitle>
        <DialogContent>
          <Alert severity="info" sx={{ mb: 2 }}>
            {translate('app.stock.shortages.will_order', { lines: chosen.length, warehouses: new Set(chosen.map((r) => r.warehouseId)).size })}
          </Alert>
          <TextField label={t('supplier')} value={supplier} onChange={(e) => setSupplier(e.target.value)} fullWidth autoFocus required />
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={() => setAsking(false)}>{translate('ra.action.cancel')}</MuiButton>
          <MuiButton variant="contained" disabled={!supplier.trim()} onClick={() => void order()}>
            {t('make_purchase_order')}
          </MuiButton>
        </DialogActions>
      </Dialog>
    </Box>
  );
};
