import { useState } from 'react';
import { Create, useRedirect, type RaRecord } from 'react-admin';
import { ApiKeyForm } from './ApiKeyForm';
import { IssuedKeyDialog } from './IssuedKeyDialog';

/** Issuing a key (`issueApiKey`) returns the key once; it is shown before going to the key's page. */
export const ApiKeyCreate = () => {
  const [issued, setIssued] = useState<RaRecord & { key: string }>();
  const redirect = useRedirect();
  return (
    <>
      <Create mutationOptions={{ onSuccess: (record: RaRecord & { key: string }) => setIssued(record) }}>
        <ApiKeyForm creating />
      </Create>
      {issued && <IssuedKeyDialog issuedKey={issued.key} onClose={() => redirect('show', 'apiKeys', issued.id)} />}
    </>
  );
};
