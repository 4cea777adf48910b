import { PasswordInput, SelectArrayInput, SimpleForm, TextInput, minLength, required, type SimpleFormProps } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { enumChoices } from '../common/enumChoices';
import { ReferenceAutocomplete } from '../common/ReferenceAutocomplete';

interface Props extends Omit<SimpleFormProps, 'children'> {
  /** The username is fixed once created; a password is required only then (later it is reset). */
  creating?: boolean;
}

export const UserForm = ({ creating = false, ...props }: Props) => (
  <SimpleForm {...props}>
    <TextInput source="username" validate={required()} disabled={!creating} />
    <TextInput source="displayName" validate={required()} />
    {creating ? (
      <PasswordInput source="password" validate={[required(), minLength(8)]} autoComplete="new-password" />
    ) : (
      <PasswordInput
        source="password"
        label="resources.users.fields.newPassword"
        helperText="app.message.password_unchanged"
        validate={minLength(8)}
        autoComplete="new-password"
      />
    )}
    <SelectArrayInput source="roles" choices={enumChoices('Role')} validate={required()} />
    <ReferenceAutocomplete source="stationId" reference="serviceStations" />
    <TechnicianInput />
  </SimpleForm>
);

/** The technician this user is: offered from the chosen station's technicians (the API ties the user to the technician's station). */
const TechnicianInput = () => {
  const stationId = useWatch({ name: 'stationId' }) as string | null | undefined;
  return <ReferenceAutocomplete source="technicianId" reference="technicians" filter={stationId ? { stationId } : {}} helperText="app.message.technician_link" />;
};
