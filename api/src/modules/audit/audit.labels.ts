import { defineLabels } from '../../common/labels/catalogue';

/** Names of this area's records, fields and values in both languages: API messages, exports and the panel read them. */
export const AUDIT_LABELS = defineLabels({
  types: {
    AuditEntry: {
      name: { zh: '审计日志', en: 'audit entry' },
      plural: { zh: '审计日志', en: 'audit log' },
      fields: {
        id: { zh: 'ID', en: 'ID' },
        at: { zh: '时间', en: 'When' },
        action: { zh: '操作', en: 'Action' },
        entityName: { zh: '对象类型', en: 'Entity' },
        entityId: { zh: '对象 ID', en: 'Entity ID' },
        actorLabel: { zh: '操作人', en: 'Actor' },
        actorKind: { zh: '操作人类型', en: 'Actor kind' },
        actorId: { zh: '操作人', en: 'Actor' },
        reason: { zh: '原因', en: 'Reason' },
        atFrom: { zh: '起始日期', en: 'From' },
        atTo: { zh: '截止日期', en: 'To' },
      },
    },
  },
  enums: {
    AuditAction: {
      CREATE: { zh: '新增', en: 'Create' },
      UPDATE: { zh: '修改', en: 'Update' },
      DELETE: { zh: '删除', en: 'Delete' },
    },
    ActorKind: {
      user: { zh: '用户', en: 'User' },
      partner: { zh: '合作方', en: 'Partner' },
      system: { zh: '系统', en: 'System' },
    },
  },
});
