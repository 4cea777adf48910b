import { Create, SimpleForm, TextInput, required } from 'react-admin';
import { ReferenceArrayAutocomplete } from '../common/ReferenceArrayAutocomplete';
import { ReferenceAutocomplete } from '../common/ReferenceAutocomplete';

/** 开盘点单: a count sheet for a warehouse, every active part unless some are chosen. */
export const StocktakeCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <ReferenceAutocomplete source="warehouseId" reference="warehouses" validate={required()} sx={{ minWidth: 320 }} />
      <ReferenceArrayAutocomplete source="partIds" reference="parts" helperText="app.stock.message.all_parts_hint" />
      <TextInput source="note" multiline fullWidth />
    </SimpleForm>
  </Create>
);
