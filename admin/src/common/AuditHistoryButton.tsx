import HistoryIcon from '@mui/icons-material/History';
import { Button, useCanAccess, useCreatePath, useRecordContext } from 'react-admin';

/** The record's changes in the audit log (administrators only, as the log itself). */
export const AuditHistoryButton = () => {
  const record = useRecordContext();
  const createPath = useCreatePath();
  const { canAccess } = useCanAccess({ resource: 'auditEntries', action: 'list' });
  if (!record || !canAccess) return null;
  const to = {
    pathname: createPath({ resource: 'auditEntries', type: 'list' }),
    search: `filter=${encodeURIComponent(JSON.stringify({ entityId: record.id }))}`,
  };
  return (
    <Button to={to} label="app.action.history">
      <HistoryIcon />
    </Button>
  );
};
