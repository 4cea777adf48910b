import { EditButton, TopToolbar } from 'react-admin';
import { ActiveToggleButton } from './ActiveToggleButton';
import { AuditHistoryButton } from './AuditHistoryButton';

export const ShowActions = () => (
  <TopToolbar>
    <AuditHistoryButton />
    <ActiveToggleButton />
    <EditButton />
  </TopToolbar>
);
