import { Table, TableBody, TableCell, TableRow } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { DocumentShow } from '../afterSales/DocumentShow';
import { DetailList } from '../stock/documents/DetailList';
import { DocumentLink } from '../stock/DocumentLink';
import { Section } from '../serviceOrders/Section';

type Doc = Record<string, unknown> & {
  product?: { modelNumber: string; name: string };
  manufacturer?: { name: string };
  station?: { name: string } | null;
  symptomCode?: { code: string; name: string } | null;
  orders?: Array<{ id: string; number: string; status: string }>;
};

const Details = () => {
  const d = (x: Record<string, unknown>) => x as Doc;
  return (
    <DetailList
      resource="qualityFeedbacks"
      details={[
        { source: 'title' },
        { source: 'productId', render: (x) => (d(x).product ? `${d(x).product!.name} ${d(x).product!.modelNumber}` : null) },
        { source: 'manufacturerId', render: (x) => d(x).manufacturer?.name },
        { source: 'symptomCodeId', render: (x) => (d(x).symptomCode ? `${d(x).symptomCode!.code} ${d(x).symptomCode!.name}` : null) },
        { source: 'description' },
        { source: 'stationId', render: (x) => d(x).station?.name },
        { source: 'orderCount' },
        { source: 'reviewNote' },
        { source: 'manufacturerResponse' },
        { source: 'rejectReason' },
        { source: 'createdAt', date: true },
        { source: 'approvedAt', date: true },
        { source: 'confirmedAt', date: true },
      ]}
    />
  );
};

const Orders = () => {
  const doc = useRecordContext<Doc>();
  const translate = useTranslate();
  if (!doc) return null;
  return (
    <Section title="resources.qualityFeedbacks.fields.orders">
      <Table size="small" aria-label="orders">
        <TableBody>
          {(doc.orders ?? []).map((o) => (
            <TableRow key={o.id}>
              <TableCell>
                <DocumentLink resource="serviceOrders" id={o.id} number={o.number} />
              </TableCell>
              <TableCell>{translate(`enums.ServiceOrderStatus.${o.status}`)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Section>
  );
};

export const QualityFeedbackShow = () => <DocumentShow resource="qualityFeedbacks" details={<Details />} body={<Orders />} />;
