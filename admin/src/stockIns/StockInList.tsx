import { DateField } from '../common/DateField';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { DocumentList } from '../stock/documents/DocumentList';

export const StockInList = () => (
  <DocumentList
    resource="stockIns"
    filters={[<EnumInput source="kind" enumName="StockInKind" key="kind" />]}
    columns={[<EnumField source="kind" enumName="StockInKind" key="kind" />, <DateField source="receivedAt" showTime key="receivedAt" />]}
  />
);
