import { NumberInput, SimpleForm, TextInput, required, type SimpleFormProps } from 'react-admin';
import { EnumInput } from '../common/EnumInput';
import { ReferenceArrayAutocomplete } from '../common/ReferenceArrayAutocomplete';

interface Props extends Omit<SimpleFormProps, 'children'> {
  /** A group's code table is chosen once: its codes' kind depends on it. */
  creating?: boolean;
}

export const CodeGroupForm = ({ creating = false, ...props }: Props) => (
  <SimpleForm {...props}>
    <EnumInput source="kind" enumName="CodeKind" validate={required()} disabled={!creating} />
    <TextInput source="code" validate={required()} />
    <TextInput source="name" validate={required()} />
    <TextInput source="nameEn" />
    <NumberInput source="sortOrder" step={10} helperText="app.message.sort_order_default" />
    <ReferenceArrayAutocomplete source="categoryIds" reference="productCategories" />
  </SimpleForm>
);
