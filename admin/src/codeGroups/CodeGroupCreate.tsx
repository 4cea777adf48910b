import { Create } from 'react-admin';
import { CodeGroupForm } from './CodeGroupForm';

export const CodeGroupCreate = () => (
  <Create redirect="show">
    <CodeGroupForm creating />
  </Create>
);
