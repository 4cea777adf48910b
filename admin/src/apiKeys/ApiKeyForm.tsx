import { CheckboxGroupInput, DateTimeInput, SimpleForm, TextInput, required, type SimpleFormProps } from 'react-admin';
import { EnumInput } from '../common/EnumInput';
import { ReferenceAutocomplete } from '../common/ReferenceAutocomplete';
import { PARTNER_SCOPES } from './partnerScopes';

interface Props extends Omit<SimpleFormProps, 'children'> {
  /** The partner kind is chosen when the key is issued. */
  creating?: boolean;
}

export const ApiKeyForm = ({ creating = false, ...props }: Props) => (
  <SimpleForm {...props}>
    <TextInput source="name" validate={required()} />
    <EnumInput source="partnerKind" enumName="PartnerKind" validate={required()} disabled={!creating} />
    <CheckboxGroupInput source="scopes" choices={PARTNER_SCOPES} translateChoice={false} validate={required()} />
    <ReferenceAutocomplete source="manufacturerId" reference="manufacturers" />
    <ReferenceAutocomplete source="stationId" reference="serviceStations" />
    <DateTimeInput source="expiresAt" />
  </SimpleForm>
);
