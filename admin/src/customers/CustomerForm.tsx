import { SimpleForm, TextArrayInput, TextInput, required, type SimpleFormProps } from 'react-admin';
import { EnumInput } from '../common/EnumInput';
import { ReferenceAutocomplete } from '../common/ReferenceAutocomplete';

export const CustomerForm = (props: Omit<SimpleFormProps, 'children'>) => (
  <SimpleForm {...props}>
    <TextInput source="name" validate={required()} />
    <EnumInput source="kind" enumName="CustomerKind" defaultValue="INDIVIDUAL" validate={required()} />
    <TextInput source="mobile" />
    <TextArrayInput source="phones" />
    <TextInput source="email" type="email" />
    <ReferenceAutocomplete source="regionId" reference="regions" />
    <TextInput source="address" />
    <EnumInput source="serviceLevel" enumName="ServiceLevel" defaultValue="NORMAL" validate={required()} />
    <ReferenceAutocomplete source="defaultTechnicianId" reference="technicians" />
    <TextInput source="notes" multiline minRows={2} />
  </SimpleForm>
);
