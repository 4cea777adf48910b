import {
  SimpleForm,
  TextInput,
  required,
  type SimpleFormProps,
} from 'react-admin';
import { DateInput } from '../common/DateInputs';
import { ReferenceAutocomplete } from '../common/ReferenceAutocomplete';
import { ProductInput } from './ProductInput';

export const ProductUnitForm = (props: Omit<SimpleFormProps, 'children'>) => (
  <SimpleForm {...props}>
    <ProductInput />
    <TextInput source="serialNumber" validate={required()} />
    <ReferenceAutocomplete source="ownerId" reference="customers" />
    <ReferenceAutocomplete source="userId" reference="customers" />
    <DateInput source="purchaseDate" />
    <TextInput source="seller" />
    <DateInput source="installationDate" />
    <DateInput source="warrantyEndsOn" helperText="app.message.warranty_derived" />
    <TextInput source="notes" multiline minRows={2} />
  </SimpleForm>
);
