import { BooleanField, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { DateField } from '../common/DateField';
import { ShowActions } from '../common/ShowActions';
import { RolesField } from './RolesField';

export const UserShow = () => (
  <Show actions={<ShowActions />}>
    <SimpleShowLayout>
      <TextField source="username" />
      <TextField source="displayName" />
      <RolesField label="resources.users.fields.roles" />
      <ReferenceField source="stationId" reference="serviceStations" />
      <ReferenceField source="technicianId" reference="technicians" emptyText="—" />
      <DateField source="lastLoginAt" showTime />
      <BooleanField source="active" />
      <DateField source="createdAt" showTime />
    </SimpleShowLayout>
  </Show>
);
