import { Resolver } from 'type-graphql';
import { crudResolver } from '../../graphql/crud';
import { badInput, fieldError, type FieldError } from '../../common/errors';
import { ref, relationResolver } from '../../graphql/relations';
import { Brand } from '../product/brand.entity';
import { ProductCategory } from '../product/product-category.entity';
import { FeeKind } from './fee-enums';
import { FeeRule } from './fee-rule.entity';
import { FeeRuleCreateInput, FeeRuleFilter, FeeRuleUpdateInput } from './fee-rule.inputs';
import './fee-rule.policy';

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
  createInput: FeeRuleCreateInput,
  updateInput: FeeRuleUpdateInput,
  filterInput: FeeRuleFilter,
  sortFields: ['name', 'feeKind', 'serviceKind', 'amount', 'createdAt'],
  searchFields: ['name'],
  validate: assertConsistent,
}) {}

export const FeeRuleRelations = relationResolver(FeeRule, {
  brand: ref(() => Brand, 'brand', { nullable: true }),
  category: ref(() => ProductCategory, 'category', { nullable: true }),
});
