import BuildIcon from '@mui/icons-material/Build';
import type { Part } from '../../../schema/generated/graphql';
import { PartCreate } from './PartCreate';
import { PartEdit } from './PartEdit';
import { PartList } from './PartList';
import { PartShow } from './PartShow';

export default {
  list: PartList,
  show: PartShow,
  edit: PartEdit,
  create: PartCreate,
  icon: BuildIcon,
  recordRepresentation: (part: Part) => `${part.code} ${part.name}`,
};
