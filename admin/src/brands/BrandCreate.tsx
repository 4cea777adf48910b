import { Create } from 'react-admin';
import { BrandForm } from './BrandForm';

export const BrandCreate = () => (
  <Create redirect="show">
    <BrandForm />
  </Create>
);
