import { Create, SimpleForm, TextInput, required } from 'react-admin';
import { EnumInput } from '../common/EnumInput';
import { ReferenceAutocomplete } from '../common/ReferenceAutocomplete';
import { LinesInput } from '../stock/documents/LinesInput';

/** 入库单: purchases without an order, returns, old parts of an order (into an old-parts warehouse), opening balances. */
export const StockInCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ kind: 'PURCHASE_IN' }}>
      <EnumInput source="kind" enumName="StockInKind" validate={required()} />
      <ReferenceAutocomplete source="warehouseId" reference="warehouses" validate={required()} sx={{ minWidth: 320 }} />
      <ReferenceAutocomplete source="serviceOrderId" reference="serviceOrders" sx={{ minWidth: 320 }} />
      <LinesInput withCost />
      <TextInput source="note" multiline fullWidth />
    </SimpleForm>
  </Create>
);
