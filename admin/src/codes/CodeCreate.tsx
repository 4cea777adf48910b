import { Create } from 'react-admin';
import { CodeForm } from './CodeForm';

export const CodeCreate = () => (
  <Create redirect="show">
    <CodeForm creating />
  </Create>
);
