import { NumberInput, SimpleForm, TextInput, required, type SimpleFormProps } from 'react-admin';
import { ReferenceAutocomplete } from '../common/ReferenceAutocomplete';

export const ProductCategoryForm = (props: Omit<SimpleFormProps, 'children'>) => (
  <SimpleForm {...props}>
    <TextInput source="code" validate={required()} />
    <TextInput source="name" validate={required()} />
    <TextInput source="nameEn" />
    <ReferenceAutocomplete source="parentId" reference="productCategories" />
    <NumberInput source="sortOrder" step={10} />
  </SimpleForm>
);
