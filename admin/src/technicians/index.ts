import EngineeringIcon from '@mui/icons-material/Engineering';
import type { Technician } from '../../../schema/generated/graphql';
import { TechnicianCreate } from './TechnicianCreate';
import { TechnicianEdit } from './TechnicianEdit';
import { TechnicianList } from './TechnicianList';
import { TechnicianShow } from './TechnicianShow';

export default {
  list: TechnicianList,
  show: TechnicianShow,
  edit: TechnicianEdit,
  create: TechnicianCreate,
  icon: EngineeringIcon,
  recordRepresentation: (technician: Technician) => `${technician.code} ${technician.name}`,
};
