import { NumberField, TextField } from 'react-admin';
import { DateField } from '../common/DateField';
import { DocumentList } from '../stock/documents/DocumentList';

export const PurchaseOrderList = () => (
  <DocumentList
    resource="purchaseOrders"
    columns={[
      <TextField source="supplier" sortable={false} key="supplier" />,
      <DateField source="expectedOn" key="expectedOn" />,
      <NumberField source="outstandingQuantity" sortable={false} key="outstandingQuantity" />,
    ]}
  />
);
