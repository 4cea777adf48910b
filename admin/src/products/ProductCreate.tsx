import { Create } from 'react-admin';
import { ProductForm } from './ProductForm';

export const ProductCreate = () => (
  <Create redirect="show">
    <ProductForm />
  </Create>
);
