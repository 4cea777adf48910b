import QrCodeIcon from '@mui/icons-material/QrCode';
import type { ProductUnit } from '../../../schema/generated/graphql';
import { ProductUnitCreate } from './ProductUnitCreate';
import { ProductUnitEdit } from './ProductUnitEdit';
import { ProductUnitList } from './ProductUnitList';
import { ProductUnitShow } from './ProductUnitShow';

export default {
  list: ProductUnitList,
  show: ProductUnitShow,
  edit: ProductUnitEdit,
  create: ProductUnitCreate,
  icon: QrCodeIcon,
  recordRepresentation: (unit: ProductUnit) => unit.serialNumber,
};
