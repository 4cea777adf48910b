import { definePolicy } from '../../common/access/policy';
import { registerTableName } from '../../common/errors';
import { FeeRule } from './fee-rule.entity';

export const FEE_RULE_LABEL = { zh: '收费标准', en: 'fee rule' };
registerTableName('fee_rule', FEE_RULE_LABEL);

export const FEE_RULE_POLICY = definePolicy(FeeRule, { resource: 'feeRule', label: FEE_RULE_LABEL });
