import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import { DocumentShow } from '../afterSales/DocumentShow';
import { DetailList } from '../stock/documents/DetailList';
import { DocumentLink } from '../stock/DocumentLink';

type Doc = Record<string, unknown> & {
  category: string;
  severity: string;
  channel: string;
  customer?: { name: string };
  station?: { name: string } | null;
  product?: { modelNumber: string; name: string } | null;
  serviceOrder?: { id: string; number: string } | null;
  reworkOrder?: { id: string; number: string } | null;
  responseOverdue: boolean;
  resolutionOverdue: boolean;
};

const late = (on: boolean, label: string) => (on ? <Chip size="small" color="error" label={label} /> : null);

const Details = () => {
  const translate = useTranslate();
  const d = (x: Record<string, unknown>) => x as Doc;
  return (
    <DetailList
      resource="complaints"
      details={[
        { source: 'category', render: (x) => translate(`enums.ComplaintCategory.${d(x).category}`) },
        { source: 'severity', render: (x) => translate(`enums.ComplaintSeverity.${d(x).severity}`) },
        { source: 'channel', render: (x) => translate(`enums.OrderChannel.${d(x).channel}`) },
        { source: 'customerId', render: (x) => d(x).customer?.name },
        { source: 'contactPhone' },
        { source: 'serviceOrderId', render: (x) => <DocumentLink resource="serviceOrders" id={d(x).serviceOrder?.id} number={d(x).serviceOrder?.number} /> },
        { source: 'stationId', render: (x) => d(x).station?.name },
        { source: 'productId', render: (x) => (d(x).product ? `${d(x).product!.name} ${d(x).product!.modelNumber}` : null) },
        { source: 'description' },
        { source: 'ownerName' },
        { source: 'receivedAt', date: true },
        { source: 'respondDueAt', date: true },
        { source: 'responseOverdue', render: (x) => late(d(x).responseOverdue, translate('resources.complaints.fields.responseOverdue')) },
        { source: 'respondedAt', date: true },
        { source: 'response' },
        { source: 'resolveDueAt', date: true },
        { source: 'resolutionOverdue', render: (x) => late(d(x).resolutionOverdue, translate('resources.complaints.fields.resolutionOverdue')) },
        { source: 'resolvedAt', date: true },
        { source: 'resolution' },
        { source: 'reworkOrderId', render: (x) => <DocumentLink resource="serviceOrders" id={d(x).reworkOrder?.id} number={d(x).reworkOrder?.number} /> },
        { source: 'cancelReason' },
      ]}
    />
  );
};

export const ComplaintShow = () => <DocumentShow resource="complaints" details={<Details />} />;
