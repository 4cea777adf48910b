import { Chip, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { DocumentShow } from '../afterSales/DocumentShow';
import { formatMoney } from '../common/money';
import { DetailList } from '../stock/documents/DetailList';
import { DocumentLink } from '../stock/DocumentLink';
import { Section } from '../serviceOrders/Section';

type Line = {
  id: string;
  quantity: number;
  unitPrice: number;
  requestedAmount: number;
  refundAmount: number;
  receivedQuantity: number;
  shippedQuantity: number;
  product: { modelNumber: string; name: string };
  productUnit?: { id: string; serialNumber: string } | null;
  replacementUnit?: { id: string; serialNumber: string; warrantyEndsOn?: string | null } | null;
};
type Doc = Record<string, unknown> & {
  kind: string;
  customer?: { name: string; mobile?: string | null };
  station?: { name: string } | null;
  warehouse?: { name: string } | null;
  reasonCode?: { name: string };
  serviceOrder?: { id: string; number: string } | null;
  customerAfterSalesCount: number;
  windowWaived: boolean;
  lines?: Line[];
};

const Details = () => {
  const translate = useTranslate();
  return (
    <DetailList
      resource="returnRequests"
      details={[
        { source: 'kind', render: (d) => translate(`enums.ReturnKind.${(d as Doc).kind}`) },
        { source: 'customerId', render: (d) => (d as Doc).customer?.name },
        {
          source: 'customerAfterSalesCount',
          render: (d) => <Chip size="small" color={(d as Doc).customerAfterSalesCount > 0 ? 'warning' : 'default'} label={(d as Doc).customerAfterSalesCount} data-after-sales-count />,
        },
        { source: 'contactName' },
        { source: 'contactPhone' },
        { source: 'reasonCodeId', render: (d) => (d as Doc).reasonCode?.name },
        { source: 'description' },
        { source: 'serviceOrderId', render: (d) => <DocumentLink resource="serviceOrders" id={(d as Doc).serviceOrder?.id} number={(d as Doc).serviceOrder?.number} /> },
        { source: 'stationId', render: (d) => (d as Doc).station?.name },
        { source: 'salesOrderNumber' },
        { source: 'deliveredOn' },
        { source: 'windowEndsOn' },
        { source: 'windowWaived', render: (d) => ((d as Doc).windowWaived ? translate('resources.returnRequests.fields.windowWaived') : null) },
        { source: 'requestedTotal', render: (d) => formatMoney(d.requestedTotal as number) },
        { source: 'refundTotal', render: (d) => <strong data-refund-total>{formatMoney(d.refundTotal as number)}</strong> },
        { source: 'refundChangeReason' },
        { source: 'rejectReason' },
        { source: 'sendBackReason' },
        { source: 'returnAddress' },
        { source: 'returnLogisticsNumber' },
        { source: 'warehouseId', render: (d) => (d as Doc).warehouse?.name },
        { source: 'refundReference' },
        { source: 'replacementLogisticsNumber' },
        { source: 'createdAt', date: true },
        { source: 'completedAt', date: true },
        { source: 'internalNote' },
      ]}
    />
  );
};

/** The goods: product, serial, price, what was asked and what is refunded, what came back and what went out. */
const Goods = () => {
  const doc = useRecordContext<Doc>();
  const translate = useTranslate();
  if (!doc) return null;
  const head = (f: string) => translate(`resources.returnLines.fields.${f}`);
  return (
    <Section title="resources.returnRequests.fields.lines">
      <Table size="small" aria-label="lines">
        <TableHead>
          <TableRow>
            <TableCell>{head('productId')}</TableCell>
            <TableCell>{head('productUnitId')}</TableCell>
            <TableCell align="right">{head('quantity')}</TableCell>
            <TableCell align="right">{head('unitPrice')}</TableCell>
            <TableCell align="right">{head('refundAmount')}</TableCell>
            <TableCell align="right">{head('receivedQuantity')}</TableCell>
            <TableCell>{head('replacementUnitId')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {(doc.lines ?? []).map((l) => (
            <TableRow key={l.id}>
              <TableCell>
                {l.product.name} {l.product.modelNumber}
              </TableCell>
              <TableCell>{l.productUnit && <DocumentLink resource="productUnits" id={l.productUnit.id} number={l.productUnit.serialNumber} />}</TableCell>
              <TableCell align="right">{l.quantity}</TableCell>
              <TableCell align="right">{formatMoney(l.unitPrice)}</TableCell>
              <TableCell align="right">{formatMoney(l.refundAmount)}</TableCell>
              <TableCell align="right">{l.receivedQuantity}</TableCell>
              <TableCell>
                {l.replacementUnit && <DocumentLink resource="productUnits" id={l.replacementUnit.id} number={`${l.replacementUnit.serialNumber}${l.replacementUnit.warrantyEndsOn ? ` · ${l.replacementUnit.warrantyEndsOn}` : ''}`} />}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Section>
  );
};

export const ReturnRequestShow = () => <DocumentShow resource="returnRequests" details={<Details />} body={<Goods />} />;
