import HandymanIcon from '@mui/icons-material/Handyman';
import type { Requisition } from '../../../schema/generated/graphql';
import { RequisitionCreate } from './RequisitionCreate';
import { RequisitionList } from './RequisitionList';
import { RequisitionShow } from './RequisitionShow';

export default {
  list: RequisitionList,
  show: RequisitionShow,
  create: RequisitionCreate,
  icon: HandymanIcon,
  recordRepresentation: (d: Requisition) => d.number,
};
