import { Create } from 'react-admin';
import { PartForm } from './PartForm';

export const PartCreate = () => (
  <Create redirect="show">
    <PartForm />
  </Create>
);
