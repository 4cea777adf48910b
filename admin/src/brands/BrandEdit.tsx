import { Edit } from 'react-admin';
import { EditToolbar } from '../common/EditToolbar';
import { BrandForm } from './BrandForm';

export const BrandEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <BrandForm toolbar={<EditToolbar />} />
  </Edit>
);
