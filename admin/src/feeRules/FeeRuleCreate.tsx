import { Create } from 'react-admin';
import { FeeRuleForm } from './FeeRuleForm';

export const FeeRuleCreate = () => (
  <Create redirect="show">
    <FeeRuleForm />
  </Create>
);
