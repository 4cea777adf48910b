import type { OrderDashboard } from '../../../schema/generated/graphql';

/** The states the SLA runs in (the API's SLA_RUNNING), for "due today". */
const RUNNING = ['RECEIVED', 'DISPATCHED', 'IN_REPAIR', 'AWAITING_PARTS', 'SENT_TO_AGENT'];

export type Count = keyof Pick<OrderDashboard, 'overdue' | 'dueToday' | 'awaitingParts' | 'unassigned' | 'receivedToday'>;

/**
 * The list each count links to, filtered as the API counts it (see OrderDashboard's field
 * descriptions): the same numbers on the card and in the list's total.
 */
export function countLink(count: Count, today: string): string {
  const list = (filter: Record<string, unknown>) =>
    `/serviceOrders?${new URLSearchParams({
      filter: JSON.stringify(filter),
      displayedFilters: JSON.stringify(Object.fromEntries(Object.keys(filter).map((k) => [k, true]))),
    })}`;
  switch (count) {
    case 'overdue':
      return '/serviceOrders/overdue';
    case 'dueToday':
      return list({ statuses: RUNNING, overdue: false, slaDueTo: today });
    case 'awaitingParts':
      return list({ statuses: ['AWAITING_PARTS'] });
    case 'unassigned':
      return list({ statuses: ['RECEIVED'] });
    case 'receivedToday':
      return list({ createdFrom: today, createdTo: today });
  }
}
