import type { MouseEvent } from 'react';
import { Link, useCreatePath, useRecordContext } from 'react-admin';
import type { AuditEntry } from '../../../schema/generated/graphql';
import { useEntityPage } from './useEntityPage';

/** The changed record, linked to its page while it still exists and the panel has one. */
export const EntityLink = (_props: { label?: string; sortable?: boolean }) => {
  const entry = useRecordContext<AuditEntry>();
  const createPath = useCreatePath();
  const pageOf = useEntityPage();
  if (!entry) return null;
  const resource = pageOf(entry.entityName);
  if (!resource || entry.action === 'DELETE') return <span>{entry.entityId}</span>;
  return (
    // In the log's list a click on the row opens the entry; this one opens the record.
    <Link to={createPath({ resource, id: entry.entityId, type: 'show' })} onClick={(event: MouseEvent) => event.stopPropagation()}>
      {entry.entityId}
    </Link>
  );
};
