import { AsyncLocalStorage } from 'node:async_hooks';
import { type Actor, SYSTEM_ACTOR } from '../auth/actor';

interface AuditScope {
  actor: Actor;
  reason?: string;
  disabled?: boolean;
}

const storage = new AsyncLocalStorage<AuditScope>();

/** Runs `fn` with `actor` as the author of every change flushed inside it. */
export function runAs<T>(actor: Actor, fn: () => T): T {
  return storage.run({ actor }, fn);
}

/** Attaches a reason (fee override, cancellation ...) to the audit entries written inside `fn`. */
export function withReason<T>(reason: string, fn: () => T): T {
  const current = storage.getStore();
  // Keeps the rest of the scope: a reason given while seeding (auditing off) does not turn it on.
  return storage.run({ ...current, actor: current?.actor ?? SYSTEM_ACTOR, reason }, fn);
}

/** Bulk demo seeding only: the initial load is not a change anyone made. */
export function withoutAudit<T>(fn: () => T): T {
  return storage.run({ actor: SYSTEM_ACTOR, disabled: true }, fn);
}

export function currentAuditScope(): AuditScope {
  return storage.getStore() ?? { actor: SYSTEM_ACTOR };
}
