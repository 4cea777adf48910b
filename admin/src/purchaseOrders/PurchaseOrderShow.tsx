import { AwaitedParts } from '../stock/documents/AwaitedParts';
import { DocumentShow } from '../stock/documents/DocumentShow';
import { DetailList } from '../stock/documents/DetailList';
import { Money } from '../stock/Money';

type Doc = Record<string, unknown> & { warehouse?: { name: string }; manufacturer?: { name: string } | null };

export const PurchaseOrderShow = () => (
  <DocumentShow
    resource="purchaseOrders"
    lineResource="purchaseOrderLines"
    details={
      <DetailList
        resource="purchaseOrders"
        details={[
          { source: 'supplier' },
          { source: 'manufacturerId', render: (d: Doc) => d.manufacturer?.name },
          { source: 'warehouseId', render: (d: Doc) => d.warehouse?.name },
          { source: 'expectedOn' },
          { source: 'requestedBy' },
          { source: 'createdAt', date: true },
          { source: 'placedAt', date: true },
          { source: 'receivedAt', date: true },
          { source: 'outstandingQuantity' },
          { source: 'note' },
        ]}
      />
    }
    columns={[
      { source: 'quantity', align: 'right' },
      { source: 'unitCost', align: 'right', render: (l) => <Money value={l.unitCost} /> },
      { source: 'receivedQuantity', align: 'right' },
      { source: 'outstandingQuantity', align: 'right' },
    ]}
    below={<AwaitedParts />}
  />
);
