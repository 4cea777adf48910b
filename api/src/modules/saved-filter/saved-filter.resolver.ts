import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { Context } from '../../graphql/context';
import { badInput, fieldError, notFound } from '../../common/errors';
import { isUuid } from '../../common/uuid';
import { User } from '../auth/user.entity';
import { SavedFilter } from './saved-filter.entity';

const label = { zh: '已保存的筛选', en: 'saved filter' };

function userOf(ctx: Context): string {
  if (ctx.actor?.kind !== 'user') throw badInput([fieldError('user', '只有用户可以保存筛选', 'only users can save filters')]);
  return ctx.actor.id;
}

@Resolver(() => SavedFilter)
export class SavedFilterResolver {
  @Authorized()
  @Query(() => [SavedFilter], { description: 'My saved filters for a list' })
  savedFilters(@Arg('resource') resource: string, @Ctx() ctx: Context): Promise<SavedFilter[]> {
    return ctx.em.find(SavedFilter, { user: userOf(ctx), resource }, { orderBy: { name: 'asc' } });
  }

  @Authorized()
  @Mutation(() => SavedFilter, { description: 'Save (or replace) a named filter for a list' })
  async saveFilter(
    @Arg('resource') resource: string,
    @Arg('name') name: string,
    @Arg('filter', () => GraphQLJSONObject) filter: Record<string, unknown>,
    @Ctx() ctx: Context,
  ): Promise<SavedFilter> {
    const user = userOf(ctx);
    if (!name.trim() || name.length > 60) throw badInput([fieldError('name', '必须是 1 到 60 个字符', 'must be 1 to 60 characters')]);
    if (!/^[a-zA-Z]{1,60}$/.test(resource)) throw badInput([fieldError('resource', '格式不正确', 'has the wrong format')]);
    const existing = await ctx.em.findOne(SavedFilter, { user, resource, name: name.trim() });
    if (existing) {
      existing.filter = filter;
      return existing;
    }
    const saved = ctx.em.create(SavedFilter, { user: ctx.em.getReference(User, user), resource, name: name.trim(), filter });
    ctx.em.persist(saved);
    return saved;
  }

  @Authorized()
  @Mutation(() => ID)
  async deleteSavedFilter(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<string> {
    const saved = isUuid(id) ? await ctx.em.findOne(SavedFilter, { id, user: userOf(ctx) }) : null;
    if (!saved) throw notFound(label, id);
    ctx.em.remove(saved);
    return id;
  }
}
