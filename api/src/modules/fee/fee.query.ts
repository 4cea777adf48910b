import { defineQueryType, enumOf } from '../query/catalogue';
import { DistanceBand, FeeKind, ServiceKind } from './fee-enums';
import { FeeRule } from './fee-rule.entity';

defineQueryType(FeeRule, {
  root: 'feeRules',
  title: 'name',
  fields: {
    name: {},
    feeKind: enumOf(FeeKind, 'FeeKind'),
    serviceKind: enumOf(ServiceKind, 'ServiceKind'),
    distanceBand: enumOf(DistanceBand, 'DistanceBand'),
    amount: {},
    validFrom: {},
    validTo: {},
    active: {},
  },
  relations: ['brand', 'category'],
  defaultColumns: ['name', 'feeKind', 'serviceKind', 'brand.name', 'category.name', 'distanceBand', 'amount', 'validFrom', 'validTo', 'active'],
});
