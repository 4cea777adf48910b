import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { findVisible, readResolver } from '../../graphql/crud';
import { SortOrder } from '../../graphql/list';
import { AdHocQueryInput, QueryPageArgs, toDefinition } from './query.inputs';
import { QueryRoot } from './query.enums';
import { queryCatalogue, queryResult, queryRoots } from './query.service';
import { QueryResult, QueryRootInfo } from './query.types';
import { SavedQuery } from './saved-query.entity';
import { SavedQueryCreateInput, SavedQueryFilter, SavedQueryUpdateInput } from './saved-query.inputs';
import './saved-query.policy';
import { createSavedQuery, deleteSavedQuery, updateSavedQuery } from './saved-query.service';

/** Ad-hoc queries: the catalogue of fields, a query's result, and saved queries (list, get, run, save). */
@Resolver()
export class QueryResolver extends readResolver({
  entity: SavedQuery,
  name: 'SavedQuery',
  plural: 'SavedQueries',
  filterInput: SavedQueryFilter,
  sortFields: ['updatedAt', 'name', 'createdAt'],
  defaultSortOrder: SortOrder.DESC,
  searchFields: ['name', 'description'],
  where: (filter, ctx) => (filter.mine === undefined || filter.mine === null ? undefined : filter.mine ? { owner: ctx.actor?.id } : { owner: { $ne: ctx.actor?.id } }),
}) {
  @Authorized('query:read')
  @Query(() => [QueryRootInfo], { description: '查询对象 The roots the caller may query (fields empty here: see queryCatalogue)' })
  queryRoots(@Ctx() ctx: Context): QueryRootInfo[] {
    return queryRoots(ctx);
  }

  @Authorized('query:read')
  @Query(() => QueryRootInfo, { description: '字段目录 The fields of a root the caller may use, with their operators and names' })
  queryCatalogue(@Arg('root', () => QueryRoot) root: string, @Ctx() ctx: Context): QueryRootInfo {
    return queryCatalogue(ctx, root);
  }

  @Authorized('query:read')
  @Query(() => QueryResult, { description: '即席查询 Runs an ad-hoc query inside the caller’s record scope, masked as the caller reads it' })
  runQuery(@Arg('query', () => AdHocQueryInput) query: AdHocQueryInput, @Args(() => QueryPageArgs) page: QueryPageArgs, @Ctx() ctx: Context): Promise<QueryResult> {
    return queryResult(ctx, toDefinition(query), page);
  }

  @Authorized('query:read')
  @Query(() => QueryResult, { description: 'Runs a saved query the caller may see, inside the caller’s own scope' })
  async runSavedQuery(@Arg('id', () => ID) id: string, @Args(() => QueryPageArgs) page: QueryPageArgs, @Ctx() ctx: Context): Promise<QueryResult> {
    const saved = await findVisible(SavedQuery, ctx, id);
    return queryResult(ctx, saved.definition, page);
  }

  @Authorized('query:write')
  @Mutation(() => SavedQuery, { description: 'Saves a query under a name (unique per owner)' })
  createSavedQuery(@Arg('input', () => SavedQueryCreateInput) input: SavedQueryCreateInput, @Ctx() ctx: Context): Promise<SavedQuery> {
    return createSavedQuery(ctx, input);
  }

  @Authorized('query:write')
  @Mutation(() => SavedQuery, { description: 'Changes a saved query (its owner or an administrator)' })
  async updateSavedQuery(@Arg('id', () => ID) id: string, @Arg('input', () => SavedQueryUpdateInput) input: SavedQueryUpdateInput, @Ctx() ctx: Context): Promise<SavedQuery> {
    return updateSavedQuery(ctx, await findVisible(SavedQuery, ctx, id), input);
  }

  @Authorized('query:write')
  @Mutation(() => SavedQuery, { description: 'Deletes a saved query (its owner or an administrator)' })
  async deleteSavedQuery(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<SavedQuery> {
    return deleteSavedQuery(ctx, await findVisible(SavedQuery, ctx, id));
  }
}
