import { Edit } from 'react-admin';
import { EditToolbar } from '../common/EditToolbar';
import { ProductCategoryForm } from './ProductCategoryForm';

export const ProductCategoryEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <ProductCategoryForm toolbar={<EditToolbar />} />
  </Edit>
);
