import PaymentsIcon from '@mui/icons-material/Payments';
import type { FeeRule } from '../../../schema/generated/graphql';
import { FeeRuleCreate } from './FeeRuleCreate';
import { FeeRuleEdit } from './FeeRuleEdit';
import { FeeRuleList } from './FeeRuleList';
import { FeeRuleShow } from './FeeRuleShow';

export default {
  list: FeeRuleList,
  show: FeeRuleShow,
  edit: FeeRuleEdit,
  create: FeeRuleCreate,
  icon: PaymentsIcon,
  recordRepresentation: (rule: FeeRule) => rule.name,
};
