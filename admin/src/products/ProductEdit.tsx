import { Edit } from 'react-admin';
import { EditToolbar } from '../common/EditToolbar';
import { ProductForm } from './ProductForm';

export const ProductEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <ProductForm toolbar={<EditToolbar />} />
  </Edit>
);
