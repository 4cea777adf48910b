import { Edit } from 'react-admin';
import { EditToolbar } from '../common/EditToolbar';
import { FeeRuleForm } from './FeeRuleForm';

export const FeeRuleEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <FeeRuleForm toolbar={<EditToolbar />} />
  </Edit>
);
