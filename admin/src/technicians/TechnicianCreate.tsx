import { Create } from 'react-admin';
import { TechnicianForm } from './TechnicianForm';

export const TechnicianCreate = () => (
  <Create redirect="show">
    <TechnicianForm />
  </Create>
);
