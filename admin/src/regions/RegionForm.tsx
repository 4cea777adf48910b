import { NumberInput, SelectInput, SimpleForm, TextInput, required, type SimpleFormProps } from 'react-admin';
import { ReferenceAutocomplete } from '../common/ReferenceAutocomplete';
import { REGION_LEVELS } from './regionLevels';

export const RegionForm = (props: Omit<SimpleFormProps, 'children'>) => (
  <SimpleForm {...props}>
    <TextInput source="code" validate={required()} />
    <TextInput source="name" validate={required()} />
    <TextInput source="nameEn" />
    <SelectInput source="level" choices={REGION_LEVELS} defaultValue={2} validate={required()} />
    <ReferenceAutocomplete source="parentId" reference="regions" />
    <NumberInput source="latitude" />
    <NumberInput source="longitude" />
  </SimpleForm>
);
