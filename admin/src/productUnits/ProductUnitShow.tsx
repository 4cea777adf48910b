import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { BooleanField, Labeled, ReferenceField, Show, SimpleShowLayout, TextField, useRecordContext, useTranslate } from 'react-admin';
import { DateField } from '../common/DateField';
import { ShowActions } from '../common/ShowActions';
import { DocumentLink } from '../stock/DocumentLink';

type Extension = { id: string; reason: string; days: number; fromDate: string; toDate: string; endsAfter?: string | null; documentNumber?: string | null; serviceOrder?: { id: string; number: string } | null };

/** 三包顺延: the repairs and exchanges that pushed the warranty end back, each with its order. */
const WarrantyExtensions = () => {
  const unit = useRecordContext<{ warrantyExtensions?: Extension[] }>();
  const translate = useTranslate();
  const rows = unit?.warrantyExtensions ?? [];
  const head = (f: string) => translate(`resources.warrantyExtensions.fields.${f}`);
  return (
    <Labeled label="resources.productUnits.fields.warrantyExtensions">
      {rows.length ? (
        <Table size="small" aria-label="warranty extensions">
          <TableHead>
            <TableRow>
              <TableCell>{head('reason')}</TableCell>
              <TableCell>{head('documentNumber')}</TableCell>
              <TableCell>{head('fromDate')}</TableCell>
              <TableCell>{head('toDate')}</TableCell>
              <TableCell align="right">{head('days')}</TableCell>
              <TableCell>{head('endsAfter')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((x) => (
              <TableRow key={x.id}>
                <TableCell>{translate(`enums.WarrantyExtensionReason.${x.reason}`)}</TableCell>
                <TableCell>{x.serviceOrder ? <DocumentLink resource="serviceOrders" id={x.serviceOrder.id} number={x.serviceOrder.number} /> : x.documentNumber}</TableCell>
                <TableCell>{x.fromDate}</TableCell>
                <TableCell>{x.toDate}</TableCell>
                <TableCell align="right">{x.days}</TableCell>
                <TableCell>{x.endsAfter}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : (
        <span>{translate('app.afterSales.extensions_empty')}</span>
      )}
    </Labeled>
  );
};

export const ProductUnitShow = () => (
  <Show actions={<ShowActions />}>
    <SimpleShowLayout>
      <TextField source="serialNumber" />
      <ReferenceField source="productId" reference="products" />
      <ReferenceField source="ownerId" reference="customers" />
      <ReferenceField source="userId" reference="customers" />
      <DateField source="purchaseDate" />
      <DateField source="deliveredOn" />
      <TextField source="seller" />
      <DateField source="installationDate" />
      <DateField source="warrantyStartsOn" />
      <DateField source="warrantyEndsOn" />
      <BooleanField source="warrantyOverridden" />
      <BooleanField source="inWarranty" />
      <ReferenceField source="replacesId" reference="productUnits" emptyText="-" />
      <WarrantyExtensions />
      <TextField source="notes" />
      <BooleanField source="active" />
      <DateField source="updatedAt" showTime />
    </SimpleShowLayout>
  </Show>
);
