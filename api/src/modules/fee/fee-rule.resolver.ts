import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { crudResolver } from '../../graphql/crud';
import { badInput, fieldError, registerTableName, type FieldError } from '../../common/errors';
import { Brand } from '../product/brand.entity';
import { ProductCategory } from '../product/product-category.entity';
import { FeeKind } from './fee-enums';
import { FeeRule } from './fee-rule.entity';
import { FeeRuleCreateInput, FeeRuleFilter, FeeRuleUpdateInput } from './fee-rule.inputs';

const label = { zh: '收费标准', en: 'fee rule' };
registerTableName('fee_rule', label);

function assertConsistent(rule: FeeRule): void {
  const errors: FieldError[] = [];
  if (rule.feeKind === FeeKind.LABOUR && rule.distanceBand) {
    errors.push(fieldError('distanceBand', '只适用于上门费', 'applies to visit fees only'));
  }
  if (rule.validFrom && rule.validTo && rule.validTo < rule.validFrom) {
    errors.push(fieldError('validTo', '不能早于生效日期', 'cannot be before validFrom'));
  }
  if (errors.length) throw badInput(errors);
}

@Resolver(() => FeeRule)
export class FeeRuleResolver extends crudResolver({
  entity: FeeRule,
  name: 'FeeRule',
  plural: 'FeeRules',
  label,
  permission: 'feeRule',
  createInput: FeeRuleCreateInput,
  updateInput: FeeRuleUpdateInput,
  filterInput: FeeRuleFilter,
  sortFields: ['name', 'feeKind', 'serviceKind', 'amount', 'createdAt'],
  searchFields: ['name'],
  validate: assertConsistent,
}) {
  @FieldResolver(() => Brand, { nullable: true })
  brand(@Root() rule: FeeRule, @Ctx() ctx: Context) {
    return ctx.loaders.load(Brand, rule.brandId);
  }

  @FieldResolver(() => ProductCategory, { nullable: true })
  category(@Root() rule: FeeRule, @Ctx() ctx: Context) {
    return ctx.loaders.load(ProductCategory, rule.categoryId);
  }
}
