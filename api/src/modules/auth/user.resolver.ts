import { Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { crudResolver, toEntityData } from '../../graphql/crud';
import { badInput, fieldError, inUse } from '../../common/errors';
import { ref, relationResolver } from '../../graphql/relations';
import { ServiceStation } from '../station/service-station.entity';
import { Technician } from '../station/technician.entity';
import { AuditEntry } from '../audit/audit-entry.entity';
import { Role } from './role';
import { User } from './user.entity';
import { UserCreateInput, UserFilter, UserUpdateInput } from './user.inputs';
import { hashPassword } from './auth.service';
import { USER_LABEL } from './auth.policy';


/** An administrator cannot lock themselves out. */
function assertNotSelfLockout(user: User, ctx: Context): void {
  if (ctx.actor?.id !== user.id) return;
  if (!user.active || !user.roles.includes(Role.ADMIN)) {
    throw badInput([fieldError('roles', '不能停用自己或取消自己的管理员角色', 'cannot deactivate yourself or drop your own admin role')]);
  }
}

/**
 * A user who is a technician holds the technician role and works at that technician's station:
 * linking ties the user to it (a user without a station takes the technician's), another station
 * is refused. One user per technician (the unique key answers CONFLICT).
 */
async function assertTechnicianLink(user: User, ctx: Context): Promise<void> {
  if (!user.technician) return;
  const technician = await ctx.em.findOne(Technician, { id: user.technician.id });
  if (!technician) throw badInput([fieldError('technicianId', '指向的维修员不存在', 'refers to a technician that does not exist')]);
  if (!user.roles.includes(Role.TECHNICIAN)) {
    throw badInput([fieldError('technicianId', '只能关联给具有“维修员”角色的用户', 'can only be set on a user with the technician role')]);
  }
  if (!user.station) user.station = technician.station;
  else if (user.station.id !== technician.stationId) {
    throw badInput([fieldError('stationId', '必须是所关联维修员的维修站', 'must be the station of the linked technician')]);
  }
}

async function validateUser(user: User, ctx: Context): Promise<void> {
  assertNotSelfLockout(user, ctx);
  await assertTechnicianLink(user, ctx);
}

@Resolver(() => User)
export class UserResolver extends crudResolver({
  entity: User,
  name: 'User',
  plural: 'Users',
  createInput: UserCreateInput,
  updateInput: UserUpdateInput,
  filterInput: UserFilter,
  sortFields: ['username', 'displayName', 'createdAt', 'lastLoginAt'],
  searchFields: ['username', 'displayName'],
  where: (f) => (f.role ? { roles: { $contains: [f.role] } } : undefined),
  create: async ({ password, ...input }, ctx) => {
    const meta = ctx.em.getMetadata().get<User>(User.name);
    const user = ctx.em.create(User, toEntityData(meta, input) as never);
    user.passwordHash = await hashPassword(password);
    return user;
  },
  update: async (user, { password, ...input }, ctx) => {
    const meta = ctx.em.getMetadata().get<User>(User.name);
    const wasActive = user.active;
    ctx.em.assign(user, toEntityData(meta, input) as never);
    if (password) user.passwordHash = await hashPassword(password);
    // A reset password or a deactivation ends the user's tokens (also after a later reactivation).
    if (password || (wasActive && !user.active)) user.tokenVersion += 1;
    return user;
  },
  validate: validateUser,
  beforeDelete: async (user, ctx) => {
    if (ctx.actor?.id === user.id) throw badInput([fieldError('id', '不能删除自己', 'cannot be yourself')]);
    if (await ctx.em.count(AuditEntry, { actorId: user.id })) throw inUse(USER_LABEL, { zh: '审计日志', en: 'the audit log' });
  },
}) {}

export const UserRelations = relationResolver(User, {
  station: ref(() => ServiceStation, 'station', { nullable: true }),
  technician: ref(() => Technician, 'technician', { nullable: true }),
});
