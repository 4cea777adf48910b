import { Box } from '@mui/material';
import { Datagrid, FunctionField, TextField } from 'react-admin';
import type { ServiceOrder } from '../../../../schema/generated/graphql';
import { MoneyField } from '../../common/MoneyField';
import { DateTimeField } from '../DateTimeField';
import { OrderFlags } from '../OrderFlags';
import { SlaDueField } from '../SlaDueField';
import { StatusField } from '../StatusField';

const Contact = (order: ServiceOrder) => (
  <>
    {order.contactName}
    <Box sx={{ color: 'text.secondary', whiteSpace: 'nowrap' }}>{order.contactPhone}</Box>
  </>
);

const NO_WRAP = { whiteSpace: 'nowrap' };

/** The number, and below it when the order was received (sorting by number is sorting by intake). */
const NumberAndReceived = (order: ServiceOrder) => (
  <>
    <Box component="span" sx={{ ...NO_WRAP, fontWeight: 600 }}>
      {order.number}
    </Box>
    <Box sx={{ color: 'text.secondary' }}>
      <DateTimeField source="createdAt" />
    </Box>
  </>
);

/**
 * The columns a dispatcher scans: who, what, where, by when, and what is special about it. Names
 * and flags wrap, so the list fits 1440 px in either language; narrower screens scroll the table,
 * never the page (the toolbar and its export button stay in view).
 */
export const OrderDatagrid = () => (
  <Box sx={{ overflowX: 'auto', width: '100%' }}>
    <Datagrid rowClick="show" bulkActionButtons={false} sx={{ '& td, & th': { px: 1 } }}>
      <FunctionField source="number" label="resources.serviceOrders.fields.number" render={NumberAndReceived} />
      <StatusField source="status" label="resources.serviceOrders.fields.status" />
      <FunctionField source="contactName" label="resources.serviceOrders.fields.contact" sortable={false} render={Contact} />
      <TextField source="product.modelNumber" label="resources.serviceOrders.fields.modelNumber" sortable={false} sx={{ wordBreak: 'break-all' }} />
      <TextField source="station.name" label="resources.serviceOrders.fields.stationId" sortable={false} emptyText="—" sx={{ display: 'block', minWidth: 96 }} />
      <FunctionField
        label="resources.serviceOrders.fields.technicianIds"
        sortable={false}
        render={(order: ServiceOrder) => order.technicians?.map((t) => t.name).join('、')}
      />
      <SlaDueField source="slaDueAt" label="resources.serviceOrders.fields.slaDueAt" />
      <OrderFlags label="resources.serviceOrders.fields.flags" sortable={false} />
      <MoneyField source="customerPays" label="resources.serviceOrders.fields.customerPays" sortable={false} />
    </Datagrid>
  </Box>
);
