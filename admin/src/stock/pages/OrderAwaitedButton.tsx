import ShoppingCartIcon from '@mui/icons-material/ShoppingCart';
import { Button, useCreatePath, useDataProvider, useNotify, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import type { AwaitingParts } from '../../dataProvider/operations';

/**
 * From the awaiting-parts list: a purchase order for the station's parts warehouse bringing the
 * row's awaited lines not yet ordered (they are linked to it: receiving it issues them to their orders).
 */
export const OrderAwaitedButton = ({ row }: { row: AwaitingParts }) => {
  const dataProvider = useDataProvider();
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const createPath = useCreatePath();
  if (!row.unlinkedOrderPartIds.length) return null;
  const order = async () => {
    try {
      const { data: warehouses } = await dataProvider.getList('warehouses', {
        filter: { stationId: row.station.id, kind: 'PARTS', active: true },
        sort: { field: 'code', order: 'ASC' },
        pagination: { page: 1, perPage: 1 },
      });
      if (!warehouses.length) throw new Error(translate('app.order.awaiting_parts.no_warehouse'));
      const { data } = await dataProvider.create('purchaseOrders', {
        data: { warehouseId: warehouses[0].id, supplier: row.manufacturer?.name ?? translate('app.order.awaiting_parts.manufacturer'), awaitedPartIds: row.unlinkedOrderPartIds },
      });
      navigate(createPath({ resource: 'purchaseOrders', id: data.id, type: 'show' }));
    } catch (e) {
      notify((e as Error).message, { type: 'error', multiLine: true });
    }
  };
  return (
    <Button label="app.order.awaiting_parts.order_awaited" onClick={() => void order()} data-order-awaited={row.part.code}>
      <ShoppingCartIcon />
    </Button>
  );
};
