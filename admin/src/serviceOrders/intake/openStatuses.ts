import type { ServiceOrderStatus } from '../../../../schema/generated/graphql';

/** Orders still being worked on: a new request for the same unit is probably a duplicate call. */
export const OPEN_STATUSES: ServiceOrderStatus[] = [
  'RECEIVED',
  'DISPATCHED',
  'IN_REPAIR',
  'AWAITING_PARTS',
  'SENT_TO_AGENT',
  'BACK_FROM_AGENT',
  'COMPLETED',
];
