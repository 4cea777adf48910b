import { List, useTranslate } from 'react-admin';
import { OrderDatagrid } from './OrderDatagrid';
import { orderExporter } from './orderExporter';
import { OrderListActions } from './OrderListActions';
import { useOrderFilters } from './useOrderFilters';

export const ServiceOrderList = () => {
  const translate = useTranslate();
  return (
    <List
      filters={useOrderFilters()}
      actions={<OrderListActions />}
      sort={{ field: 'createdAt', order: 'DESC' }}
      exporter={orderExporter(translate)}
      perPage={25}
    >
      <OrderDatagrid />
    </List>
  );
};
