import { definePolicy, type Redactions } from '../../common/access/policy';
import { hasRole, isPartner } from '../../common/access/actors';
import { forbidden, registerTableName } from '../../common/errors';
import { can } from '../auth/actor';
import { Role } from '../auth/role';
import { SavedQuery } from './saved-query.entity';

export const SAVED_QUERY_LABEL = { zh: '已保存的查询', en: 'saved query' };
registerTableName('saved_query', SAVED_QUERY_LABEL);

const PARTNER: Redactions = { ownerName: 'hide', sharedWithRoles: 'hide', sharedWithApiKeyIds: 'hide' };
/** Who may share queries with roles: the people whose work is reports. */
const SHARES_WITH_ROLES = [Role.ANALYST, Role.MANAGER];

/**
 * A saved query is seen by its owner, by users holding a role it is shared with, by partner keys
 * it is shared with, and by administrators. Only its owner (or an administrator) changes it;
 * sharing with roles is for analysts and managers, with partner keys for those who manage keys.
 */
export const SAVED_QUERY_POLICY = definePolicy(SavedQuery, {
  resource: 'query',
  label: SAVED_QUERY_LABEL,
  scope: (actor) => {
    if (actor.kind === 'partner') return { sharedWithApiKeyIds: { $contains: [actor.id] } };
    if (actor.kind === 'user' && actor.roles.includes(Role.ADMIN)) return undefined;
    if (actor.kind !== 'user') return undefined;
    return actor.roles.length ? { $or: [{ owner: actor.id }, { sharedWithRoles: { $overlap: actor.roles } }] } : { owner: actor.id };
  },
  redactable: ['ownerName', 'sharedWithRoles', 'sharedWithApiKeyIds'],
  redact: (actor) => (isPartner(actor) ? PARTNER : undefined),
  write: (actor, changed, record) => {
    if (actor.kind !== 'user') throw forbidden('query:write');
    if (record && record.ownerId !== actor.id && !hasRole(actor, Role.ADMIN)) throw forbidden('savedQuery (not yours)');
    if (changed.includes('sharedWithRoles') && !hasRole(actor, ...SHARES_WITH_ROLES)) throw forbidden('savedQuery.sharedWithRoles');
    if (changed.includes('sharedWithApiKeyIds') && !can(actor, 'apiKey:read')) throw forbidden('savedQuery.sharedWithApiKeyIds');
  },
});
