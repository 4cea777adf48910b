import {
  SimpleForm,
  TextInput,
  required,
  type SimpleFormProps,
} from 'react-admin';
import { DateTimeInput } from '../common/DateInputs';
import { EnumInput } from '../common/EnumInput';
import { ReferenceAutocomplete } from '../common/ReferenceAutocomplete';
import { ScopesInput } from './ScopesInput';

interface Props extends Omit<SimpleFormProps, 'children'> {
  /** The partner kind is chosen when the key is issued. */
  creating?: boolean;
}

export const ApiKeyForm = ({ creating = false, ...props }: Props) => (
  <SimpleForm {...props}>
    <TextInput source="name" validate={required()} />
    <EnumInput source="partnerKind" enumName="PartnerKind" validate={required()} disabled={!creating} />
    <ScopesInput />
    <ReferenceAutocomplete source="manufacturerId" reference="manufacturers" />
    <ReferenceAutocomplete source="stationId" reference="serviceStations" />
    <DateTimeInput source="expiresAt" />
  </SimpleForm>
);
