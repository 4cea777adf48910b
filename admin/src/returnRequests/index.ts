import AssignmentReturnIcon from '@mui/icons-material/AssignmentReturn';
import type { ReturnRequest } from '../../../schema/generated/graphql';
import { ReturnRequestCreate } from './ReturnRequestCreate';
import { ReturnRequestList } from './ReturnRequestList';
import { ReturnRequestShow } from './ReturnRequestShow';

export default {
  list: ReturnRequestList,
  show: ReturnRequestShow,
  create: ReturnRequestCreate,
  icon: AssignmentReturnIcon,
  recordRepresentation: (r: ReturnRequest) => r.number,
};
