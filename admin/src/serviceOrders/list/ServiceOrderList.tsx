import { List, useLocaleState, useTranslate } from 'react-admin';
import { OrderDatagrid } from './OrderDatagrid';
import { orderExporter } from './orderExporter';
import { OrderListActions } from './OrderListActions';
import { useOrderFilters } from './useOrderFilters';

export const ServiceOrderList = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <List
      filters={useOrderFilters()}
      actions={<OrderListActions />}
      sort={{ field: 'createdAt', order: 'DESC' }}
      exporter={orderExporter(translate, locale)}
      perPage={25}
    >
      <OrderDatagrid />
    </List>
  );
};
