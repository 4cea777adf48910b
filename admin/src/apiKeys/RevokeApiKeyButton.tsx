import { useState } from 'react';
import BlockIcon from '@mui/icons-material/Block';
import { Button, Confirm, useCanAccess, useDataProvider, useNotify, useRecordContext, useRefresh } from 'react-admin';
import type { ApiKey } from '../../../schema/generated/graphql';
import type { AppDataProvider } from '../dataProvider';

/** Revoking takes effect at once and cannot be undone, hence the confirmation. */
export const RevokeApiKeyButton = () => {
  const apiKey = useRecordContext<ApiKey>();
  const { canAccess } = useCanAccess({ resource: 'apiKeys', action: 'revoke', record: apiKey });
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [confirming, setConfirming] = useState(false);
  const [revoking, setRevoking] = useState(false);
  if (!apiKey || !canAccess || apiKey.revokedAt) return null;

  const revoke = async () => {
    setRevoking(true);
    try {
      await dataProvider.revokeApiKey(apiKey.id);
      notify('app.message.revoked', { type: 'info' });
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setRevoking(false);
      setConfirming(false);
    }
  };

  return (
    <>
      <Button label="app.action.revoke" color="error" onClick={() => setConfirming(true)}>
        <BlockIcon />
      </Button>
      <Confirm
        isOpen={confirming}
        loading={revoking}
        title="app.message.revoke_title"
        titleTranslateOptions={{ name: apiKey.name }}
        content="app.message.revoke_content"
        onConfirm={revoke}
        onClose={() => setConfirming(false)}
      />
    </>
  );
};
