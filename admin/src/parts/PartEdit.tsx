import { Edit } from 'react-admin';
import { EditToolbar } from '../common/EditToolbar';
import { PartForm } from './PartForm';

export const PartEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <PartForm toolbar={<EditToolbar />} />
  </Edit>
);
