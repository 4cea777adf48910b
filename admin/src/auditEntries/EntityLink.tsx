import { Link, useCreatePath, useRecordContext } from 'react-admin';
import type { AuditEntry } from '../../../schema/generated/graphql';
import { AUDITED_ENTITIES } from './auditedEntities';

/** The changed record, linked to its page while it still exists and the panel has one. */
export const EntityLink = (_props: { label?: string }) => {
  const entry = useRecordContext<AuditEntry>();
  const createPath = useCreatePath();
  if (!entry) return null;
  const resource = AUDITED_ENTITIES[entry.entityName];
  if (!resource || entry.action === 'DELETE') return <span>{entry.entityId}</span>;
  return <Link to={createPath({ resource, id: entry.entityId, type: 'show' })}>{entry.entityId}</Link>;
};
