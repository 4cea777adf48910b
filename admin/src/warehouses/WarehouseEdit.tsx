import { Edit } from 'react-admin';
import { EditToolbar } from '../common/EditToolbar';
import { WarehouseForm } from './WarehouseForm';

export const WarehouseEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <WarehouseForm toolbar={<EditToolbar />} />
  </Edit>
);
