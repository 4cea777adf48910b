import { definePolicy } from '../../common/access/policy';
import { hasRole } from '../../common/access/actors';
import { registerTableName } from '../../common/errors';
import { Role } from '../auth/role';
import { ExportRun } from './export-run.entity';

export const EXPORT_LABEL = { zh: '导出', en: 'export' };
registerTableName('export_run', EXPORT_LABEL);

/** An export is its starter's (administrators see all, as the record of who exported what). */
export const EXPORT_POLICY = definePolicy(ExportRun, {
  resource: 'query',
  label: EXPORT_LABEL,
  scope: (actor) => (actor.kind === 'user' && hasRole(actor, Role.ADMIN) ? undefined : { actorKind: actor.kind, actorId: actor.id }),
});
