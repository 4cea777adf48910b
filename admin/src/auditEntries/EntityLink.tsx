import { useRecordContext } from 'react-admin';
import type { AuditEntry } from '../../../schema/generated/graphql';
import { RecordName } from './RecordName';
import { useEntityPage } from './useEntityPage';

/** How the log's own data names a record it no longer can look up (deleted ones). */
const NAME_FIELDS = ['number', 'name', 'username', 'code', 'serialNumber', 'modelNumber'];

export function storedName(entry: Pick<AuditEntry, 'before' | 'after'>): string | undefined {
  const data = { ...(entry.before ?? {}), ...(entry.after ?? {}) } as Record<string, unknown>;
  const field = NAME_FIELDS.find((f) => typeof data[f] === 'string' && data[f]);
  return field ? String(data[field]) : undefined;
}

/**
 * The changed record by its name or number, linked to its page while it exists and the panel has
 * one; a part of an order (timeline entry, part line, assignment) by its order's number.
 */
export const EntityLink = (_props: { label?: string; sortable?: boolean }) => {
  const entry = useRecordContext<AuditEntry>();
  const pageOf = useEntityPage();
  if (!entry) return null;
  const resource = pageOf(entry.entityName);
  const fallback = storedName(entry) ?? entry.entityId.slice(0, 8);
  if (resource && entry.action !== 'DELETE') return <RecordName resource={resource} id={entry.entityId} fallback={fallback} />;
  const order = ((entry.after ?? entry.before ?? {}) as Record<string, unknown>).order;
  if (typeof order === 'string' && pageOf('ServiceOrder')) return <RecordName resource="serviceOrders" id={order} fallback={fallback} />;
  return <span title={entry.entityId}>{fallback}</span>;
};
