import { ChangeSetType, type EventSubscriber, type FlushEventArgs, type ChangeSet } from '@mikro-orm/core';
import { AuditAction, AuditEntry } from './audit-entry.entity';
import { currentAuditScope } from './audit-context';

/** Properties whose values never reach the audit log. */
const REDACTED = new Set(['passwordHash', 'secretHash']);
/** Bookkeeping that changes on every write and says nothing. */
const IGNORED = new Set(['updatedAt', 'searchText', 'lastLoginAt']);

const ACTIONS: Record<ChangeSetType, AuditAction | undefined> = {
  [ChangeSetType.CREATE]: AuditAction.CREATE,
  [ChangeSetType.UPDATE]: AuditAction.UPDATE,
  [ChangeSetType.DELETE]: AuditAction.DELETE,
  [ChangeSetType.UPDATE_EARLY]: AuditAction.UPDATE,
  [ChangeSetType.DELETE_EARLY]: AuditAction.DELETE,
};

function plain(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: unknown }).id;
  return value;
}

function pick(source: Record<string, unknown> | undefined, keys: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    if (IGNORED.has(key)) continue;
    out[key] = REDACTED.has(key) ? '***' : plain(source?.[key]);
  }
  return out;
}

/** Entities declare `static noAudit = true` when their rows are themselves a record (timelines, counters). */
export function isAudited(entityClass: unknown): boolean {
  return (entityClass as { noAudit?: boolean } | undefined)?.noAudit !== true;
}

/** Writes an AuditEntry for every created, updated or deleted entity, inside the same flush. */
export class AuditSubscriber implements EventSubscriber {
  async onFlush({ uow }: FlushEventArgs): Promise<void> {
    const scope = currentAuditScope();
    if (scope.disabled) return;
    const entries: AuditEntry[] = [];
    for (const cs of uow.getChangeSets() as ChangeSet<Record<string, unknown>>[]) {
      if (cs.entity instanceof AuditEntry || !isAudited(cs.meta.class)) continue;
      const action = ACTIONS[cs.type];
      if (!action) continue;
      const changed = Object.keys(cs.payload ?? {}).filter((k) => !IGNORED.has(k));
      if (action === AuditAction.UPDATE && changed.length === 0) continue;
      const entry = new AuditEntry();
      entry.actorKind = scope.actor.kind;
      entry.actorId = scope.actor.id;
      entry.actorLabel = scope.actor.label;
      entry.action = action;
      entry.entityName = cs.meta.className;
      entry.entityId = String(cs.entity.id ?? cs.getPrimaryKey());
      entry.reason = scope.reason ?? null;
      if (action === AuditAction.CREATE) {
        entry.after = pick(cs.entity, changed);
      } else if (action === AuditAction.UPDATE) {
        entry.before = pick(cs.originalEntity as Record<string, unknown>, changed);
        entry.after = pick(cs.entity, changed);
      } else {
        const stored = Object.values(cs.meta.properties)
          .filter((p) => p.kind === 'scalar' || p.kind === 'm:1' || p.kind === 'embedded')
          .filter((p) => p.persist !== false && !p.getter)
          .map((p) => p.name as string);
        entry.before = pick(cs.entity, stored);
      }
      entries.push(entry);
    }
    for (const entry of entries) {
      uow.computeChangeSet(entry);
    }
  }
}
