import { Edit } from 'react-admin';
import { EditToolbar } from '../common/EditToolbar';
import { UserForm } from './UserForm';

export const UserEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <UserForm toolbar={<EditToolbar />} />
  </Edit>
);
