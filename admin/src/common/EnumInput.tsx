import { SelectInput, type SelectInputProps } from 'react-admin';
import { enumChoices, type EnumName } from './enumChoices';

export const EnumInput = ({ enumName, ...props }: Omit<SelectInputProps, 'choices'> & { enumName: EnumName }) => (
  <SelectInput choices={enumChoices(enumName)} {...props} />
);
