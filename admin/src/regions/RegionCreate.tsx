import { Create } from 'react-admin';
import { RegionForm } from './RegionForm';

export const RegionCreate = () => (
  <Create redirect="show">
    <RegionForm />
  </Create>
);
