import { DocumentShow } from '../stock/documents/DocumentShow';
import { DetailList } from '../stock/documents/DetailList';
import { Money } from '../stock/Money';

type Doc = Record<string, unknown> & { warehouse?: { name: string }; technician?: { name: string } };

export const BorrowingShow = () => (
  <DocumentShow
    resource="borrowings"
    lineResource="borrowingLines"
    details={
      <DetailList
        resource="borrowings"
        details={[
          { source: 'technicianId', render: (d: Doc) => d.technician?.name },
          { source: 'warehouseId', render: (d: Doc) => d.warehouse?.name },
          { source: 'purpose' },
          { source: 'requestedBy' },
          { source: 'createdAt', date: true },
          { source: 'lentAt', date: true },
          { source: 'returnDueAt', date: true },
          { source: 'heldQuantity' },
          { source: 'note' },
        ]}
      />
    }
    columns={[
      { source: 'quantity', align: 'right' },
      { source: 'returnedQuantity', align: 'right' },
      { source: 'unitCost', align: 'right', render: (l) => <Money value={l.unitCost} /> },
    ]}
  />
);
