import { Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { ServiceOrder } from '../../../../schema/generated/graphql';
import { useFormatDateTime } from '../../common/useFormatDateTime';
import { useFormatMoney } from '../useFormatMoney';
import { Section } from '../Section';
import { DocumentLink } from '../../stock/DocumentLink';

type Line = NonNullable<ServiceOrder['parts']>[number];

/** Where the line's parts come from: the document bringing an awaited part, or how they were issued. */
const PartSource = ({ line }: { line: Line }) => {
  const translate = useTranslate();
  const incoming = line.incoming?.[0];
  if (incoming && !line.issues?.length) {
    const doc = incoming.purchaseOrder ?? incoming.transfer;
    return <DocumentLink resource={incoming.purchaseOrder ? 'purchaseOrders' : 'stockTransfers'} id={doc?.id} number={doc?.number} />;
  }
  return <>{(line.issues ?? []).map((i) => translate(`enums.IssueSource.${i.source}`)).join('、')}</>;
};

/** Parts awaited (with when they arrived and what brings them) and used on the repair, priced at their sale price, and where they came from. */
export const OrderParts = () => {
  const order = useRecordContext<ServiceOrder>();
  const translate = useTranslate();
  const money = useFormatMoney();
  const format = useFormatDateTime();
  if (!order) return null;
  const parts = order.parts ?? [];
  const field = (name: string) => translate(`resources.serviceOrders.fields.${name}`);
  return (
    <Section title="app.order.section.parts">
      {parts.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('app.order.no_parts')}
        </Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{field('partId')}</TableCell>
              <TableCell />
              <TableCell align="right">{field('quantity')}</TableCell>
              <TableCell align="right">{field('unitPrice')}</TableCell>
              <TableCell align="right">{translate('app.order.subtotal')}</TableCell>
              <TableCell>{field('arrivedAt')}</TableCell>
              <TableCell>{translate('app.order.parts_source')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {parts.map((line) => (
              <TableRow key={line.id}>
                <TableCell>
                  {line.part.code} {line.part.name}
                </TableCell>
                <TableCell>
                  <Chip
                    size="small"
                    variant="outlined"
                    color={line.kind === 'AWAITED' ? 'warning' : 'default'}
                    label={translate(`enums.OrderPartKind.${line.kind}`)}
                  />
                </TableCell>
                <TableCell align="right">{line.quantity}</TableCell>
                <TableCell align="right">{money(line.unitPrice)}</TableCell>
                <TableCell align="right">{money(line.unitPrice * line.quantity)}</TableCell>
                <TableCell>{format(line.arrivedAt)}</TableCell>
                <TableCell>
                  <PartSource line={line} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Section>
  );
};
