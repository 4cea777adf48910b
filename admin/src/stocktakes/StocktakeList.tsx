import { BooleanField, NumberField } from 'react-admin';
import { DateField } from '../common/DateField';
import { DocumentList } from '../stock/documents/DocumentList';

export const StocktakeList = () => (
  <DocumentList
    resource="stocktakes"
    columns={[
      <BooleanField source="allParts" sortable={false} key="allParts" />,
      <NumberField source="countedLines" sortable={false} key="countedLines" />,
      <DateField source="confirmedAt" showTime key="confirmedAt" />,
    ]}
  />
);
