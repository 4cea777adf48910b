import { NumberInput, SimpleForm, TextInput, minValue, required, type SimpleFormProps } from 'react-admin';
import { ReferenceAutocomplete } from '../common/ReferenceAutocomplete';
import { BrandInput } from './BrandInput';

export const ProductForm = (props: Omit<SimpleFormProps, 'children'>) => (
  <SimpleForm {...props}>
    <TextInput source="modelNumber" validate={required()} />
    <TextInput source="name" validate={required()} />
    <BrandInput />
    <ReferenceAutocomplete source="manufacturerId" reference="manufacturers" />
    <ReferenceAutocomplete source="categoryId" reference="productCategories" validate={required()} />
    <NumberInput source="warrantyMonths" defaultValue={12} validate={[required(), minValue(0)]} />
    <NumberInput source="listPrice" validate={minValue(0)} />
  </SimpleForm>
);
