import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import { DocumentShow } from '../stock/documents/DocumentShow';
import { DetailList } from '../stock/documents/DetailList';
import { DocumentLink } from '../stock/DocumentLink';
import { Money } from '../stock/Money';

type Doc = Record<string, unknown> & {
  warehouse?: { name: string };
  station?: { name: string };
  technician?: { name: string };
  serviceOrder?: { id: string; number: string } | null;
  late?: boolean;
};

const Details = () => {
  const translate = useTranslate();
  return (
    <DetailList
      resource="requisitions"
      details={[
        { source: 'technicianId', render: (d: Doc) => d.technician?.name },
        { source: 'warehouseId', render: (d: Doc) => d.warehouse?.name },
        { source: 'serviceOrderId', render: (d: Doc) => <DocumentLink resource="serviceOrders" id={d.serviceOrder?.id} number={d.serviceOrder?.number} /> },
        { source: 'requestedBy' },
        { source: 'createdAt', date: true },
        { source: 'approvedAt', date: true },
        { source: 'issuedAt', date: true },
        { source: 'returnDueAt', date: true },
        { source: 'heldQuantity' },
        { source: 'oldPartsDue' },
        { source: 'late', render: (d: Doc) => (d.late ? <Chip size="small" color="error" label={translate('resources.requisitions.fields.late')} /> : null) },
        { source: 'note' },
      ]}
    />
  );
};

export const RequisitionShow = () => (
  <DocumentShow
    resource="requisitions"
    lineResource="requisitionLines"
    details={<Details />}
    columns={[
      { source: 'quantity', align: 'right' },
      { source: 'issuedQuantity', align: 'right' },
      { source: 'usedQuantity', align: 'right' },
      { source: 'returnedQuantity', align: 'right' },
      { source: 'heldQuantity', align: 'right' },
      { source: 'oldReturnedQuantity', align: 'right' },
      { source: 'oldPartsDue', align: 'right' },
      { source: 'unitCost', align: 'right', render: (l) => <Money value={l.unitCost} /> },
    ]}
  />
);
