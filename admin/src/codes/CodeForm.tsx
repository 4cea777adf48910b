import { BooleanInput, NumberInput, SimpleForm, TextInput, required, type SimpleFormProps } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { EnumInput } from '../common/EnumInput';
import { ReferenceArrayAutocomplete } from '../common/ReferenceArrayAutocomplete';
import { ReferenceAutocomplete } from '../common/ReferenceAutocomplete';

/** Only groups of the chosen code table are offered: the group decides a code's kind. */
const GroupInput = () => {
  const kind = useWatch({ name: 'kind' }) as string | undefined;
  return <ReferenceAutocomplete source="groupId" reference="codeGroups" filter={kind ? { kind } : {}} validate={required()} />;
};

interface Props extends Omit<SimpleFormProps, 'children'> {
  /** The code table is chosen on creation; later only a group of the same table may be chosen. */
  creating?: boolean;
}

export const CodeForm = ({ creating = false, ...props }: Props) => (
  <SimpleForm {...props}>
    <EnumInput source="kind" enumName="CodeKind" validate={required()} disabled={!creating} />
    <GroupInput />
    <TextInput source="code" validate={required()} />
    <TextInput source="name" validate={required()} />
    <TextInput source="nameEn" />
    <BooleanInput source="shownToCustomers" />
    <ReferenceArrayAutocomplete source="categoryIds" reference="productCategories" />
    <NumberInput source="sortOrder" step={10} helperText="app.message.sort_order_default" />
  </SimpleForm>
);
