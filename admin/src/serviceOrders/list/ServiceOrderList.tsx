import { List } from 'react-admin';
import { OrderDatagrid } from './OrderDatagrid';
import { OrderListActions } from './OrderListActions';
import { useOrderFilters } from './useOrderFilters';

export const ServiceOrderList = () => {
  return (
    <List
      filters={useOrderFilters()}
      actions={<OrderListActions />}
      sort={{ field: 'createdAt', order: 'DESC' }}
      perPage={25}
    >
      <OrderDatagrid />
    </List>
  );
};
