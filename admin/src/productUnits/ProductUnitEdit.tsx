import { Edit } from 'react-admin';
import { EditToolbar } from '../common/EditToolbar';
import { ProductUnitForm } from './ProductUnitForm';

export const ProductUnitEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <ProductUnitForm toolbar={<EditToolbar />} />
  </Edit>
);
