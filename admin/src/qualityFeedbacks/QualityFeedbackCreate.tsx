import { Create, DateInput, SimpleForm, TextInput, required } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { ReferenceArrayAutocomplete } from '../common/ReferenceArrayAutocomplete';
import { ReferenceAutocomplete } from '../common/ReferenceAutocomplete';

/** The product's orders to link (by hand); or a fault Pareto bar: a symptom and a period link them all. */
const Orders = () => {
  const productId = useWatch({ name: 'productId' }) as string | undefined;
  return <ReferenceArrayAutocomplete source="serviceOrderIds" reference="serviceOrders" key={productId ?? "none"} />;
};

/** 质量反馈提报: a defect pattern on a product (model), with the orders that show it. */
export const QualityFeedbackCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <ReferenceAutocomplete source="productId" reference="products" validate={required()} sx={{ minWidth: 320 }} />
      <TextInput source="title" validate={required()} fullWidth />
      <TextInput source="description" validate={required()} multiline fullWidth />
      <ReferenceAutocomplete source="symptomCodeId" reference="codes" filter={{ kind: 'FAULT_SYMPTOM' }} sx={{ minWidth: 320 }} />
      <Orders />
      <ReferenceAutocomplete source="fromFault.symptomCodeId" reference="codes" filter={{ kind: 'FAULT_SYMPTOM' }} label="resources.qualityFeedbacks.fields.fromFault" sx={{ minWidth: 320 }} />
      <DateInput source="fromFault.from" label="resources.qualityFeedbacks.fields.from" />
      <DateInput source="fromFault.to" label="resources.qualityFeedbacks.fields.to" />
    </SimpleForm>
  </Create>
);
