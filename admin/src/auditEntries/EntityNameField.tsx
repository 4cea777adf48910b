import { useRecordContext } from 'react-admin';
import type { AuditEntry } from '../../../schema/generated/graphql';
import { useEntityLabel } from './useEntityLabel';

export const EntityNameField = (_props: { source?: string; label?: string }) => {
  const entry = useRecordContext<AuditEntry>();
  const label = useEntityLabel();
  return entry ? <span>{label(entry.entityName)}</span> : null;
};
