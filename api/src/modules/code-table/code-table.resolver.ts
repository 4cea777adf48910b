import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { crudResolver } from '../../graphql/crud';
import { ref, refs, relationResolver } from '../../graphql/relations';
import { ProductCategory } from '../product/product-category.entity';
import { Code } from './code.entity';
import { CodeGroup } from './code-group.entity';
import * as inputs from './code-table.inputs';
import './code-table.policy';
import { allowsCategory, assertCategoriesExist, createCode, reorderCodes, updateCode } from './code-table.service';

@Resolver(() => CodeGroup)
export class CodeGroupResolver extends crudResolver({
  entity: CodeGroup,
  name: 'CodeGroup',
  plural: 'CodeGroups',
  createInput: inputs.CodeGroupCreateInput,
  updateInput: inputs.CodeGroupUpdateInput,
  filterInput: inputs.CodeGroupFilter,
  sortFields: ['sortOrder', 'code', 'name', 'createdAt'],
  searchFields: ['code', 'name', 'nameEn'],
  where: (f) => (f.categoryId ? allowsCategory(f.categoryId) : undefined),
  validate: (group, ctx) => assertCategoriesExist(ctx, group.categoryIds),
}) {}

@Resolver(() => Code)
export class CodeResolver extends crudResolver({
  entity: Code,
  name: 'Code',
  plural: 'Codes',
  createInput: inputs.CodeCreateInput,
  updateInput: inputs.CodeUpdateInput,
  filterInput: inputs.CodeFilter,
  sortFields: ['sortOrder', 'code', 'name', 'createdAt'],
  searchFields: ['code', 'name', 'nameEn'],
  where: (f) =>
    f.categoryId ? { $and: [allowsCategory(f.categoryId), { group: allowsCategory(f.categoryId) }] } : undefined,
  create: createCode,
  update: updateCode,
  validate: (code, ctx) => assertCategoriesExist(ctx, code.categoryIds),
}) {
  @Authorized('codeTable:write')
  @Mutation(() => [Code], { description: 'Puts the codes of one table in the given order (sortOrder 10, 20, …)' })
  reorderCodes(
    @Arg('ids', () => [ID]) ids: string[],
    @Ctx() ctx: Context,
  ): Promise<Code[]> {
    return reorderCodes(ids, ctx);
  }
}

const categories = refs(() => ProductCategory, 'categoryIds', { description: 'The categories behind categoryIds' });
export const CodeGroupRelations = relationResolver(CodeGroup, { categories });
export const CodeRelations = relationResolver(Code, { group: ref(() => CodeGroup, 'group'), categories });
