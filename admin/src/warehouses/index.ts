import WarehouseIcon from '@mui/icons-material/Warehouse';
import type { Warehouse } from '../../../schema/generated/graphql';
import { WarehouseCreate } from './WarehouseCreate';
import { WarehouseEdit } from './WarehouseEdit';
import { WarehouseList } from './WarehouseList';
import { WarehouseShow } from './WarehouseShow';

export default {
  list: WarehouseList,
  show: WarehouseShow,
  edit: WarehouseEdit,
  create: WarehouseCreate,
  icon: WarehouseIcon,
  recordRepresentation: (warehouse: Warehouse) => warehouse.name,
};
