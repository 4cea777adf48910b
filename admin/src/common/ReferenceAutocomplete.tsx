import type { ReactElement } from 'react';
import { AutocompleteInput, ReferenceInput, type AutocompleteInputProps } from 'react-admin';

interface Props extends Omit<AutocompleteInputProps, 'source' | 'filter'> {
  source: string;
  reference: string;
  /** Extra filter for the choices; deactivated records are never offered. */
  filter?: Record<string, unknown>;
}

/**
 * A relation picked by typing: the choices come from the API's free-text search (`q`), so any
 * resource works however large it is. The current value is shown even when it was deactivated.
 */
export const ReferenceAutocomplete = ({ source, reference, filter, ...props }: Props): ReactElement => (
  <ReferenceInput source={source} reference={reference} filter={{ active: true, ...filter }}>
    <AutocompleteInput {...props} />
  </ReferenceInput>
);
