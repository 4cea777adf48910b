import { defineQueryType, enumOf } from '../query/catalogue';
import { AuditAction, AuditEntry } from './audit-entry.entity';

/** The audit log as a query root (administrators): who changed what, when and why. */
defineQueryType(AuditEntry, {
  root: 'auditEntries',
  title: 'entityId',
  fields: {
    at: {},
    actorKind: {},
    actorLabel: {},
    action: enumOf(AuditAction, 'AuditAction'),
    entityName: {},
    entityId: {},
    reason: {},
  },
  defaultColumns: ['at', 'actorLabel', 'action', 'entityName', 'entityId', 'reason'],
});
