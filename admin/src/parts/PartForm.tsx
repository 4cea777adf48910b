import { NumberInput, SimpleForm, TextInput, minValue, required, type SimpleFormProps } from 'react-admin';
import { ReferenceArrayAutocomplete } from '../common/ReferenceArrayAutocomplete';
import { ReferenceAutocomplete } from '../common/ReferenceAutocomplete';

export const PartForm = (props: Omit<SimpleFormProps, 'children'>) => (
  <SimpleForm {...props}>
    <TextInput source="code" validate={required()} />
    <TextInput source="name" validate={required()} />
    <TextInput source="spec" />
    <TextInput source="unit" defaultValue="个" />
    <ReferenceAutocomplete source="manufacturerId" reference="manufacturers" />
    <ReferenceArrayAutocomplete source="compatibleProductIds" reference="products" />
    <NumberInput source="costPrice" validate={minValue(0)} />
    <NumberInput source="salePrice" validate={minValue(0)} />
    <NumberInput source="reorderPoint" validate={minValue(0)} />
  </SimpleForm>
);
