import { useRecordContext } from 'react-admin';
import type { ServiceOrder } from '../../../schema/generated/graphql';
import { StatusChip } from './StatusChip';

/** `source` and `label` are read by the list's header (sorting, column title). */
export const StatusField = (_props: { source: string; label?: string }) => {
  const order = useRecordContext<ServiceOrder>();
  return order ? <StatusChip status={order.status} /> : null;
};
