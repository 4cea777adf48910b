import { Create, SimpleForm, TextInput, required } from 'react-admin';
import { DateInput } from '../common/DateInputs';
import { ReferenceAutocomplete } from '../common/ReferenceAutocomplete';
import { LinesInput } from '../stock/documents/LinesInput';

/** 采购订单: parts ordered for a parts warehouse; deliveries may come in parts, at the received cost. */
export const PurchaseOrderCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <ReferenceAutocomplete source="warehouseId" reference="warehouses" filter={{ kind: 'PARTS' }} validate={required()} sx={{ minWidth: 320 }} />
      <TextInput source="supplier" validate={required()} />
      <ReferenceAutocomplete source="manufacturerId" reference="manufacturers" />
      <DateInput source="expectedOn" />
      <LinesInput withCost />
      <TextInput source="note" multiline fullWidth />
    </SimpleForm>
  </Create>
);
