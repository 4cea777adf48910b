import { Create } from 'react-admin';
import { CustomerForm } from './CustomerForm';

export const CustomerCreate = () => (
  <Create redirect="show">
    <CustomerForm />
  </Create>
);
