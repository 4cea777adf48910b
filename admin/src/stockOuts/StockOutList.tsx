import { TextField } from 'react-admin';
import { DateField } from '../common/DateField';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { DocumentList } from '../stock/documents/DocumentList';

export const StockOutList = () => (
  <DocumentList
    resource="stockOuts"
    filters={[<EnumInput source="kind" enumName="StockOutKind" key="kind" />]}
    columns={[
      <EnumField source="kind" enumName="StockOutKind" key="kind" />,
      <TextField source="recipient" sortable={false} key="recipient" />,
      <DateField source="issuedAt" showTime key="issuedAt" />,
    ]}
  />
);
