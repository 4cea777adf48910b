import { Create, SimpleForm, TextInput, required } from 'react-admin';
import { EnumInput } from '../common/EnumInput';
import { ReferenceAutocomplete } from '../common/ReferenceAutocomplete';
import { LinesInput } from '../stock/documents/LinesInput';

/** 出库单: sales, losses, exchanges, old parts back to the maker. */
export const StockOutCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ kind: 'SALE' }}>
      <EnumInput source="kind" enumName="StockOutKind" validate={required()} />
      <ReferenceAutocomplete source="warehouseId" reference="warehouses" validate={required()} sx={{ minWidth: 320 }} />
      <TextInput source="recipient" />
      <ReferenceAutocomplete source="serviceOrderId" reference="serviceOrders" sx={{ minWidth: 320 }} />
      <LinesInput />
      <TextInput source="note" multiline fullWidth />
    </SimpleForm>
  </Create>
);
