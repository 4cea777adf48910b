import { useTranslate } from 'react-admin';
import { DocumentShow } from '../stock/documents/DocumentShow';
import { DetailList } from '../stock/documents/DetailList';
import { DocumentLink } from '../stock/DocumentLink';
import { Money } from '../stock/Money';

type Doc = Record<string, unknown> & { kind?: string; warehouse?: { name: string }; station?: { name: string }; serviceOrder?: { id: string; number: string } | null };

const Details = () => {
  const translate = useTranslate();
  return (
    <DetailList
      resource="stockIns"
      details={[
        { source: 'kind', render: (d: Doc) => translate(`enums.StockInKind.${d.kind}`) },
        { source: 'warehouseId', render: (d: Doc) => d.warehouse?.name },
        { source: 'stationId', render: (d: Doc) => d.station?.name },
        { source: 'serviceOrderId', render: (d: Doc) => <DocumentLink resource="serviceOrders" id={d.serviceOrder?.id} number={d.serviceOrder?.number} /> },
        { source: 'requestedBy' },
        { source: 'createdAt', date: true },
        { source: 'receivedAt', date: true },
        { source: 'note' },
      ]}
    />
  );
};

export const StockInShow = () => (
  <DocumentShow
    resource="stockIns"
    lineResource="stockInLines"
    details={<Details />}
    columns={[
      { source: 'quantity', align: 'right' },
      { source: 'unitCost', align: 'right', render: (l) => <Money value={l.unitCost} /> },
    ]}
  />
);
