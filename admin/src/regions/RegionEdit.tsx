import { Edit } from 'react-admin';
import { EditToolbar } from '../common/EditToolbar';
import { RegionForm } from './RegionForm';

export const RegionEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <RegionForm toolbar={<EditToolbar />} />
  </Edit>
);
