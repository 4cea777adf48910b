import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useFormatDateTime } from '../../common/useFormatDateTime';
import { Section } from '../../serviceOrders/Section';
import { DocumentLink } from '../DocumentLink';

interface Awaited {
  id: string;
  quantity: number;
  arrivedAt?: string | null;
  serviceOrder?: { id: string; number: string; status: string } | null;
  part: { code: string; name: string };
}

/** 待件: the service orders waiting for what this document brings; arrived ones went straight to their orders. */
export const AwaitedParts = () => {
  const doc = useRecordContext<{ awaitedParts?: Awaited[] }>();
  const translate = useTranslate();
  const format = useFormatDateTime();
  const rows = doc?.awaitedParts ?? [];
  if (!rows.length) return null;
  const f = (name: string) => translate(`resources.awaitedParts.fields.${name}`);
  return (
    <Section title="app.stock.section.awaited">
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('app.stock.message.awaited_hint')}
      </Typography>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{f('serviceOrderId')}</TableCell>
            <TableCell>{f('partId')}</TableCell>
            <TableCell align="right">{f('quantity')}</TableCell>
            <TableCell>{f('arrivedAt')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.id}>
              <TableCell>
                <DocumentLink resource="serviceOrders" id={r.serviceOrder?.id} number={r.serviceOrder?.number} />
              </TableCell>
              <TableCell>
                {r.part.code} {r.part.name}
              </TableCell>
              <TableCell align="right">{r.quantity}</TableCell>
              <TableCell>{format(r.arrivedAt)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Section>
  );
};
