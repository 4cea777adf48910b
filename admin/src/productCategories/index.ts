import CategoryIcon from '@mui/icons-material/Category';
import type { ProductCategory } from '../../../schema/generated/graphql';
import { ProductCategoryCreate } from './ProductCategoryCreate';
import { ProductCategoryEdit } from './ProductCategoryEdit';
import { ProductCategoryList } from './ProductCategoryList';
import { ProductCategoryShow } from './ProductCategoryShow';

export default {
  list: ProductCategoryList,
  show: ProductCategoryShow,
  edit: ProductCategoryEdit,
  create: ProductCategoryCreate,
  icon: CategoryIcon,
  recordRepresentation: (category: ProductCategory) => category.name,
};
