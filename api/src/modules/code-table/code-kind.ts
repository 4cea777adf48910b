import { registerEnumType } from 'type-graphql';

/** The five code tables of DOMAIN.md. */
export enum CodeKind {
  FAULT_SYMPTOM = 'fault_symptom',
  FAULT_CAUSE = 'fault_cause',
  FAULT_LOCATION = 'fault_location',
  REPAIR_METHOD = 'repair_method',
  AFTER_SALES_REASON = 'after_sales_reason',
}

registerEnumType(CodeKind, {
  name: 'CodeKind',
  description: '代码类型 Code table',
  valuesConfig: {
    FAULT_SYMPTOM: { description: '不良现象/报修故障 fault symptom' },
    FAULT_CAUSE: { description: '不良原因/故障原因 fault cause' },
    FAULT_LOCATION: { description: '故障部位 fault location' },
    REPAIR_METHOD: { description: '维修方法/处理方式 repair method' },
    AFTER_SALES_REASON: { description: '售后原因 after-sales reason (returns and exchanges)' },
  },
});
