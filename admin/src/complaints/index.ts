import ReportProblemIcon from '@mui/icons-material/ReportProblem';
import type { Complaint } from '../../../schema/generated/graphql';
import { ComplaintCreate } from './ComplaintCreate';
import { ComplaintList } from './ComplaintList';
import { ComplaintShow } from './ComplaintShow';

export default {
  list: ComplaintList,
  show: ComplaintShow,
  create: ComplaintCreate,
  icon: ReportProblemIcon,
  recordRepresentation: (c: Complaint) => c.number,
};
