import { BooleanField, NullableBooleanInput, NumberField, ReferenceField, ReferenceInput, AutocompleteInput, TextField } from 'react-admin';
import { DateField } from '../common/DateField';
import { DocumentList } from '../stock/documents/DocumentList';

export const BorrowingList = () => (
  <DocumentList
    resource="borrowings"
    filters={[
      <ReferenceInput source="technicianId" reference="technicians" key="technicianId">
        <AutocompleteInput />
      </ReferenceInput>,
      <NullableBooleanInput source="late" key="late" />,
    ]}
    columns={[
      <ReferenceField source="technicianId" reference="technicians" sortable={false} key="technicianId" />,
      <TextField source="purpose" sortable={false} key="purpose" />,
      <NumberField source="heldQuantity" sortable={false} key="heldQuantity" />,
      <DateField source="returnDueAt" showTime key="returnDueAt" />,
      <BooleanField source="late" sortable={false} key="late" />,
    ]}
  />
);
