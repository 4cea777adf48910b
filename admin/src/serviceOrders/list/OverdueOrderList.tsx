import { List } from 'react-admin';
import { OrderDatagrid } from './OrderDatagrid';
import { OrderListActions } from './OrderListActions';
import { useOrderFilters } from './useOrderFilters';

/** 超期: orders past their SLA deadline and not done, the soonest due (most overdue) first. */
export const OverdueOrderList = () => {
  return (
    <List
      resource="serviceOrders"
      storeKey="serviceOrders.overdue"
      title="app.menu.overdue"
      filter={{ overdue: true }}
      filters={useOrderFilters({ overdueList: true })}
      actions={<OrderListActions intake={false} />}
      sort={{ field: 'slaDueAt', order: 'ASC' }}
      perPage={25}
    >
      <OrderDatagrid />
    </List>
  );
};
