import HistoryIcon from '@mui/icons-material/History';
import type { AuditEntry } from '../../../schema/generated/graphql';
import { AuditEntryList } from './AuditEntryList';
import { AuditEntryShow } from './AuditEntryShow';
import { storedName } from './EntityLink';

export default {
  list: AuditEntryList,
  show: AuditEntryShow,
  icon: HistoryIcon,
  recordRepresentation: (entry: AuditEntry) => `${entry.entityName} ${storedName(entry) ?? entry.entityId.slice(0, 8)}`,
};
