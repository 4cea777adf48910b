import { ArrayInput, Create, DateInput, NumberInput, SimpleForm, SimpleFormIterator, TextInput, minValue, required } from 'react-admin';
import { EnumInput } from '../common/EnumInput';
import { ReferenceAutocomplete } from '../common/ReferenceAutocomplete';

/** 售后申请: from a service order (its customer, unit and station) or on its own: the customer and the goods. */
export const ReturnRequestCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ kind: 'RETURN_REFUND', lines: [{ quantity: 1 }] }}>
      <EnumInput source="kind" enumName="ReturnKind" validate={required()} />
      <ReferenceAutocomplete source="serviceOrderId" reference="serviceOrders" sx={{ minWidth: 320 }} />
      <ReferenceAutocomplete source="customerId" reference="customers" sx={{ minWidth: 320 }} />
      <ReferenceAutocomplete source="reasonCodeId" reference="codes" filter={{ kind: 'AFTER_SALES_REASON' }} validate={required()} sx={{ minWidth: 320 }} />
      <ReferenceAutocomplete source="stationId" reference="serviceStations" sx={{ minWidth: 320 }} />
      <ArrayInput source="lines">
        <SimpleFormIterator inline>
          <ReferenceAutocomplete source="productUnitId" reference="productUnits" sx={{ minWidth: 240 }} />
          <ReferenceAutocomplete source="productId" reference="products" sx={{ minWidth: 240 }} />
          <NumberInput source="quantity" validate={[required(), minValue(1)]} sx={{ width: 100 }} />
          <NumberInput source="unitPrice" validate={minValue(0)} sx={{ width: 130 }} />
          <NumberInput source="refundAmount" validate={minValue(0)} sx={{ width: 130 }} />
        </SimpleFormIterator>
      </ArrayInput>
      <DateInput source="deliveredOn" />
      <TextInput source="salesOrderNumber" />
      <TextInput source="contactPhone" />
      <TextInput source="description" multiline fullWidth />
      <TextInput source="note" multiline fullWidth />
    </SimpleForm>
  </Create>
);
