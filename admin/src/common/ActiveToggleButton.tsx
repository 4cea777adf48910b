import BlockIcon from '@mui/icons-material/Block';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutline';
import {
  Button,
  useCanAccess,
  useNotify,
  useRecordContext,
  useResourceContext,
  useUpdate,
  type RaRecord,
} from 'react-admin';

/** 停用/启用: records in use are deactivated rather than deleted; history keeps pointing at them. */
export const ActiveToggleButton = () => {
  const record = useRecordContext<RaRecord & { active?: boolean }>();
  const resource = useResourceContext();
  const { canAccess } = useCanAccess({ resource, action: 'edit', record });
  const notify = useNotify();
  const [update, { isPending }] = useUpdate();
  if (!record || typeof record.active !== 'boolean' || !canAccess) return null;
  const active = record.active;
  const toggle = () =>
    update(
      resource,
      { id: record.id, data: { active: !active }, previousData: record },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => notify(active ? 'app.message.deactivated' : 'app.message.activated', { type: 'info' }),
        onError: (error) => notify((error as Error).message, { type: 'error' }),
      },
    );
  return (
    <Button label={active ? 'app.action.deactivate' : 'app.action.activate'} onClick={toggle} disabled={isPending}>
      {active ? <BlockIcon /> : <CheckCircleOutlineIcon />}
    </Button>
  );
};
