import { NumberInput, SimpleForm, TextInput, minValue, required, type SimpleFormProps } from 'react-admin';
import { EnumInput } from '../common/EnumInput';
import { ReferenceAutocomplete } from '../common/ReferenceAutocomplete';

export const ServiceStationForm = (props: Omit<SimpleFormProps, 'children'>) => (
  <SimpleForm {...props}>
    <TextInput source="code" validate={required()} />
    <TextInput source="name" validate={required()} />
    <EnumInput source="kind" enumName="StationKind" validate={required()} />
    <ReferenceAutocomplete source="parentId" reference="serviceStations" />
    <ReferenceAutocomplete source="regionId" reference="regions" />
    <TextInput source="address" />
    <TextInput source="contact" />
    <TextInput source="phone" />
    <NumberInput source="serviceRadiusKm" validate={minValue(0)} />
    <NumberInput source="dailyCapacity" validate={minValue(0)} />
    <NumberInput source="latitude" />
    <NumberInput source="longitude" />
  </SimpleForm>
);
