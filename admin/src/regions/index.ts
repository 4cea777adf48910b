import PlaceIcon from '@mui/icons-material/Place';
import type { Region } from '../../../schema/generated/graphql';
import { RegionCreate } from './RegionCreate';
import { RegionEdit } from './RegionEdit';
import { RegionList } from './RegionList';
import { RegionShow } from './RegionShow';

export default {
  list: RegionList,
  show: RegionShow,
  edit: RegionEdit,
  create: RegionCreate,
  icon: PlaceIcon,
  recordRepresentation: (region: Region) => region.name,
};
