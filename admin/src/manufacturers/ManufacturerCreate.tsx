import { Create } from 'react-admin';
import { ManufacturerForm } from './ManufacturerForm';

export const ManufacturerCreate = () => (
  <Create redirect="show">
    <ManufacturerForm />
  </Create>
);
