import { Create } from 'react-admin';
import { ProductCategoryForm } from './ProductCategoryForm';

export const ProductCategoryCreate = () => (
  <Create redirect="show">
    <ProductCategoryForm />
  </Create>
);
