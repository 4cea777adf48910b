import { List, useLocaleState, useTranslate } from 'react-admin';
import { OrderDatagrid } from './OrderDatagrid';
import { orderExporter } from './orderExporter';
import { OrderListActions } from './OrderListActions';
import { useOrderFilters } from './useOrderFilters';

/** 超期: orders past their SLA deadline and not done, the soonest due (most overdue) first. */
export const OverdueOrderList = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <List
      resource="serviceOrders"
      storeKey="serviceOrders.overdue"
      title="app.menu.overdue"
      filter={{ overdue: true }}
      filters={useOrderFilters({ overdueList: true })}
      actions={<OrderListActions intake={false} />}
      sort={{ field: 'slaDueAt', order: 'ASC' }}
      exporter={orderExporter(translate, locale)}
      perPage={25}
    >
      <OrderDatagrid />
    </List>
  );
};
