import { Link, useCreatePath, useGetManyAggregate, useGetRecordRepresentation } from 'react-admin';
import type { MouseEvent } from 'react';

/**
 * A record named as people know it (an order's number, a customer's name), linked to its page;
 * its id only while the name loads or when the record is gone.
 */
export const RecordName = ({ resource, id, link = true, fallback }: { resource: string; id: string; link?: boolean; fallback?: string }) => {
  // Rows of a list ask together: one request per resource (react-admin aggregates them).
  const { data } = useGetManyAggregate(resource, { ids: [id] });
  const represent = useGetRecordRepresentation(resource);
  const createPath = useCreatePath();
  const record = data?.[0];
  const name = record ? String(represent(record)) : (fallback ?? id);
  if (!record || !link) return <span title={id}>{name}</span>;
  return (
    // In the log's list a click on the row opens the entry; this one opens the record.
    <Link to={createPath({ resource, id, type: 'show' })} title={id} onClick={(event: MouseEvent) => event.stopPropagation()}>
      {name}
    </Link>
  );
};
