import { BooleanField, NullableBooleanInput, ReferenceField, ReferenceInput, AutocompleteInput, NumberField } from 'react-admin';
import { DateField } from '../common/DateField';
import { DocumentList } from '../stock/documents/DocumentList';

export const RequisitionList = () => (
  <DocumentList
    resource="requisitions"
    filters={[
      <ReferenceInput source="technicianId" reference="technicians" key="technicianId">
        <AutocompleteInput />
      </ReferenceInput>,
      <NullableBooleanInput source="late" key="late" />,
    ]}
    columns={[
      <ReferenceField source="technicianId" reference="technicians" sortable={false} key="technicianId" />,
      <NumberField source="heldQuantity" sortable={false} key="heldQuantity" />,
      <NumberField source="oldPartsDue" sortable={false} key="oldPartsDue" />,
      <DateField source="returnDueAt" showTime key="returnDueAt" />,
      <BooleanField source="late" sortable={false} key="late" />,
    ]}
  />
);
