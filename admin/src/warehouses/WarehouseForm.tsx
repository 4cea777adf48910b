import { BooleanInput, SimpleForm, TextInput, required, type SimpleFormProps } from 'react-admin';
import { ReferenceAutocomplete } from '../common/ReferenceAutocomplete';

export const WarehouseForm = (props: Omit<SimpleFormProps, 'children'>) => (
  <SimpleForm {...props}>
    <TextInput source="code" validate={required()} />
    <TextInput source="name" validate={required()} />
    <ReferenceAutocomplete source="stationId" reference="serviceStations" validate={required()} />
    <BooleanInput source="central" />
    <TextInput source="address" />
  </SimpleForm>
);
