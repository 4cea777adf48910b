import { Arg, Authorized, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { AppError, ErrorCode, badInput, fieldError } from '../../common/errors';
import { Role } from './role';
import { User } from './user.entity';
import { hashPassword, signToken, verifyPassword } from './auth.service';
import { assertNotThrottled, clearFailures, recordFailure } from './throttle';

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
class Viewer {
  @Field({ description: 'user or partner' })
  kind!: string;

  @Field(() => ID)
  id!: string;

  @Field()
  label!: string;

  @Field(() => [Role])
  roles!: Role[];

  @Field(() => [String], { description: 'Granted permissions, e.g. customer:read' })
  permissions!: string[];

  @Field(() => ID, { nullable: true })
  stationId?: string;

  @Field(() => ID, { nullable: true })
  manufacturerId?: string;
}

const BAD_LOGIN = new AppError(ErrorCode.UNAUTHENTICATED, {
  zh: '用户名或密码错误',
  en: 'Wrong username or password',
});

@Resolver()
export class AuthResolver {
  @Mutation(() => LoginResult, { description: '登录 Sign in with username and password' })
  async login(
    @Arg('username') username: string,
    @Arg('password') password: string,
    @Ctx() ctx: Context,
  ): Promise<LoginResult> {
    const key = `login:${username.trim().toLowerCase()}`;
    await assertNotThrottled(ctx.em, key);
    const user = await ctx.em.findOne(User, { username: username.trim(), active: true }, { populate: ['passwordHash'] });
    if (!user || !(await verifyPassword(user.passwordHash, password))) {
      await recordFailure(ctx.em, key);
      throw BAD_LOGIN;
    }
    await clearFailures(ctx.em, key);
    user.lastLoginAt = new Date();
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
      roles: a.roles,
      permissions: [...a.permissions].sort(),
      stationId: a.stationId,
      manufacturerId: a.manufacturerId,
    };
  }

  @Authorized()
  @Mutation(() => Boolean, { description: '修改密码 Change your own password' })
  async changePassword(
    @Arg('currentPassword') currentPassword: string,
    @Arg('newPassword') newPassword: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    if (newPassword.length < 8 || newPassword.length > 200) {
      throw badInput([fieldError('password', '长度必须在 8 到 200 个字符之间', 'must be 8 to 200 characters long')]);
    }
    if (ctx.actor?.kind !== 'user') throw badInput([fieldError('password', '只有用户可以修改密码', 'can only be changed by users')]);
    const user = await ctx.em.findOneOrFail(User, ctx.actor.id, { populate: ['passwordHash'] });
    if (!(await verifyPassword(user.passwordHash, currentPassword))) {
      throw badInput([fieldError('password', '当前密码不正确', 'is not your current password')]);
    }
    user.passwordHash = await hashPassword(newPassword);
    return true;
  }
}
