import { Create, SimpleForm, TextInput, required } from 'react-admin';
import { ReferenceAutocomplete } from '../common/ReferenceAutocomplete';
import { LinesInput } from '../stock/documents/LinesInput';

/** 调拨单: from one warehouse to another (one of them yours); it leaves when shipped and arrives when received. */
export const StockTransferCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <ReferenceAutocomplete source="warehouseId" reference="warehouses" validate={required()} sx={{ minWidth: 320 }} />
      <ReferenceAutocomplete source="toWarehouseId" reference="warehouses" validate={required()} sx={{ minWidth: 320 }} />
      <LinesInput />
      <TextInput source="note" multiline fullWidth />
    </SimpleForm>
  </Create>
);
