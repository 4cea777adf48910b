import { AwaitedParts } from '../stock/documents/AwaitedParts';
import { DocumentShow } from '../stock/documents/DocumentShow';
import { DetailList } from '../stock/documents/DetailList';
import { Money } from '../stock/Money';

type Doc = Record<string, unknown> & { warehouse?: { name: string } | null; toWarehouse?: { name: string } | null; toStation?: { name: string } | null; station?: { name: string } | null };

export const StockTransferShow = () => (
  <DocumentShow
    resource="stockTransfers"
    lineResource="stockTransferLines"
    details={
      <DetailList
        resource="stockTransfers"
        details={[
          { source: 'warehouseId', render: (d: Doc) => d.warehouse?.name },
          { source: 'toWarehouseId', render: (d: Doc) => d.toWarehouse?.name },
          { source: 'toStationId', render: (d: Doc) => d.toStation?.name },
          { source: 'requestedBy' },
          { source: 'createdAt', date: true },
          { source: 'shippedAt', date: true },
          { source: 'receivedAt', date: true },
          { source: 'note' },
        ]}
      />
    }
    columns={[
      { source: 'quantity', align: 'right' },
      { source: 'unitCost', align: 'right', render: (l) => <Money value={l.unitCost} /> },
    ]}
    below={<AwaitedParts />}
  />
);
