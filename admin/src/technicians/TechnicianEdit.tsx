import { Edit } from 'react-admin';
import { EditToolbar } from '../common/EditToolbar';
import { TechnicianForm } from './TechnicianForm';

export const TechnicianEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <TechnicianForm toolbar={<EditToolbar />} />
  </Edit>
);
