import { Create, SimpleForm, TextInput, required } from 'react-admin';
import { ReferenceAutocomplete } from '../common/ReferenceAutocomplete';
import { LinesInput } from '../stock/documents/LinesInput';
import { readSession } from '../session';

/** 借用: parts a technician borrows (a test board) and brings back. */
export const BorrowingCreate = () => {
  const stationId = readSession()?.viewer.stationId ?? undefined;
  return (
    <Create redirect="show">
      <SimpleForm>
        <ReferenceAutocomplete source="warehouseId" reference="warehouses" filter={{ kind: 'PARTS', stationId }} validate={required()} sx={{ minWidth: 320 }} />
        <ReferenceAutocomplete source="technicianId" reference="technicians" filter={{ stationId }} validate={required()} sx={{ minWidth: 320 }} />
        <TextInput source="purpose" />
        <LinesInput />
        <TextInput source="note" multiline fullWidth />
      </SimpleForm>
    </Create>
  );
};
