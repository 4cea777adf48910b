import AssignmentIcon from '@mui/icons-material/Assignment';
import type { ServiceOrder } from '../../../schema/generated/graphql';
import { ServiceOrderCreate } from './intake/ServiceOrderCreate';
import { ServiceOrderList } from './list/ServiceOrderList';
import { ServiceOrderShow } from './show/ServiceOrderShow';

// No edit page: intake details are corrected in a dialog on the order page, the rest moves by steps.
export default {
  list: ServiceOrderList,
  show: ServiceOrderShow,
  create: ServiceOrderCreate,
  icon: AssignmentIcon,
  recordRepresentation: (order: ServiceOrder) => order.number,
};
