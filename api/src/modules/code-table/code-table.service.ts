import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../graphql/context';
import { badInput, fieldError } from '../../common/errors';
import { toEntityData } from '../../graphql/crud';
import { ProductCategory } from '../product/product-category.entity';
import { Code } from './code.entity';
import { CodeGroup } from './code-group.entity';
import type { CodeCreateInput, CodeUpdateInput } from './code-table.inputs';

export async function assertCategoriesExist(ctx: Context, ids: string[] | undefined): Promise<void> {
  if (!ids?.length) return;
  const found = await ctx.em.count(ProductCategory, { id: { $in: ids } });
  if (found !== new Set(ids).size) {
    throw badInput([fieldError('categoryIds', '包含不存在的产品类别', 'contains an unknown product category')]);
  }
}

/** Rows whose category limit admits `categoryId`: no limit, or the category listed. */
export function allowsCategory(categoryId: string): FilterQuery<Code & CodeGroup> {
  return { $or: [{ categoryIds: { $eq: [] } }, { categoryIds: { $contains: [categoryId] } }] } as never;
}

async function groupOf(ctx: Context, groupId: string): Promise<CodeGroup> {
  const group = await ctx.em.findOne(CodeGroup, groupId);
  if (!group) throw badInput([fieldError('groupId', '指向的代码组不存在', 'does not exist')]);
  return group;
}

export async function createCode(input: CodeCreateInput, ctx: Context): Promise<Code> {
  const group = await groupOf(ctx, input.groupId);
  let sortOrder = input.sortOrder;
  if (sortOrder === undefined) {
    const last = await ctx.em.findOne(Code, { kind: group.kind }, { orderBy: { sortOrder: 'desc' } });
    sortOrder = (last?.sortOrder ?? 0) + 10;
  }
  const meta = ctx.em.getMetadata().get<Code>(Code.name);
  return ctx.em.create(Code, toEntityData(meta, { ...input, sortOrder, kind: group.kind }) as never);
}

export async function updateCode(code: Code, input: CodeUpdateInput, ctx: Context): Promise<Code> {
  if (input.groupId && input.groupId !== code.groupId) {
    const group = await groupOf(ctx, input.groupId);
    if (group.kind !== code.kind) {
      throw badInput([fieldError('groupId', '必须属于同一类代码表', 'must be a group of the same code table')]);
    }
  }
  const meta = ctx.em.getMetadata().get<Code>(Code.name);
  ctx.em.assign(code, toEntityData(meta, input) as never);
  return code;
}

/** Sets sortOrder 10, 20, 30 … in the order given (the panel's drag-to-reorder). */
export async function reorderCodes(ids: string[], ctx: Context): Promise<Code[]> {
  const codes = await ctx.em.find(Code, { id: { $in: ids } });
  if (codes.length !== new Set(ids).size) {
    throw badInput([fieldError('ids', '包含不存在的代码', 'contains an unknown code')]);
  }
  if (new Set(codes.map((c) => c.kind)).size > 1) {
    throw badInput([fieldError('ids', '必须属于同一类代码表', 'must all belong to one code table')]);
  }
  const byId = new Map(codes.map((c) => [c.id, c]));
  ids.forEach((id, i) => {
    byId.get(id)!.sortOrder = (i + 1) * 10;
  });
  return ids.map((id) => byId.get(id)!);
}
