import { Edit, SaveButton, Toolbar } from 'react-admin';
import { ApiKeyForm } from './ApiKeyForm';
import { RevokeApiKeyButton } from './RevokeApiKeyButton';

// Keys are never deleted (their usage and audit trail stay): they are revoked.
const ApiKeyToolbar = () => (
  <Toolbar sx={{ justifyContent: 'space-between' }}>
    <SaveButton />
    <RevokeApiKeyButton />
  </Toolbar>
);

export const ApiKeyEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <ApiKeyForm toolbar={<ApiKeyToolbar />} />
  </Edit>
);
