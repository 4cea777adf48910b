import { SimpleForm, TextInput, required, type SimpleFormProps } from 'react-admin';
import { ReferenceAutocomplete } from '../common/ReferenceAutocomplete';

export const BrandForm = (props: Omit<SimpleFormProps, 'children'>) => (
  <SimpleForm {...props}>
    <TextInput source="code" validate={required()} />
    <TextInput source="name" validate={required()} />
    <TextInput source="nameEn" />
    <ReferenceAutocomplete source="manufacturerId" reference="manufacturers" validate={required()} />
  </SimpleForm>
);
