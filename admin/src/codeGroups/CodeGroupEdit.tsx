import { Edit } from 'react-admin';
import { EditToolbar } from '../common/EditToolbar';
import { CodeGroupForm } from './CodeGroupForm';

export const CodeGroupEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <CodeGroupForm toolbar={<EditToolbar />} />
  </Edit>
);
