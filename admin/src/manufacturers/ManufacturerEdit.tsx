import { Edit } from 'react-admin';
import { EditToolbar } from '../common/EditToolbar';
import { ManufacturerForm } from './ManufacturerForm';

export const ManufacturerEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <ManufacturerForm toolbar={<EditToolbar />} />
  </Edit>
);
