import { BooleanField, Datagrid, ReferenceManyField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { DateField } from '../common/DateField';
import { ShowActions } from '../common/ShowActions';

export const ManufacturerShow = () => (
  <Show actions={<ShowActions />}>
    <SimpleShowLayout>
      <TextField source="code" />
      <TextField source="name" />
      <TextField source="nameEn" />
      <TextField source="contact" />
      <TextField source="phone" />
      <TextField source="address" />
      <BooleanField source="active" />
      <DateField source="updatedAt" showTime />
      <ReferenceManyField target="manufacturerId" reference="brands" label="resources.manufacturers.fields.brands" sort={{ field: 'code', order: 'ASC' }}>
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <TextField source="code" />
          <TextField source="name" />
          <BooleanField source="active" />
        </Datagrid>
      </ReferenceManyField>
    </SimpleShowLayout>
  </Show>
);
