import { definePolicy } from '../../common/access/policy';
import { hasRole } from '../../common/access/actors';
import { registerTableName } from '../../common/errors';
import { Role } from '../auth/role';
import { ImportBatch } from './import-batch.entity';

export const IMPORT_LABEL = { zh: '导入批次', en: 'import batch' };
registerTableName('import_batch', IMPORT_LABEL);

/** A batch is its starter's; administrators see all (who imported what, and when). */
export const IMPORT_POLICY = definePolicy(ImportBatch, {
  resource: 'query',
  label: IMPORT_LABEL,
  scope: (actor) => (actor.kind === 'user' && hasRole(actor, Role.ADMIN) ? undefined : { actorKind: actor.kind, actorId: actor.id }),
});
