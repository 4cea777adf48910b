import { SelectField, type SelectFieldProps } from 'react-admin';
import { enumChoices, type EnumName } from './enumChoices';

export const EnumField = ({ enumName, ...props }: Omit<SelectFieldProps, 'choices'> & { enumName: EnumName }) => (
  <SelectField choices={enumChoices(enumName)} {...props} />
);
