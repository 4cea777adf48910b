import { labelledEnum } from '../../graphql/enums';
import './code-table.labels';


/** The five code tables of DOMAIN.md. */
export enum CodeKind {
  FAULT_SYMPTOM = 'fault_symptom',
  FAULT_CAUSE = 'fault_cause',
  FAULT_LOCATION = 'fault_location',
  REPAIR_METHOD = 'repair_method',
  AFTER_SALES_REASON = 'after_sales_reason',
}

labelledEnum(CodeKind, 'CodeKind', { description: '代码类型 Code table', notes: { AFTER_SALES_REASON: 'returns and exchanges' } });
