import { SimpleForm, TextInput, required, type SimpleFormProps } from 'react-admin';

export const ManufacturerForm = (props: Omit<SimpleFormProps, 'children'>) => (
  <SimpleForm {...props}>
    <TextInput source="code" validate={required()} />
    <TextInput source="name" validate={required()} />
    <TextInput source="nameEn" />
    <TextInput source="contact" />
    <TextInput source="phone" />
    <TextInput source="address" />
  </SimpleForm>
);
