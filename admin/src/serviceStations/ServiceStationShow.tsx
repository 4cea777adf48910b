import {
  BooleanField,
  Datagrid,
  NumberField,
  ReferenceField,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  TextField,
} from 'react-admin';
import { DateField } from '../common/DateField';
import { EnumField } from '../common/EnumField';
import { ShowActions } from '../common/ShowActions';

export const ServiceStationShow = () => (
  <Show actions={<ShowActions />}>
    <SimpleShowLayout>
      <TextField source="code" />
      <TextField source="name" />
      <EnumField source="kind" enumName="StationKind" />
      <ReferenceField source="parentId" reference="serviceStations" />
      <ReferenceField source="regionId" reference="regions" />
      <TextField source="address" />
      <TextField source="contact" />
      <TextField source="phone" />
      <NumberField source="serviceRadiusKm" />
      <NumberField source="dailyCapacity" />
      <NumberField source="latitude" />
      <NumberField source="longitude" />
      <BooleanField source="active" />
      <DateField source="updatedAt" showTime />
      <ReferenceManyField target="stationId" reference="technicians" label="resources.serviceStations.fields.technicians" sort={{ field: 'code', order: 'ASC' }}>
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <TextField source="code" />
          <TextField source="name" />
          <NumberField source="skillGrade" />
          <EnumField source="status" enumName="TechnicianStatus" />
          <BooleanField source="active" />
        </Datagrid>
      </ReferenceManyField>
      <ReferenceManyField target="stationId" reference="warehouses" label="resources.serviceStations.fields.warehouses" sort={{ field: 'code', order: 'ASC' }}>
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <TextField source="code" />
          <TextField source="name" />
          <BooleanField source="central" />
          <BooleanField source="active" />
        </Datagrid>
      </ReferenceManyField>
    </SimpleShowLayout>
  </Show>
);
