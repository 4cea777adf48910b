import { Create } from 'react-admin';
import { WarehouseForm } from './WarehouseForm';

export const WarehouseCreate = () => (
  <Create redirect="show">
    <WarehouseForm />
  </Create>
);
