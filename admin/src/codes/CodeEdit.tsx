import { Edit } from 'react-admin';
import { EditToolbar } from '../common/EditToolbar';
import { CodeForm } from './CodeForm';

export const CodeEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <CodeForm toolbar={<EditToolbar />} />
  </Edit>
);
