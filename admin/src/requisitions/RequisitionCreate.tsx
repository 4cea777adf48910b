import { Create, SimpleForm, TextInput, required, useGetOne } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { ReferenceAutocomplete } from '../common/ReferenceAutocomplete';
import { LinesInput } from '../stock/documents/LinesInput';
import { readSession } from '../session';

/** For an order, its product's compatible parts come first in the part picker. */
const Lines = () => {
  const serviceOrderId = useWatch({ name: 'serviceOrderId' }) as string | undefined;
  const { data: order } = useGetOne<{ id: string; productId: string }>('serviceOrders', { id: serviceOrderId! }, { enabled: !!serviceOrderId });
  return <LinesInput productId={order?.productId} />;
};

/** 领用单: a technician asks for parts from their station's parts warehouse; a manager approves, a keeper issues. */
export const RequisitionCreate = () => {
  const stationId = readSession()?.viewer.stationId ?? undefined;
  return (
    <Create redirect="show">
      <SimpleForm>
        <ReferenceAutocomplete source="warehouseId" reference="warehouses" filter={{ kind: 'PARTS', stationId }} validate={required()} sx={{ minWidth: 320 }} />
        <ReferenceAutocomplete source="technicianId" reference="technicians" filter={{ stationId }} validate={required()} sx={{ minWidth: 320 }} />
        <ReferenceAutocomplete source="serviceOrderId" reference="serviceOrders" filter={{ stationId }} sx={{ minWidth: 320 }} />
        <Lines />
        <TextInput source="note" multiline fullWidth />
      </SimpleForm>
    </Create>
  );
};
