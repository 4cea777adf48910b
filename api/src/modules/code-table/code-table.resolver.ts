import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { crudResolver } from '../../graphql/crud';
import { registerTableName } from '../../common/errors';
import { ProductCategory } from '../product/product-category.entity';
import { Code } from './code.entity';
import { CodeGroup } from './code-group.entity';
import * as inputs from './code-table.inputs';
import { allowsCategory, assertCategoriesExist, createCode, reorderCodes, updateCode } from './code-table.service';

const labels = { group: { zh: '代码组', en: 'code group' }, code: { zh: '代码', en: 'code' } };
registerTableName('code_group', labels.group);
registerTableName('code', labels.code);

@Resolver(() => CodeGroup)
export class CodeGroupResolver extends crudResolver({
  entity: CodeGroup,
  name: 'CodeGroup',
  plural: 'CodeGroups',
  label: labels.group,
  permission: 'codeTable',
  createInput: inputs.CodeGroupCreateInput,
  updateInput: inputs.CodeGroupUpdateInput,
  filterInput: inputs.CodeGroupFilter,
  sortFields: ['sortOrder', 'code', 'name', 'createdAt'],
  searchFields: ['code', 'name', 'nameEn'],
  where: (f) => (f.categoryId ? allowsCategory(f.categoryId) : undefined),
  validate: (group, ctx) => assertCategoriesExist(ctx, group.categoryIds),
}) {
  @FieldResolver(() => [ProductCategory], { description: 'The categories behind categoryIds' })
  categories(@Root() group: CodeGroup, @Ctx() ctx: Context) {
    return ctx.loaders.loadMany(ProductCategory, group.categoryIds);
  }
}

@Resolver(() => Code)
export class CodeResolver extends crudResolver({
  entity: Code,
  name: 'Code',
  plural: 'Codes',
  label: labels.code,
  permission: 'codeTable',
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
  @FieldResolver(() => CodeGroup)
  group(@Root() code: Code, @Ctx() ctx: Context) {
    return ctx.loaders.load(CodeGroup, code.groupId);
  }

  @FieldResolver(() => [ProductCategory], { description: 'The categories behind categoryIds' })
  categories(@Root() code: Code, @Ctx() ctx: Context) {
    return ctx.loaders.loadMany(ProductCategory, code.categoryIds);
  }

  @Authorized('codeTable:write')
  @Mutation(() => [Code], { description: 'Puts the codes of one table in the given order (sortOrder 10, 20, …)' })
  reorderCodes(
    @Arg('ids', () => [ID]) ids: string[],
    @Ctx() ctx: Context,
  ): Promise<Code[]> {
    return reorderCodes(ids, ctx);
  }
}
