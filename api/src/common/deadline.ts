import { requestTimeout } from './errors';

/** A request's time budget: work that would start after `at` (performance.now() ms) is refused. */
export interface Deadline {
  at: number;
  budgetMs: number;
  expired: boolean;
}

/**
 * Called where work starts (a statement, a batch of a DataLoader): past the deadline it throws
 * TIMEOUT instead, so a slow request stops doing work. A check per field instead would make Apollo
 * wrap every field resolver of every row.
 */
export function checkDeadline(deadline: Deadline | undefined): void {
  if (!deadline) return;
  if (deadline.expired || performance.now() > deadline.at) {
    deadline.expired = true;
    throw requestTimeout(deadline.budgetMs);
  }
}
