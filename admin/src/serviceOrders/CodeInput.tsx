import { AutocompleteInput, ReferenceInput, type AutocompleteInputProps } from 'react-admin';
import type { Code, CodeKind } from '../../../schema/generated/graphql';
import { useCodeLabel } from './useCodeLabel';

interface Props extends Omit<AutocompleteInputProps, 'source'> {
  source: string;
  kind: CodeKind;
  /** Only codes allowed for this product category (its catalog profile) are offered. */
  categoryId?: string;
}

/** A fault or repair code picked by typing its code or name, from one code table, in table order. */
export const CodeInput = ({ source, kind, categoryId, ...props }: Props) => {
  const label = useCodeLabel();
  return (
    // Keyed by category: a new category starts with no choices until its own codes arrive, instead of
    // offering the previous list (react-admin keeps it while refetching), e.g. every category's
    // symptoms at intake just after the unit is picked.
    <ReferenceInput
      key={categoryId ?? ''}
      source={source}
      reference="codes"
      filter={{ kind, categoryId, active: true }}
      sort={{ field: 'sortOrder', order: 'ASC' }}
      perPage={50}
    >
      <AutocompleteInput optionText={(code: Code) => label(code)} {...props} />
    </ReferenceInput>
  );
};
