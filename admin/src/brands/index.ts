import SellIcon from '@mui/icons-material/Sell';
import type { Brand } from '../../../schema/generated/graphql';
import { BrandCreate } from './BrandCreate';
import { BrandEdit } from './BrandEdit';
import { BrandList } from './BrandList';
import { BrandShow } from './BrandShow';

export default {
  list: BrandList,
  show: BrandShow,
  edit: BrandEdit,
  create: BrandCreate,
  icon: SellIcon,
  recordRepresentation: (brand: Brand) => brand.name,
};
