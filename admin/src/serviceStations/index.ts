import StoreIcon from '@mui/icons-material/Store';
import type { ServiceStation } from '../../../schema/generated/graphql';
import { ServiceStationCreate } from './ServiceStationCreate';
import { ServiceStationEdit } from './ServiceStationEdit';
import { ServiceStationList } from './ServiceStationList';
import { ServiceStationShow } from './ServiceStationShow';

export default {
  list: ServiceStationList,
  show: ServiceStationShow,
  edit: ServiceStationEdit,
  create: ServiceStationCreate,
  icon: StoreIcon,
  recordRepresentation: (station: ServiceStation) => station.name,
};
