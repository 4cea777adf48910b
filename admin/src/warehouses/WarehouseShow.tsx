import { BooleanField, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { DateField } from '../common/DateField';
import { ShowActions } from '../common/ShowActions';

export const WarehouseShow = () => (
  <Show actions={<ShowActions />}>
    <SimpleShowLayout>
      <TextField source="code" />
      <TextField source="name" />
      <ReferenceField source="stationId" reference="serviceStations" />
      <BooleanField source="central" />
      <TextField source="address" />
      <BooleanField source="active" />
      <DateField source="updatedAt" showTime />
    </SimpleShowLayout>
  </Show>
);
