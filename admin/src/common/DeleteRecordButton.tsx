import { useState } from 'react';
import DeleteIcon from '@mui/icons-material/Delete';
import { Alert, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import {
  Button,
  Confirm,
  useCanAccess,
  useDelete,
  useGetRecordRepresentation,
  useGetResourceLabel,
  useNotify,
  useRecordContext,
  useRedirect,
  useResourceContext,
  useTranslate,
  useUpdate,
  type RaRecord,
} from 'react-admin';
import { errorCode } from '../dataProvider/errors';

/**
 * Deletes after a confirmation. A record others refer to is refused by the API (IN_USE): its
 * message is shown, with the offer to deactivate the record instead when it has `active`.
 */
export const DeleteRecordButton = () => {
  const record = useRecordContext<RaRecord & { active?: boolean }>();
  const resource = useResourceContext()!;
  const { canAccess } = useCanAccess({ resource, action: 'delete', record });
  const [confirming, setConfirming] = useState(false);
  const [inUseMessage, setInUseMessage] = useState<string>();
  const [deleteOne, { isPending: deleting }] = useDelete();
  const [update, { isPending: deactivating }] = useUpdate();
  const notify = useNotify();
  const redirect = useRedirect();
  const translate = useTranslate();
  const resourceLabel = useGetResourceLabel()(resource, 1);
  const representation = useGetRecordRepresentation(resource);
  if (!record || !canAccess) return null;

  const remove = () =>
    deleteOne(
      resource,
      { id: record.id, previousData: record },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          notify('ra.notification.deleted', { type: 'info', messageArgs: { smart_count: 1 } });
          redirect('list', resource);
        },
        onError: (error) => {
          setConfirming(false);
          if (errorCode(error) === 'IN_USE') setInUseMessage((error as Error).message);
          else notify((error as Error).message, { type: 'error' });
        },
      },
    );

  const deactivate = () =>
    update(
      resource,
      { id: record.id, data: { active: false }, previousData: record },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          setInUseMessage(undefined);
          notify('app.message.deactivated', { type: 'info' });
        },
        onError: (error) => notify((error as Error).message, { type: 'error' }),
      },
    );

  const canDeactivate = record.active === true;
  return (
    <>
      <Button label="ra.action.delete" color="error" onClick={() => setConfirming(true)}>
        <DeleteIcon />
      </Button>
      <Confirm
        isOpen={confirming}
        loading={deleting}
        title="ra.message.delete_title"
        content="ra.message.delete_content"
        translateOptions={{ name: resourceLabel, recordRepresentation: String(representation(record) ?? '') }}
        onConfirm={remove}
        onClose={() => setConfirming(false)}
      />
      <Dialog open={inUseMessage !== undefined} onClose={() => setInUseMessage(undefined)}>
        <DialogTitle>{translate('app.message.in_use_title')}</DialogTitle>
        <DialogContent>
          <Alert severity="warning" sx={{ mb: 2 }}>
            {inUseMessage}
          </Alert>
          {canDeactivate && <DialogContentText>{translate('app.message.deactivate_instead')}</DialogContentText>}
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={() => setInUseMessage(undefined)} />
          {canDeactivate && (
            <Button label="app.action.deactivate" variant="contained" onClick={deactivate} disabled={deactivating} />
          )}
        </DialogActions>
      </Dialog>
    </>
  );
};
