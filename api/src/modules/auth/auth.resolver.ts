import { Arg, Authorized, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { AppError, ErrorCode, badInput, fieldError } from '../../common/errors';
import { Role } from './role';
import { User } from './user.entity';
import { hashPassword, passwords, signToken, verifyPassword } from './auth.service';
import { chargeAttempt, clientAddress, loginLimits } from './throttle';

@ObjectType({ description: '登录结果 Login result' })
class LoginResult {
  @Field({ description: 'Send as `Authorization: Bearer <token>`' })
  token!: string;

  @Field()
  expiresAt!: Date;

  @Field(() => User)
  user!: User;
}

@ObjectType({ description: 'Who the caller is and what they may do' })
export class Viewer {
  @Field({ description: 'user or partner' })
  kind!: string;

  @Field(() => ID)
  id!: string;

  @Field({ description: 'Username, or the partner key’s name' })
  label!: string;

  @Field({ description: '姓名 The person’s name (a partner’s: the key’s name)' })
  displayName!: string;

  @Field(() => [Role])
  roles!: Role[];

  @Field(() => [String], { description: 'Granted permissions, e.g. customer:read' })
  permissions!: string[];

  @Field(() => ID, { nullable: true })
  stationId?: string;

  @Field(() => ID, { nullable: true, description: 'The technician this user is (User.technician)' })
  technicianId?: string;

  @Field(() => ID, { nullable: true })
  manufacturerId?: string;

  @Field({ description: 'The business time zone (BUSINESS_TZ): "today" and the dates of range filters are its days; the panel shows times in it' })
  timeZone!: string;
}

const BAD_LOGIN = new AppError(ErrorCode.UNAUTHENTICATED, {
  zh: '用户名或密码错误',
  en: 'Wrong username or password',
});

/** No username is longer than 60 characters nor any password than 200: longer input is refused before any work. */
function assertLoginInput(username: string, password: string): void {
  const errors = [];
  if (username.length > 60 || /[\u0000-\u001f]/.test(username)) {
    errors.push(fieldError('username', '最多 60 个字符，且不能含控制字符', 'must be at most 60 characters without control characters'));
  }
  if (password.length > 200) errors.push(fieldError('password', '最多 200 个字符', 'must be at most 200 characters'));
  if (errors.length) throw badInput(errors);
}

@Resolver()
export class AuthResolver {
  @Mutation(() => LoginResult, { description: '登录 Sign in with username and password' })
  async login(
    @Arg('username') username: string,
    @Arg('password') password: string,
    @Ctx() ctx: Context,
  ): Promise<LoginResult> {
    assertLoginInput(username, password);
    const name = username.trim();
    // Counted before the password is checked, so parallel guesses cannot all slip under the limit.
    const attempt = await chargeAttempt(ctx.em, loginLimits(name, clientAddress(ctx.req.ip)));
    const user = await ctx.em.findOne(User, { username: name, active: true }, { populate: ['passwordHash'] });
    // Unknown and deactivated users cost one argon2 verify too: the answer's timing tells nothing.
    const matches = await passwords.verify(user?.passwordHash ?? (await passwords.dummyHash()), password);
    if (!user || !matches) throw BAD_LOGIN;
    await attempt.succeeded();
    user.lastLoginAt = new Date();
    // Not audited (bookkeeping), and outside a transaction: login holds no connection while it hashes.
    await ctx.em.nativeUpdate(User, { id: user.id }, { lastLoginAt: user.lastLoginAt });
    return { ...signToken(user, ctx.config), user };
  }

  @Authorized()
  @Query(() => Viewer, { description: '当前用户 The caller' })
  me(@Ctx() ctx: Context): Viewer {
    const a = ctx.actor!;
    return {
      kind: a.kind,
      id: a.id,
      label: a.label,
      displayName: a.displayName ?? a.label,
      roles: a.roles,
      permissions: [...a.permissions].sort(),
      stationId: a.stationId,
      technicianId: a.technicianId,
      manufacturerId: a.manufacturerId,
      timeZone: ctx.config.timeZone,
    };
  }

  @Authorized()
  @Mutation(() => Boolean, { description: '修改密码 Change your own password (every earlier token ends)' })
  async changePassword(
    @Arg('currentPassword') currentPassword: string,
    @Arg('newPassword') newPassword: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    if (newPassword.length < 8 || newPassword.length > 200) {
      throw badInput([fieldError('password', '长度必须在 8 到 200 个字符之间', 'must be 8 to 200 characters long')]);
    }
    if (ctx.actor?.kind !== 'user') throw badInput([fieldError('password', '只能由用户修改（合作方密钥没有密码）', 'can only be changed by users')]);
    // The current password is a guess like a login's (a stolen token must not find it out).
    const attempt = await chargeAttempt(ctx.em, loginLimits(ctx.actor.label, clientAddress(ctx.req.ip)));
    const user = await ctx.em.findOneOrFail(User, ctx.actor.id, { populate: ['passwordHash'] });
    if (currentPassword.length > 200 || !(await verifyPassword(user.passwordHash, currentPassword))) {
      throw badInput([fieldError('password', '与当前密码不符', 'is not your current password')]);
    }
    await attempt.succeeded();
    user.passwordHash = await hashPassword(newPassword);
    // Every token issued before, this one included, ends: sign in again with the new password.
    user.tokenVersion += 1;
    // This mutation runs outside a transaction (it hashes for a while); the flush is one of its own.
    await ctx.em.flush();
    return true;
  }
}
