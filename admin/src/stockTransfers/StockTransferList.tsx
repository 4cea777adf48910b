import { ReferenceField } from 'react-admin';
import { DateField } from '../common/DateField';
import { DocumentList } from '../stock/documents/DocumentList';

export const StockTransferList = () => (
  <DocumentList
    resource="stockTransfers"
    columns={[
      <ReferenceField source="toWarehouseId" reference="warehouses" sortable={false} key="toWarehouseId" />,
      <DateField source="shippedAt" showTime key="shippedAt" />,
      <DateField source="receivedAt" showTime key="receivedAt" />,
    ]}
  />
);
