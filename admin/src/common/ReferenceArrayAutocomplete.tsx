import { AutocompleteArrayInput, ReferenceArrayInput, type AutocompleteArrayInputProps } from 'react-admin';

interface Props extends Omit<AutocompleteArrayInputProps, 'source'> {
  source: string;
  reference: string;
}

/** Several relations picked by typing (see ReferenceAutocomplete); only active records are offered. */
export const ReferenceArrayAutocomplete = ({ source, reference, ...props }: Props) => (
  <ReferenceArrayInput source={source} reference={reference} filter={{ active: true }}>
    <AutocompleteArrayInput {...props} />
  </ReferenceArrayInput>
);
