import { NumberInput, SimpleForm, TextInput, maxValue, minValue, required, type SimpleFormProps } from 'react-admin';
import { EnumInput } from '../common/EnumInput';
import { ReferenceArrayAutocomplete } from '../common/ReferenceArrayAutocomplete';
import { ReferenceAutocomplete } from '../common/ReferenceAutocomplete';

export const TechnicianForm = (props: Omit<SimpleFormProps, 'children'>) => (
  <SimpleForm {...props}>
    <TextInput source="code" validate={required()} />
    <TextInput source="name" validate={required()} />
    <ReferenceAutocomplete source="stationId" reference="serviceStations" validate={required()} />
    <TextInput source="mobile" />
    <NumberInput source="skillGrade" defaultValue={1} validate={[minValue(1), maxValue(5)]} />
    <NumberInput source="dailyOrderLimit" validate={minValue(0)} />
    <NumberInput source="baseWage" validate={minValue(0)} />
    <NumberInput source="wageCap" validate={minValue(0)} />
    <NumberInput source="commissionCoefficient" step={0.01} validate={minValue(0)} />
    <EnumInput source="status" enumName="TechnicianStatus" defaultValue="IDLE" />
    <ReferenceArrayAutocomplete source="regionIds" reference="regions" />
  </SimpleForm>
);
