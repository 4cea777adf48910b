import FactoryIcon from '@mui/icons-material/Factory';
import type { Manufacturer } from '../../../schema/generated/graphql';
import { ManufacturerCreate } from './ManufacturerCreate';
import { ManufacturerEdit } from './ManufacturerEdit';
import { ManufacturerList } from './ManufacturerList';
import { ManufacturerShow } from './ManufacturerShow';

export default {
  list: ManufacturerList,
  show: ManufacturerShow,
  edit: ManufacturerEdit,
  create: ManufacturerCreate,
  icon: FactoryIcon,
  recordRepresentation: (manufacturer: Manufacturer) => manufacturer.name,
};
