import { Edit } from 'react-admin';
import { EditToolbar } from '../common/EditToolbar';
import { CustomerForm } from './CustomerForm';

export const CustomerEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <CustomerForm toolbar={<EditToolbar />} />
  </Edit>
);
