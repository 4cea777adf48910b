import KitchenIcon from '@mui/icons-material/Kitchen';
import type { Product } from '../../../schema/generated/graphql';
import { ProductCreate } from './ProductCreate';
import { ProductEdit } from './ProductEdit';
import { ProductList } from './ProductList';
import { ProductShow } from './ProductShow';

export default {
  list: ProductList,
  show: ProductShow,
  edit: ProductEdit,
  create: ProductCreate,
  icon: KitchenIcon,
  recordRepresentation: (product: Product) => `${product.modelNumber} ${product.name}`,
};
