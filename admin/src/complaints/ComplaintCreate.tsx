import { Create, DateTimeInput, SimpleForm, TextInput, required } from 'react-admin';
import { EnumInput } from '../common/EnumInput';
import { ReferenceAutocomplete } from '../common/ReferenceAutocomplete';

/** 投诉登记: the order complained about brings its customer, station and product; the deadlines count from when the customer complained. */
export const ComplaintCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ category: 'REPAIR_QUALITY', severity: 'MEDIUM', channel: 'PHONE' }}>
      <ReferenceAutocomplete source="serviceOrderId" reference="serviceOrders" sx={{ minWidth: 320 }} />
      <ReferenceAutocomplete source="customerId" reference="customers" sx={{ minWidth: 320 }} />
      <EnumInput source="channel" enumName="OrderChannel" />
      <EnumInput source="category" enumName="ComplaintCategory" validate={required()} />
      <EnumInput source="severity" enumName="ComplaintSeverity" validate={required()} />
      <TextInput source="description" validate={required()} multiline fullWidth />
      <TextInput source="contactPhone" />
      <DateTimeInput source="receivedAt" />
      <ReferenceAutocomplete source="ownerId" reference="users" sx={{ minWidth: 320 }} />
    </SimpleForm>
  </Create>
);
