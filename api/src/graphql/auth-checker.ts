import type { AuthChecker } from 'type-graphql';
import { can } from '../modules/auth/actor';
import { isPermission } from '../modules/auth/permissions';
import type { Context } from './context';
import { forbidden, unauthenticated } from '../common/errors';

/** `@Authorized()` means signed in; `@Authorized('customer:write')` also needs that permission. */
export const authChecker: AuthChecker<Context> = ({ context }, permissions) => {
  if (!context.actor) throw unauthenticated();
  for (const p of permissions) {
    if (!isPermission(p)) throw new Error(`Unknown permission in @Authorized: ${p}`);
    if (!can(context.actor, p)) throw forbidden(p);
  }
  return true;
};
