import { PasswordInput, SelectArrayInput, SimpleForm, TextInput, minLength, required, type SimpleFormProps } from 'react-admin';
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
  </SimpleForm>
);
