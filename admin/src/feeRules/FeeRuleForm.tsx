import {
  NumberInput,
  SimpleForm,
  TextInput,
  minValue,
  required,
  type SimpleFormProps,
} from 'react-admin';
import { DateInput } from '../common/DateInputs';
import { useWatch } from 'react-hook-form';
import { EnumInput } from '../common/EnumInput';
import { ReferenceAutocomplete } from '../common/ReferenceAutocomplete';

/** Only visit fees are priced by distance band. */
const DistanceBandInput = () => {
  const feeKind = useWatch({ name: 'feeKind' }) as string | undefined;
  return feeKind === 'VISIT' ? <EnumInput source="distanceBand" enumName="DistanceBand" /> : null;
};

export const FeeRuleForm = (props: Omit<SimpleFormProps, 'children'>) => (
  <SimpleForm {...props}>
    <TextInput source="name" validate={required()} />
    <EnumInput source="feeKind" enumName="FeeKind" validate={required()} />
    <EnumInput source="serviceKind" enumName="ServiceKind" validate={required()} />
    <DistanceBandInput />
    <ReferenceAutocomplete source="brandId" reference="brands" />
    <ReferenceAutocomplete source="categoryId" reference="productCategories" />
    <NumberInput source="amount" validate={[required(), minValue(0)]} />
    <DateInput source="validFrom" />
    <DateInput source="validTo" />
  </SimpleForm>
);
