import { Box } from '@mui/material';
import { Datagrid, FunctionField, TextField } from 'react-admin';
import type { ServiceOrder } from '../../../../schema/generated/graphql';
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

/** The columns a dispatcher scans: who, what, where, by when, and what is special about it. */
export const OrderDatagrid = () => (
  <Datagrid rowClick="show" bulkActionButtons={false}>
    <TextField source="number" sx={{ ...NO_WRAP, fontWeight: 600 }} />
    <StatusField source="status" label="resources.serviceOrders.fields.status" />
    <FunctionField source="contactName" label="resources.serviceOrders.fields.contact" sortable={false} render={Contact} />
    <TextField source="product.modelNumber" label="resources.serviceOrders.fields.productId" sortable={false} sx={NO_WRAP} />
    <TextField
      source="station.name"
      label="resources.serviceOrders.fields.stationId"
      sortable={false}
      emptyText="—"
      sx={NO_WRAP}
    />
    <FunctionField
      label="resources.serviceOrders.fields.technicianIds"
      sortable={false}
      sx={NO_WRAP}
      render={(order: ServiceOrder) => order.technicians?.map((t) => t.name).join('、')}
    />
    <SlaDueField source="slaDueAt" label="resources.serviceOrders.fields.slaDueAt" />
    <OrderFlags label="resources.serviceOrders.fields.flags" sortable={false} />
    <DateTimeField source="createdAt" label="resources.serviceOrders.fields.createdAt" />
  </Datagrid>
);
