import { Create } from 'react-admin';
import { ProductUnitForm } from './ProductUnitForm';

export const ProductUnitCreate = () => (
  <Create redirect="show">
    <ProductUnitForm />
  </Create>
);
