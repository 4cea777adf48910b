import { definePolicy } from '../../common/access/policy';
import { AuditEntry } from './audit-entry.entity';

export const AUDIT_POLICY = definePolicy(AuditEntry, { resource: 'audit', label: { zh: '审计日志', en: 'audit entry' } });
